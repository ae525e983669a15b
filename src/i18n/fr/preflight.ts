import type { preflight as en } from '../en/preflight.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';
import type { FindingParams } from '../../preflight/types.js';

const n = (value: unknown, digits = 1) =>
  formatCount('fr', Math.round(Number(value) * 10 ** digits) / 10 ** digits);
const s = (value: unknown) => `${n(value)}\u00a0s`;
const files = (count: number) => plural('fr', count, { one: '# fichier', other: '# fichiers' });
/** A length of audio: seconds under a minute, else minutes. */
const duration = (seconds: number) => (seconds < 60 ? s(seconds) : `${n(seconds / 60)}\u00a0min`);
const upper = (value: unknown) => String(value).toUpperCase();

/** French: strings of the upload's pre-flight (loaded with it). */
export const preflight: SectionOf<typeof en> = {
  'cm.preflight.checking': 'Vérification…',
  'cm.preflight.checkingSummary': (count: number) =>
    `Vérification de ${files(count)} avant l’import…`,
  'cm.preflight.summary': (ready: number, refused: number, warnings: number) =>
    [
      plural('fr', ready, { one: '# fichier prêt', other: '# fichiers prêts' }),
      refused ? plural('fr', refused, { one: '# refusé', other: '# refusés' }) : '',
      warnings ? plural('fr', warnings, { one: '# avertissement', other: '# avertissements' }) : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  'cm.preflight.totals': (audioSeconds: number, pairedSeconds: number, words: number) =>
    `Audio\u00a0: ${duration(audioSeconds)} (${duration(pairedSeconds)} avec transcription)\u00a0; ${plural('fr', words, { one: '# mot', other: '# mots' })}.`,
  'cm.preflight.state.held': 'À vérifier',
  'cm.preflight.state.refused': 'Refusé',
  'cm.preflight.severity.error': 'Erreur',
  'cm.preflight.severity.warning': 'Avertissement',
  'cm.preflight.severity.info': 'Remarque',
  'cm.preflight.line': (line: number) => `ligne ${formatCount('fr', line)}`,
  'cm.preflight.findingsLabel': (name: string) => `Ce que la vérification a trouvé dans ${name}`,
  'cm.preflight.selectionFindingsLabel':
    'Ce que la vérification a trouvé dans ces fichiers pris ensemble',
  'cm.preflight.accept': 'Importer quand même',
  'cm.preflight.acceptFile': (name: string) => `Importer ${name} quand même`,
  'cm.preflight.acceptAll': (count: number) => `Importer ${files(count)} avec avertissements`,
  'cm.preflight.failed':
    'Les fichiers n’ont pas pu être vérifiés\u00a0; ils sont importés sans vérification.',

  'cm.preflight.file-empty': 'Le fichier est vide (0 octet).',
  'cm.preflight.file-blank': 'Le fichier ne contient que des lignes vides.',
  'cm.preflight.file-type-unknown': (p: FindingParams) =>
    `Les fichiers de type .${p.extension} ne peuvent pas être vérifiés.`,
  'cm.preflight.file-partially-read': (p: FindingParams) =>
    `Seuls les premiers ${n(Number(p.bytes) / 1e6, 0)}\u00a0Mo ont été vérifiés.`,
  'cm.preflight.more-findings': (p: FindingParams) =>
    `${formatCount('fr', Number(p.count))} autres du même type (${p.code}) non listés.`,
  'cm.preflight.text-binary':
    'Ce n’est pas du texte\u00a0: le fichier contient des octets binaires.',
  'cm.preflight.encoding-invalid': (p: FindingParams) =>
    `Le texte n’est pas en ${upper(p.encoding)} valide. Enregistrez-le en UTF-8.`,
  'cm.preflight.encoding-utf16': (p: FindingParams) =>
    `Le fichier est en ${upper(p.encoding)}. Enregistrez-le en UTF-8.`,
  'cm.preflight.encoding-utf16-no-bom': (p: FindingParams) =>
    `Le fichier semble être en ${upper(p.encoding)} sans indicateur d’ordre des octets. Enregistrez-le en UTF-8.`,
  'cm.preflight.transcript-no-speech': 'La transcription ne contient aucun texte parlé.',
  'cm.preflight.cue-empty': 'Ce sous-titre n’a pas de texte.',
  'cm.preflight.cue-end-before-start': (p: FindingParams) =>
    `Le sous-titre se termine (${s(p.end)}) avant de commencer (${s(p.start)}).`,
  'cm.preflight.cue-out-of-order': (p: FindingParams) =>
    `Le sous-titre commence à ${s(p.start)}, avant celui du dessus (${s(p.previous)}).`,
  'cm.preflight.cue-overlap': (p: FindingParams) =>
    `Le sous-titre commence à ${s(p.start)}, alors que celui du dessus dure jusqu’à ${s(p.previous)}.`,
  'cm.preflight.cue-too-long': (p: FindingParams) =>
    `Le sous-titre dure ${s(p.seconds)}, plus que ${s(p.max)}.`,
  'cm.preflight.srt-index-expected': 'Un numéro de sous-titre était attendu ici.',
  'cm.preflight.srt-cue-incomplete':
    'Ce sous-titre est incomplet\u00a0: il lui faut un numéro, un minutage et du texte.',
  'cm.preflight.srt-timing-malformed': (p: FindingParams) =>
    `Minutage mal formé «\u00a0${p.text}\u00a0»\u00a0: attendu 00:00:01,000 --> 00:00:02,000.`,
  'cm.preflight.vtt-signature-missing': 'Un fichier WebVTT doit commencer par la ligne WEBVTT.',
  'cm.preflight.vtt-block-ignored': 'Ce bloc n’a pas de minutage\u00a0; les lecteurs l’ignorent.',
  'cm.preflight.vtt-timing-malformed': (p: FindingParams) =>
    `Minutage mal formé «\u00a0${p.text}\u00a0»\u00a0: attendu 00:01.000 --> 00:02.000.`,
  'cm.preflight.jsonl-blank-line': 'Une ligne vide dans le manifeste.',
  'cm.preflight.jsonl-invalid-json': 'Cette ligne n’est pas du JSON valide.',
  'cm.preflight.jsonl-not-object': (p: FindingParams) =>
    `Cette ligne est un ${p.type} JSON, pas un objet.`,
  'cm.preflight.jsonl-field-missing': (p: FindingParams) =>
    `Le champ «\u00a0${p.field}\u00a0» manque.`,
  'cm.preflight.jsonl-field-type': (p: FindingParams) =>
    `Le champ «\u00a0${p.field}\u00a0» doit être de type ${p.expected}, pas ${p.type}.`,
  'cm.preflight.audio-unreadable': 'Ce n’est pas de l’audio lisible.',
  'cm.preflight.audio-no-audio-track': 'Le fichier n’a pas de piste audio.',
  'cm.preflight.audio-truncated':
    'L’audio est tronqué\u00a0: le fichier est plus petit que ce qu’annonce son en-tête.',
  'cm.preflight.audio-container-mismatch': (p: FindingParams) =>
    `Le fichier est nommé .${p.extension} mais contient de l’audio ${upper(p.container)}.`,
  'cm.preflight.audio-low-sample-rate': (p: FindingParams) =>
    `Échantillonné à ${n(Number(p.sampleRate) / 1000)}\u00a0kHz\u00a0; la parole est mieux reconnue à partir de ${n(Number(p.minimum) / 1000)}\u00a0kHz.`,
  'cm.preflight.audio-duration-unknown': 'L’en-tête n’indique pas la durée de l’audio.',
  'cm.preflight.audio-without-transcript': 'Aucune transcription du même nom dans cette sélection.',
  'cm.preflight.pair-cue-past-audio': (p: FindingParams) =>
    `Le dernier sous-titre se termine à ${s(p.lastCueEnd)}, mais ${p.audio} dure ${s(p.duration)}.`,
  'cm.preflight.pair-no-speech': (p: FindingParams) =>
    `Sa transcription ${p.transcript} ne contient aucun texte parlé.`,
};
