import type { common as en } from '../en/common.js';
import type { SectionOf } from '../catalogue.js';

/** German (formal "Sie"): strings shared by several elements, and the status names. */
export const common: SectionOf<typeof en> = {
  'cm.status.1': 'Nicht gestartet',
  'cm.status.2': 'Bereit zum Start',
  'cm.status.3': 'Läuft',
  'cm.status.4': 'Erfolgreich',
  'cm.status.5': 'Fehlgeschlagen',
  'cm.status.unknown': 'Unbekannt',
  'cm.status.prefix': 'Trainingsstatus:',
  'cm.noAdapter':
    'Kein API-Adapter verbunden. Setzen Sie dieses Element in <custom-models-provider> oder legen Sie seine Eigenschaft api fest.',
  'cm.retry': 'Erneut versuchen',
  'cm.close': 'Schließen',
  'cm.cancel': 'Abbrechen',
  'cm.loading': 'Wird geladen…',
  'cm.error.generic': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'cm.error.network':
    'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};
