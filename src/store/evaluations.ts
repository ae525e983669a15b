import { servesEvaluations } from '../api/capabilities.js';
import { CustomModelsApiError } from '../api/errors.js';
import { type CustomModel, type Evaluation, type RequestOptions } from '../api/types.js';
import { Announcers } from './announcers.js';
import type { CustomModelsStore } from './custom-models-store.js';
import { Feed, type Interest } from './feed.js';
import { KeyedResource } from './keyed-resource.js';

/** An evaluation that ended, as the store saw it change. */
export interface EvaluationEnded {
  model: CustomModel | undefined;
  evaluation: Evaluation;
}

export type EvaluationEndedHandler = (ended: EvaluationEnded) => void;

const STATUSES = new Set(['none', 'running', 'done', 'failed']);

/** An adapter's answer made safe to render: a known status, a progress in 0–100. */
function clean(modelId: string, answer: unknown): Evaluation {
  if (!answer || typeof answer !== 'object') {
    throw new CustomModelsApiError('server', 'The adapter answered without an evaluation.');
  }
  const evaluation = { ...(answer as Evaluation), modelId };
  if (!STATUSES.has(evaluation.status)) evaluation.status = 'none';
  const progress = Number(evaluation.progress);
  if (Number.isFinite(progress)) evaluation.progress = Math.min(100, Math.max(0, progress));
  else delete evaluation.progress;
  if (evaluation.files !== undefined && !Array.isArray(evaluation.files)) delete evaluation.files;
  return evaluation;
}

const caches = new WeakMap<CustomModelsStore, EvaluationCache>();

/**
 * The evaluations of a store's adapter, created on first use. They live beside the store, not in
 * it: only the details' Accuracy section (a module loaded on demand) reads them, so the store
 * every entry point carries does not. Their changes notify the store's subscribers all the same.
 */
export function evaluationsOf(store: CustomModelsStore): EvaluationCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new EvaluationCache(store)));
  return cache;
}

/** How often a running evaluation is read again when neither a view nor the adapter says. */
const DEFAULT_INTERVAL = 5000;

/** A view's interest in a model's evaluation, and how often it wants it refreshed (ms). */
interface Watch extends Interest {
  modelId: string;
}

/**
 * The store's evaluations, one per model (`evaluation:<id>`): a keyed resource on the store's
 * clock, read once and again after `invalidate`, refreshed while running for the views that watch
 * them (a feed: the same poll, back-off and pause while the page is hidden as the live status),
 * the end of each run told once, and the custom model's WER written onto the model when a run
 * ends, so the grid and the picker show it at once.
 */
export class EvaluationCache {
  private readonly entries: KeyedResource<string, Evaluation>;
  private readonly ended = new Announcers<EvaluationEnded>();
  private readonly feed: Feed<Watch>;

  constructor(private readonly store: CustomModelsStore) {
    const api = store.api;
    this.entries = new KeyedResource(store, {
      prefix: 'evaluation',
      fetch: async (modelId, signal) => {
        if (!servesEvaluations(api)) throw notServed();
        return clean(modelId, await api.getEvaluation!(modelId, { signal }));
      },
      onWrite: (modelId, before, after) => this.noticeEnd(modelId, before, after),
    });
    this.feed = new Feed<Watch>({
      defaultInterval: DEFAULT_INTERVAL,
      hint: () => api.capabilities?.pollIntervalMs,
      due: (watches) => {
        const running = [...new Set(watches.map((w) => w.modelId))].filter((id) =>
          this.running(id),
        );
        return running.length
          ? () => Promise.all(running.map((id) => this.entries.load(id)))
          : undefined;
      },
    });
  }

  /** Keeps `modelId`'s evaluation fresh while it runs, until the returned stop is called. */
  watch(modelId: string, interval: () => number | undefined = () => undefined): () => void {
    return this.feed.watch({ modelId, interval });
  }

  get(modelId: string): Evaluation | undefined {
    return this.entries.get(modelId);
  }

  running(modelId: string): boolean {
    return this.get(modelId)?.status === 'running';
  }

  load(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    return this.entries.load(modelId, o);
  }

  async start(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    const api = this.store.api;
    if (!servesEvaluations(api)) throw notServed();
    const evaluation = clean(modelId, await api.startEvaluation!(modelId, { signal: o.signal }));
    this.entries.set(modelId, evaluation);
    return evaluation;
  }

  /** Calls `handler` once when an evaluation ends (only the handlers of the highest priority). */
  onEnded(handler: EvaluationEndedHandler, priority = 0): () => void {
    return this.ended.add(handler, priority);
  }

  /** A running evaluation that is done or failed now ended its run. */
  private noticeEnd(modelId: string, before: Evaluation | undefined, after: Evaluation): void {
    this.feed.update();
    const ended = after.status === 'done' || after.status === 'failed';
    if (before?.status !== 'running' || !ended) return;
    this.writeWordErrorRate(modelId, after);
    this.ended.tell({ model: this.store.model(modelId), evaluation: after });
  }

  /**
   * The model's `wordErrorRate` as the run ended: the custom model's WER, or none after a failed
   * run (as the adapter reports it from now on). Written through the store like a pushed change,
   * so every view (details, grid, picker) agrees at once.
   */
  private writeWordErrorRate(modelId: string, evaluation: Evaluation): void {
    const model = this.store.model(modelId);
    if (!model) return;
    const updated = { ...model };
    const wer = evaluation.status === 'done' ? evaluation.custom?.wer : undefined;
    if (typeof wer === 'number' && Number.isFinite(wer)) updated.wordErrorRate = wer;
    else delete updated.wordErrorRate;
    this.store.applyChange({ models: [updated] });
  }
}

function notServed(): CustomModelsApiError {
  return new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
}
