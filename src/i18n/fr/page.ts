import type { page as en } from '../en/page.js';
import { plural, type SectionOf } from '../catalogue.js';

/** French: the list page, its banner, guide, create and delete dialogs and toasts. */
export const page: SectionOf<typeof en> = {
  'cm.page.title': 'Modèles personnalisés',
  'cm.page.caption': 'Créer des modèles personnalisés',
  'cm.page.gettingStarted': 'Prise en main',
  'cm.page.newModel': 'Nouveau modèle personnalisé',
  'cm.page.limitReached': (limit) =>
    `Votre organisation a atteint la limite de son forfait\u00a0: ${plural('fr', limit, { one: '# modèle personnalisé', other: '# modèles personnalisés' })}. Supprimez un modèle ou contactez votre administrateur pour changer de forfait.`,
  'cm.page.sessionError': 'Impossible de charger votre organisation.',
  'cm.page.toasts': 'Notifications',
  'cm.page.dismiss': 'Fermer',
  /** The action of the "created" toast: opens the new model, its upload there. */
  'cm.page.openCreated': (name) => `Ouvrir «\u00a0${name}\u00a0»`,

  'cm.banner.title': 'À propos des modèles personnalisés',
  'cm.banner.intro':
    'Créez des modèles personnalisés\u202f! Entraînez des modèles spécialisés pour des transcriptions plus précises.',
  'cm.banner.fineTuning':
    'Les modèles personnalisés permettent d’affiner la reconnaissance pour votre cas d’usage.',
  'cm.banner.training':
    'L’entraînement est simple avec des fichiers audio et les transcriptions correspondantes.',
  'cm.banner.forceAlignmentBefore': 'Pas d’horodatage dans vos transcriptions\u202f? Utilisez ',
  'cm.banner.forceAlignmentLink': 'Force Alignment',
  'cm.banner.forceAlignmentAfter': ' pour l’ajouter.',
  'cm.banner.accuracy':
    'Les modèles entraînés reconnaissent vos termes spécifiques avec précision.',
  'cm.banner.select':
    'Une fois l’entraînement réussi, sélectionnez le modèle dans la liste des langues.',
  'cm.banner.note':
    'Remarque\u00a0: les fonctionnalités et la disponibilité des modèles personnalisés peuvent varier selon votre forfait. La capacité d’entraînement, le nombre de modèles et les fonctionnalités avancées dépendent du forfait de votre organisation. Contactez votre administrateur pour en savoir plus sur l’accès aux modèles personnalisés.',
  'cm.banner.more': 'En savoir plus',
  'cm.banner.less': 'Afficher moins',

  'cm.guide.title': 'Premiers pas avec les modèles personnalisés',
  'cm.guide.whatTitle': 'Qu’est-ce qu’un modèle personnalisé\u202f?',
  'cm.guide.what1': 'Entraînez des modèles de langue personnalisés avec vos données',
  'cm.guide.what2': 'Améliorez la précision pour des termes et un vocabulaire spécifiques',
  'cm.guide.needTitle': 'Ce qu’il vous faut',
  'cm.guide.need1': 'Des fichiers audio accompagnés de transcriptions exactes',
  'cm.guide.need2': 'Des données plus précises = de meilleurs résultats',
  'cm.guide.audioTitle': 'Vous n’avez que des fichiers audio\u202f?',
  'cm.guide.audio1Before': 'Utilisez ',
  'cm.guide.audio1After': ' pour ajouter l’horodatage',
  'cm.guide.audio2': 'Disponible dans l’espace de travail',
  'cm.guide.afterTitle': 'Après l’entraînement',
  'cm.guide.after1': 'Sélectionnez le modèle personnalisé dans la liste déroulante des langues',
  'cm.guide.after2': 'Utilisez-le lors de l’import de nouveaux fichiers',
  'cm.guide.gotIt': 'J’ai compris',

  'cm.create.title': 'Nouveau modèle personnalisé',
  'cm.create.name': 'Nom',
  'cm.create.namePlaceholder': 'Nom',
  'cm.create.nameHelp':
    'Un nom explicite, par exemple «\u00a0Médical FR\u00a0» ou «\u00a0Juridique NL\u00a0».',
  'cm.create.nameRequired': 'Le nom est obligatoire.',
  'cm.create.nameTooLong': (max) =>
    `Le nom ne peut pas dépasser ${plural('fr', max, { one: '# caractère', other: '# caractères' })}.`,
  'cm.create.language': 'Langue',
  'cm.create.languagePlaceholder': 'Sélectionnez une langue',
  'cm.create.languageRequired': 'Sélectionnez la langue de base.',
  'cm.create.languagesError': 'Impossible de charger les langues.',
  'cm.create.languagesEmpty': 'Aucune langue entraînable n’est disponible pour votre organisation.',
  'cm.create.close': 'Fermer',
  'cm.create.create': 'Créer',
  'cm.create.waitingForOrganization': 'Chargement de votre organisation…',
  'cm.create.failed': 'Impossible de créer le modèle personnalisé.',
  'cm.create.success': 'Modèle personnalisé créé.',

  'cm.delete.title': 'Confirmer la suppression',
  'cm.delete.message': 'Voulez-vous vraiment supprimer ce modèle\u202f?',
  'cm.delete.irreversible': 'Cette action est irréversible.',
  'cm.delete.confirm': 'Supprimer',
  'cm.delete.cancel': 'Annuler',
  'cm.delete.success': 'Modèle personnalisé supprimé.',
  'cm.delete.failed': (name, reason) => `Impossible de supprimer «\u00a0${name}\u00a0». ${reason}`,

  'cm.error.paymentRequired':
    'Le forfait de votre organisation n’inclut pas cette fonctionnalité. Contactez votre administrateur pour changer de forfait.',
  'cm.error.forbidden': 'Vous n’êtes pas autorisé à effectuer cette action.',
  'cm.error.unauthorized': 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  // Shown by views that load with the page, though named for the details (which load on demand).
  'cm.details.loading': 'Chargement du modèle personnalisé…',
  'cm.details.outcomeSuccess': (name) =>
    `L’entraînement de «\u00a0${name}\u00a0» s’est terminé avec succès. Le modèle est prêt à l’emploi.`,
  'cm.details.outcomeFailed': (name) => `L’entraînement de «\u00a0${name}\u00a0» a échoué.`,
  'cm.details.unknownValue': '—',
};
