/**
 * The adapters and the contract, without defining any element.
 * @packageDocumentation
 */
export * from './api/index.js';
export {
  InMemoryCustomModelsApi,
  type InMemoryOptions,
} from './adapters/in-memory/in-memory-api.js';
export * from './adapters/scriptix/index.js';
// The accuracy engine (issue 26): word error rates from texts, normalisation profiles, test items
// from file names, and a verdict with its confidence. No DOM: a host's backend scores as the
// elements do.
export {
  MIN_VERDICT_ITEMS,
  MIN_VERDICT_WORDS,
  NORMALIZATION_PROFILES,
  RAW_PROFILE,
  RECOMMENDED_TEST_MINUTES,
  alignWords,
  compareModels,
  joinCompounds,
  normalizeWords,
  pairTestFiles,
  profileFor,
  scoreTestSet,
  scoreTranscript,
  splitWords,
  wordErrorRate,
  type AlignedWord,
  type AlignmentCounts,
  type AlignmentOperation,
  type CompareOptions,
  type ModelComparison,
  type NoVerdictReason,
  type NormalizationProfile,
  type PairedItemScore,
  type PairedTestItem,
  type ProfileLanguage,
  type ScoreOptions,
  type ScoreTestSetOptions,
  type TestFilePairing,
  type TestSetItem,
  type TestSetScore,
  type TranscriptScore,
} from './scoring/index.js';
