import { servesEvaluations } from '../internal/serves-evaluations.js';
import { CustomModelsApiError } from '../api/errors.js';
import { type CustomModel, type Evaluation, type RequestOptions } from '../api/types.js';
import { Poller } from '../controllers/polling-controller.js';
import type { CustomModelsStore } from './custom-models-store.js';
import type { Versioned } from './model-cache.js';
import { SharedRequests } from './shared-request.js';

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
interface Watch {
  modelId: string;
  interval: () => number | undefined;
}

/**
 * The store's evaluations, one per model: read once and again after `invalidate`
 * (`evaluation:<id>`), refreshed while running for the views that watch them (one poll of its
 * own, beside the store's, with the same back-off and pause while the page is hidden), the end of
 * each run told once, and the custom model's WER written onto the model when a run ends, so the
 * grid and the picker show it at once.
 */
export class EvaluationCache {
  private readonly entries = new Map<string, Versioned<Evaluation>>();
  private readonly endedHandlers = new Map<EvaluationEndedHandler, number>();
  private readonly requests = new SharedRequests();
  private readonly watches = new Set<Watch>();
  private readonly poller = new Poller({
    interval: DEFAULT_INTERVAL,
    backoff: { factor: 2, maxInterval: 60_000 },
    callback: () => Promise.all(this.runningWatched().map((id) => this.load(id))),
  });
  private clock = 0;

  constructor(private readonly store: CustomModelsStore) {}

  /** Keeps `modelId`'s evaluation fresh while it runs, until the returned stop is called. */
  watch(modelId: string, interval: () => number | undefined = () => undefined): () => void {
    const watch = { modelId, interval };
    this.watches.add(watch);
    this.update();
    return () => {
      this.watches.delete(watch);
      this.update();
    };
  }

  private runningWatched(): string[] {
    return [...new Set([...this.watches].map((w) => w.modelId))].filter((id) => this.running(id));
  }

  /** Polls while a watched evaluation runs: at the smallest interval asked, else the adapter's. */
  private update(): void {
    const valid = (n: number | undefined): n is number => Number.isFinite(n) && n! > 0;
    const asked = [...this.watches].map((w) => w.interval()).filter(valid);
    const hint = this.store.api.capabilities?.pollIntervalMs;
    this.poller.interval = asked.length
      ? Math.min(...asked)
      : valid(hint)
        ? hint
        : DEFAULT_INTERVAL;
    this.poller.toggle(this.runningWatched().length > 0);
  }

  get(modelId: string): Evaluation | undefined {
    return this.entries.get(modelId)?.value;
  }

  running(modelId: string): boolean {
    return this.get(modelId)?.status === 'running';
  }

  load(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    const seq = ++this.clock;
    const api = this.store.api;
    return this.requests.run(
      `${modelId}:${this.store.generation(`evaluation:${modelId}`)}`,
      async (signal) => {
        if (!servesEvaluations(api)) {
          throw new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
        }
        this.write(modelId, clean(modelId, await api.getEvaluation!(modelId, { signal })), seq);
        return this.get(modelId)!;
      },
      o.signal,
    );
  }

  async start(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    const api = this.store.api;
    if (!servesEvaluations(api)) {
      throw new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
    }
    const evaluation = clean(modelId, await api.startEvaluation!(modelId, { signal: o.signal }));
    this.write(modelId, evaluation, ++this.clock);
    return evaluation;
  }

  /** Calls `handler` once when an evaluation ends (only the handlers of the highest priority). */
  onEnded(handler: EvaluationEndedHandler, priority = 0): () => void {
    this.endedHandlers.set(handler, priority);
    return () => this.endedHandlers.delete(handler);
  }

  private write(modelId: string, evaluation: Evaluation, seq: number): void {
    const before = this.entries.get(modelId);
    if (before && before.seq > seq) return;
    this.entries.set(modelId, { value: evaluation, seq });
    this.update();
    const ended = evaluation.status === 'done' || evaluation.status === 'failed';
    if (before?.value.status !== 'running' || !ended) {
      this.store.invalidate(); // no resource: only tells the views to render
      return;
    }
    this.writeWordErrorRate(modelId, evaluation);
    // Told once, by the announcers of the highest priority, after the write is complete.
    const top = Math.max(...this.endedHandlers.values());
    const chosen = [...this.endedHandlers].filter(([, priority]) => priority === top);
    queueMicrotask(() => {
      for (const [handler] of chosen) handler({ model: this.store.model(modelId), evaluation });
    });
  }

  /**
   * The model's `wordErrorRate` as the run ended: the custom model's WER, or none after a failed
   * run (as the adapter reports it from now on). Written through the store like a pushed change,
   * so every view (details, grid, picker) agrees at once.
   */
  private writeWordErrorRate(modelId: string, evaluation: Evaluation): void {
    const model = this.store.model(modelId);
    if (!model) return this.store.invalidate();
    const updated = { ...model };
    const wer = evaluation.status === 'done' ? evaluation.custom?.wer : undefined;
    if (typeof wer === 'number' && Number.isFinite(wer)) updated.wordErrorRate = wer;
    else delete updated.wordErrorRate;
    this.store.applyChange({ models: [updated] });
  }
}
