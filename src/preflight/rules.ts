import type { PreflightRules } from './types.js';

/*
 * The pre-flight's rules as data. Thresholds from what the service and its peers advise: speech
 * sampled at 16 kHz or more; transcripts in UTF-8 (the feature docs); manifests in the common ASR
 * form, one JSON object a line with `audio_filepath` and `text` (and an optional `duration` in
 * seconds). The Scriptix docs leave a manifest's fields undocumented (scriptix-api.md §5): a host
 * whose server wants others passes its own `manifestFields`.
 */
const DEFAULTS: PreflightRules = {
  minSampleRate: 16_000,
  cueEndTolerance: 1,
  maxCueSeconds: 0,
  utf16: 'error',
  overlap: 'warning',
  cuePastAudio: 'error',
  audioWithoutTranscript: 'warning',
  manifestFields: { audio_filepath: 'string', text: 'string' },
  manifestOptionalFields: { duration: 'number' },
  manifestTextField: 'text',
  manifestDurationField: 'duration',
  wordCount: 'whitespace',
  maxTextBytes: 256 * 1024 ** 2,
  maxFindingsPerCode: 20,
};
export const DEFAULT_PREFLIGHT_RULES: Readonly<PreflightRules> = Object.freeze(DEFAULTS);

/**
 * Where a language differs from the defaults, by primary subtag: languages written without spaces
 * between words count words with `Intl.Segmenter`.
 */
export const LANGUAGE_PREFLIGHT_RULES: Readonly<Record<string, Partial<PreflightRules>>> = {
  zh: { wordCount: 'segmenter' },
  ja: { wordCount: 'segmenter' },
  th: { wordCount: 'segmenter' },
  lo: { wordCount: 'segmenter' },
  km: { wordCount: 'segmenter' },
  my: { wordCount: 'segmenter' },
};

/** The rules for a language: defaults, then the language's, then the host's. */
export function preflightRulesFor(
  language: string | undefined,
  overrides: Partial<PreflightRules> = {},
): PreflightRules {
  const primary = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  return {
    ...DEFAULT_PREFLIGHT_RULES,
    ...(LANGUAGE_PREFLIGHT_RULES[primary] ?? {}),
    ...overrides,
  };
}
