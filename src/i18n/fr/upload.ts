import type { upload as en } from '../en/upload.js';
import { formatCount, formatPercent, plural, type SectionOf } from '../catalogue.js';

/** French: strings of `<dataset-upload>` ("importer" for upload, as French interfaces say). */
export const upload: SectionOf<typeof en> = {
  'cm.upload.drop': 'Glissez-déposez des fichiers ici, ou',
  'cm.upload.dropTestSet': 'Glissez-déposez ici les fichiers du jeu de test, ou',
  'cm.upload.kindLabel': 'Importer comme',
  'cm.upload.kind.training': 'Données d’entraînement',
  'cm.upload.kind.test-set': 'Jeu de test',
  'cm.upload.kindHelp':
    'Un jeu de test n’est pas utilisé pour l’entraînement\u00a0: il mesure la qualité des transcriptions du modèle entraîné.',
  'cm.upload.choose': 'Choisir des fichiers',
  'cm.upload.hint':
    'Audio (.wav, .mp3, .m4a, .flac), transcriptions (.vtt, .srt, .txt) ou un manifeste (.jsonl). De 1 à 10 fichiers par import, 10\u00a0Go maximum chacun.',
  'cm.upload.dropNow': 'Déposez les fichiers pour les importer',
  'cm.upload.disabled': 'L’import n’est pas possible pour le moment.',
  'cm.upload.noModel': 'Choisissez le modèle dans lequel importer les jeux de données.',

  'cm.upload.refusedTitle': (count) =>
    plural('fr', count, {
      one: '# fichier n’a pas été importé',
      other: '# fichiers n’ont pas été importés',
    }),
  'cm.upload.refused.type':
    'Ce type de fichier n’est pas accepté. Utilisez un fichier audio (.wav, .mp3, .m4a, .flac), une transcription (.vtt, .srt, .txt) ou un manifeste (.jsonl).',
  'cm.upload.refused.size': 'Le fichier dépasse 10\u00a0Go.',
  'cm.upload.refused.count':
    '10 fichiers maximum par import. Importez ce fichier lors d’un prochain import.',
  'cm.upload.refused.duplicate': 'Un fichier portant ce nom figure déjà dans cette sélection.',

  'cm.upload.pairingTitle': 'Audio sans transcription correspondante',
  'cm.upload.pairingText':
    'L’entraînement donne les meilleurs résultats lorsque chaque fichier audio a une transcription du même nom (par exemple reunion.wav et reunion.vtt). Ces fichiers audio n’en ont pas encore\u00a0:',

  'cm.upload.listLabel': 'Fichiers importés',
  'cm.upload.state.queued': 'En attente',
  'cm.upload.state.uploading': (percent) => `Import en cours, ${formatPercent('fr', percent)}`,
  'cm.upload.state.done': 'Importé',
  'cm.upload.error.emptyTranscript':
    'Cette transcription est vide\u00a0: ajoutez-y le texte, puis importez-la de nouveau.',
  'cm.upload.state.failed': 'Échec',
  'cm.upload.state.cancelled': 'Annulé',
  'cm.upload.progressLabel': (name) => `Progression de l’import de ${name}`,
  'cm.upload.cancelFile': (name) => `Annuler l’import de ${name}`,
  'cm.upload.retryFile': (name) => `Relancer l’import de ${name}`,
  'cm.upload.removeFile': (name) => `Retirer ${name} de la liste`,
  'cm.upload.cancelAll': 'Tout annuler',
  'cm.upload.retryFailed': (count) => `Relancer les échecs (${formatCount('fr', count)})`,
  'cm.upload.clear': 'Vider la liste',
  'cm.upload.summary.busy': (done, total) =>
    `Import en cours\u00a0: ${plural('fr', done, {
      one: `# fichier sur ${formatCount('fr', total)} importé`,
      other: `# fichiers sur ${formatCount('fr', total)} importés`,
    })}.`,
  'cm.upload.summary.settled': (done, failed, cancelled) =>
    [
      plural('fr', done, { one: '# fichier importé', other: '# fichiers importés' }),
      failed ? `${formatCount('fr', failed)} en échec` : '',
      cancelled ? plural('fr', cancelled, { one: '# annulé', other: '# annulés' }) : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
};
