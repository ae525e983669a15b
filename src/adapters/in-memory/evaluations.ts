import {
  TrainingStatus,
  type CustomModel,
  type Dataset,
  type Evaluation,
  type EvaluationFileResult,
  type WordErrorScore,
} from '../../api/types.js';
import type { ModelIndex } from './model-index.js';
import { error } from './validation.js';

/** Progress rises this many points per tick; one more tick gives the result. */
const PROGRESS_STEP = 20;
const TICKS = 100 / PROGRESS_STEP + 1;

/** FNV-1a over `text`, as a fraction in [0, 1): the same input always scores the same. */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

/** A score from a word count and an error rate, split into the three kinds of error. */
function score(words: number, rate: number, seed: string): WordErrorScore {
  const errors = Math.round(words * rate);
  const substitutions = Math.round(errors * (0.5 + 0.15 * unit(`${seed}:s`)));
  const deletions = Math.round((errors - substitutions) * (0.4 + 0.3 * unit(`${seed}:d`)));
  const insertions = errors - substitutions - deletions;
  return { wer: errors / words, words, substitutions, deletions, insertions };
}

/** The sum of scores, its rate over all words (not the mean of the rates). */
function total(scores: WordErrorScore[]): WordErrorScore {
  const sum = { words: 0, substitutions: 0, deletions: 0, insertions: 0 };
  for (const s of scores) {
    sum.words += s.words;
    sum.substitutions += s.substitutions;
    sum.deletions += s.deletions;
    sum.insertions += s.insertions;
  }
  const errors = sum.substitutions + sum.deletions + sum.insertions;
  return { ...sum, wer: sum.words ? errors / sum.words : 0 };
}

/**
 * What an evaluation of `model` on these datasets gives: fails when the test set has none or an
 * empty transcript; otherwise a base rate per file from the language and file name, and a custom
 * rate lower by how much training data (transcripts above all) the model learned from.
 */
export function simulateEvaluation(
  model: CustomModel,
  datasets: readonly Dataset[],
): Pick<Evaluation, 'status' | 'reason' | 'base' | 'custom' | 'files'> {
  const tests = datasets.filter((d) => d.kind === 'test-set');
  if (!tests.length) {
    return { status: 'failed', reason: 'Evaluation failed: the model has no test set.' };
  }
  const empty = tests.find((d) => !d.sizeBytes);
  if (empty) {
    return {
      status: 'failed',
      reason: `Evaluation failed: test file "${empty.name}" has an empty transcript.`,
    };
  }
  const training = datasets.filter((d) => d.kind !== 'test-set');
  const transcripts = training.filter((d) => d.kind === 'transcript').length;
  const audio = training.filter((d) => d.kind === 'audio').length;
  // More matching data, more gain: up to 60 % fewer errors.
  const gain = Math.min(0.6, 0.12 * transcripts + 0.05 * audio + 0.04);
  const language = model.baseLanguage?.key ?? '';
  const files: EvaluationFileResult[] = tests.map((d) => {
    const seed = `${language}:${d.name}`;
    const words = Math.max(40, Math.min(20_000, Math.round((d.sizeBytes ?? 0) / 6)));
    const baseRate = 0.1 + 0.25 * unit(seed);
    const customRate = baseRate * (1 - gain * (0.7 + 0.6 * unit(`${seed}:${model.id}`)));
    return {
      name: d.name,
      datasetId: d.id,
      base: score(words, baseRate, `${seed}:base`),
      custom: score(words, Math.max(0, customRate), `${seed}:custom`),
    };
  });
  return {
    status: 'done',
    base: total(files.map((f) => f.base)),
    custom: total(files.map((f) => f.custom)),
    files,
  };
}

/**
 * The in-memory adapter's evaluations: one per model, run on timers (`timeMs` from start to
 * result, progress in steps), the outcome from {@link simulateEvaluation}; when one ends, the
 * model's `wordErrorRate` says the custom WER (none after a failed run). Loaded by the adapter's
 * first `startEvaluation`; not persisted.
 */
export class EvaluationRuns {
  private readonly runs = new Map<string, Evaluation>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    /** The adapter's models and datasets, read when a run starts and ends. */
    private readonly index: ModelIndex,
    private readonly datasets: ReadonlyMap<string, readonly Dataset[]>,
    /** A run ended (the model's `wordErrorRate` is set): the adapter saves and tells watchers. */
    private readonly ended: (modelId: string) => void,
  ) {}

  get(modelId: string): Evaluation {
    const run = this.runs.get(modelId);
    return run ? structuredClone(run) : { modelId, status: 'none' };
  }

  /** Refuses what the server would refuse, then starts measuring. */
  start(model: CustomModel, timeMs = 6000): Evaluation {
    const modelId = model.id;
    if (model.trainingStatus !== TrainingStatus.Success) {
      throw error('conflict', 409, 'Train the model successfully before measuring its accuracy.');
    }
    if (this.runs.get(modelId)?.status === 'running') {
      throw error('conflict', 409, 'The accuracy of this model is already being measured.');
    }
    if (!(this.datasets.get(modelId) ?? []).some((d) => d.kind === 'test-set')) {
      throw error('validation', 422, 'Upload a test set before measuring accuracy.');
    }
    const run: Evaluation = {
      modelId,
      status: 'running',
      progress: 0,
      startedAt: new Date().toISOString(),
    };
    this.runs.set(modelId, run);
    this.tick(modelId, run, Math.max(0, timeMs) / TICKS);
    return this.get(modelId);
  }

  private tick(modelId: string, run: Evaluation, ms: number): void {
    clearTimeout(this.timers.get(modelId));
    this.timers.set(
      modelId,
      setTimeout(() => {
        this.timers.delete(modelId);
        if (this.runs.get(modelId) !== run) return;
        if ((run.progress ?? 0) < 100) {
          run.progress = Math.min(100, (run.progress ?? 0) + PROGRESS_STEP);
          this.tick(modelId, run, ms);
          return;
        }
        const model = this.index.get(modelId)?.model;
        if (!model) return;
        delete run.progress;
        Object.assign(run, simulateEvaluation(model, this.datasets.get(modelId) ?? []), {
          endedAt: new Date().toISOString(),
        });
        // Neither sorted nor filtered on: changed in place.
        if (run.status === 'done') model.wordErrorRate = run.custom!.wer;
        else delete model.wordErrorRate;
        this.ended(modelId);
      }, ms),
    );
  }

  /** Forgets a model's evaluation (deleted, or trained again: the old figures no longer hold). */
  forget(modelId: string): void {
    clearTimeout(this.timers.get(modelId));
    this.timers.delete(modelId);
    this.runs.delete(modelId);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
