import {
  TrainingStatus,
  type CustomModel,
  type Dataset,
  type Evaluation,
  type EvaluationItem,
} from '../../api/types.js';
import { pairTestFiles } from '../../scoring/test-items.js';
import { rawTotal } from '../../scoring/raw-total.js';
import { hash, hypotheses, referenceUtterances, speechLanguage } from './simulated-speech.js';
import type { ModelIndex } from './model-index.js';
import { error } from './validation.js';

/**
 * Progress rises this many points per tick, and the tick that would reach 100 gives the result:
 * a running evaluation never says "100 %" while its result is still to come.
 */
const PROGRESS_STEP = 20;
const TICKS = 100 / PROGRESS_STEP;

/** A fraction in [0, 1) from `text`: the same input always draws the same. */
const unit = (text: string): number => hash(text) / 2 ** 32;

/**
 * The most words the in-memory adapter writes for one item: enough to read, few enough to align
 * and render at once.
 */
const MAX_ITEM_WORDS = 400;

/**
 * What an evaluation of `model` on these datasets gives. The test files are paired into items by
 * base name (`pairTestFiles`: audio and its reference, one item; unpaired files are not scored);
 * it fails when a file is empty or no item is complete. Each item gets a reference transcript in
 * the model's language (seeded from its name, about a word per 6 bytes of its transcript, at most
 * 400) per timed utterance (fitted into the audio's `durationSeconds` where it is known, which is
 * then the item's length), and the base and custom models' texts with simulated errors: the base
 * rate from the language and the name, the custom rate lower by how much training data
 * (transcripts above all) the model learned from. `base` and `custom` are `scoreTestSet` of those
 * texts (raw, as the contract's totals are; counted without the profiles' tables): every number
 * can be recomputed.
 */
export function simulateEvaluation(
  model: CustomModel,
  datasets: readonly Dataset[],
): Pick<Evaluation, 'status' | 'reason' | 'base' | 'custom' | 'files' | 'items' | 'language'> {
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
  const pairing = pairTestFiles(tests);
  if (!pairing.items.length) {
    return {
      status: 'failed',
      reason:
        'Evaluation failed: no test item has both its audio and its reference transcript (files are paired by name, e.g. test-01.wav with test-01.txt).',
    };
  }
  const byName = new Map(tests.map((d) => [d.name, d]));
  const training = datasets.filter((d) => d.kind !== 'test-set');
  const transcripts = training.filter((d) => d.kind === 'transcript').length;
  const audio = training.filter((d) => d.kind === 'audio').length;
  // More matching data, more gain: up to 60 % fewer errors.
  const gain = Math.min(0.6, 0.12 * transcripts + 0.05 * audio + 0.04);
  const languageKey = model.baseLanguage?.key ?? '';
  const language = speechLanguage(languageKey);
  const items: EvaluationItem[] = pairing.items.map((pair) => {
    const audioFile = byName.get(pair.audio)!;
    const referenceFile = byName.get(pair.transcript)!;
    const seed = `${language}:${pair.name}`;
    const words = Math.max(20, Math.min(MAX_ITEM_WORDS, Math.round(referenceFile.sizeBytes! / 6)));
    const baseRate = 0.08 + 0.2 * unit(seed);
    const customRate = Math.max(
      0,
      baseRate * (1 - gain * (0.7 + 0.6 * unit(`${seed}:${model.id}`))),
    );
    // The audio's own length, where it is known (the Datasets table shows it): the utterances fit
    // in it, and the item is that long, so the section's minutes are the table's.
    const audioSeconds = audioFile.durationSeconds;
    const known =
      typeof audioSeconds === 'number' && Number.isFinite(audioSeconds) && audioSeconds > 0;
    const spoken = referenceUtterances(pair.name, language, words);
    const spokenSeconds = spoken[spoken.length - 1].end! + 0.5;
    const scale = known && audioSeconds < spokenSeconds ? audioSeconds / spokenSeconds : 1;
    const utterances = spoken.map((utterance, index) => ({
      ...utterance,
      ...(scale === 1
        ? {}
        : {
            start: Math.round(utterance.start! * scale * 100) / 100,
            end: Math.round(utterance.end! * scale * 100) / 100,
          }),
      ...hypotheses(
        utterance.reference,
        language,
        { base: baseRate, custom: customRate },
        `${seed}:${model.id}:${index}`,
      ),
    }));
    const join = (key: 'reference' | 'base' | 'custom') => utterances.map((u) => u[key]).join(' ');
    return {
      name: pair.name,
      audioDatasetId: audioFile.id,
      referenceDatasetId: referenceFile.id,
      durationSeconds: known ? audioSeconds : Math.ceil(spokenSeconds),
      reference: join('reference'),
      base: join('base'),
      custom: join('custom'),
      utterances,
    };
  });
  const texts = (model: 'base' | 'custom', item: EvaluationItem) => ({
    reference: item.reference!,
    hypothesis: item[model]!,
  });
  return {
    status: 'done',
    language: languageKey || undefined,
    base: rawTotal(items.map((item) => texts('base', item))),
    custom: rawTotal(items.map((item) => texts('custom', item))),
    items,
    // The deprecated per-file view, one entry per item (never a transcript scored as audio).
    files: items.map((item) => ({
      name: item.name,
      datasetId: item.audioDatasetId,
      base: rawTotal([texts('base', item)]),
      custom: rawTotal([texts('custom', item)]),
    })),
  };
}

/**
 * The in-memory adapter's evaluations: one per model, run on timers (`timeMs` from start to
 * result, progress in steps), the outcome from {@link simulateEvaluation}. While one runs, the
 * model's `evaluationStatus` says `running`; when it ends, its `wordErrorRate` and
 * `baseWordErrorRate` say the custom and base WER (none after a failed run). Loaded by the
 * adapter's first `startEvaluation`; not persisted.
 */
export class EvaluationRuns {
  private readonly runs = new Map<string, Evaluation>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    /** The adapter's models and datasets, read when a run starts and ends. */
    private readonly index: ModelIndex,
    private readonly datasets: ReadonlyMap<string, readonly Dataset[]>,
    /**
     * A run started (the model's `evaluationStatus` is `running`) or ended (its `wordErrorRate`
     * and `baseWordErrorRate` set): the adapter saves and tells watchers.
     */
    private readonly changed: (modelId: string) => void,
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
    const row = this.index.get(modelId);
    if (row) this.index.update(row, (m) => (m.evaluationStatus = 'running'));
    this.changed(modelId);
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
        const progress = (run.progress ?? 0) + PROGRESS_STEP;
        if (progress < 100) {
          run.progress = progress;
          this.tick(modelId, run, ms);
          return;
        }
        const row = this.index.get(modelId);
        if (!row) return;
        delete run.progress;
        Object.assign(run, simulateEvaluation(row.model, this.datasets.get(modelId) ?? []), {
          endedAt: new Date().toISOString(),
        });
        this.index.update(row, (model) => {
          delete model.evaluationStatus;
          if (run.status === 'done') {
            model.wordErrorRate = run.custom!.wer;
            model.baseWordErrorRate = run.base!.wer;
          } else {
            delete model.wordErrorRate;
            delete model.baseWordErrorRate;
          }
        });
        this.changed(modelId);
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
