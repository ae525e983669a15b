import { servesEvaluations } from '../api/capabilities.js';
import { CustomModelsApiError } from '../api/errors.js';
import { type CustomModel, type Evaluation, type RequestOptions } from '../api/types.js';
import { Announcers } from './announcers.js';
import type { CustomModelsStore } from './custom-models-store.js';
import { Feed, type Interest } from './feed.js';
import { KeyedResource } from './keyed-resource.js';
import { withItems } from './evaluation-items.js';

/** An evaluation that ended, as the store saw it change. */
export interface EvaluationEnded {
  model: CustomModel | undefined;
  evaluation: Evaluation;
}

export type EvaluationEndedHandler = (ended: EvaluationEnded) => void;

const STATUSES = new Set(['none', 'running', 'done', 'failed']);

/**
 * An adapter's answer made safe to render: a known status; a progress in 0–99 while running (the
 * run is not done until its result is there, so no view says "100 %" before it); the items
 * checked, and the totals counted from their texts by the engine where they have texts (so the
 * section, the grid and the picker show the figures a user can recompute).
 */
function clean(modelId: string, answer: unknown): Evaluation {
  if (!answer || typeof answer !== 'object') {
    throw new CustomModelsApiError('server', 'The adapter answered without an evaluation.');
  }
  const evaluation = { ...(answer as Evaluation), modelId };
  if (!STATUSES.has(evaluation.status)) evaluation.status = 'none';
  const progress = Number(evaluation.progress);
  const most = evaluation.status === 'running' ? 99 : 100;
  if (Number.isFinite(progress)) evaluation.progress = Math.min(most, Math.max(0, progress));
  else delete evaluation.progress;
  if (evaluation.files !== undefined && !Array.isArray(evaluation.files)) delete evaluation.files;
  return withItems(evaluation);
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
/** The soonest a running evaluation is read again when its end looks near. */
const MIN_INTERVAL = 250;

/** The first progress the store saw of a run, and when (this page's clock). */
interface Sighting {
  startedAt?: string;
  at: number;
  progress: number;
}

/** A view's interest in a model's evaluation, and how often it wants it refreshed (ms). */
interface Watch extends Interest {
  modelId: string;
}

/**
 * The store's evaluations, one per model (`evaluation:<id>`): a keyed resource on the store's
 * clock, read once and again after `invalidate`, refreshed while running for the views that watch
 * them (a feed: the same poll, back-off and pause while the page is hidden as the live status,
 * sooner when a run's progress says it ends before the next poll), the end of each run told once,
 * and the model's measurement written onto it (running; then the custom and base WER), so the
 * grid and the picker show it at once.
 */
export class EvaluationCache {
  private readonly entries: KeyedResource<string, Evaluation>;
  private readonly ended = new Announcers<EvaluationEnded>();
  private readonly feed: Feed<Watch>;
  /** Per running evaluation: its first progress seen, to tell when it should end. */
  private readonly sightings = new Map<string, Sighting>();

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

  /**
   * Keeps `modelId`'s evaluation fresh while it runs, until the returned stop is called: read every
   * `interval` (else the adapter's hint, else 5 s), and sooner when its progress says it ends
   * before that, so no view waits at the end of a run for the next poll.
   */
  watch(modelId: string, interval: () => number | undefined = () => undefined): () => void {
    return this.feed.watch({
      modelId,
      interval: () => {
        const asked = interval();
        const left = this.timeLeft(modelId);
        if (left === undefined) return asked;
        const usual = asked ?? this.store.api.capabilities?.pollIntervalMs ?? DEFAULT_INTERVAL;
        return Math.min(usual, Math.max(MIN_INTERVAL, left));
      },
    });
  }

  /**
   * How long until a running evaluation should end (ms), from how fast its progress rose since the
   * store first saw it; undefined while that is unknown (one reading, or no rise).
   */
  private timeLeft(modelId: string): number | undefined {
    const evaluation = this.get(modelId);
    const first = this.sightings.get(modelId);
    if (evaluation?.status !== 'running' || !first) return undefined;
    const progress = evaluation.progress ?? 0;
    if (progress <= first.progress) return undefined;
    const rate = (progress - first.progress) / Math.max(1, Date.now() - first.at);
    return (100 - progress) / rate;
  }

  /** Notes the first progress seen of each run (a new run when `startedAt` changes). */
  private sight(modelId: string, evaluation: Evaluation): void {
    if (evaluation.status !== 'running') {
      this.sightings.delete(modelId);
      return;
    }
    const seen = this.sightings.get(modelId);
    if (seen && seen.startedAt === evaluation.startedAt) return;
    this.sightings.set(modelId, {
      startedAt: evaluation.startedAt,
      at: Date.now(),
      progress: evaluation.progress ?? 0,
    });
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
    this.sight(modelId, after);
    this.feed.update();
    if (after.status === 'running') {
      this.writeModel(modelId, after);
      return;
    }
    const ended = after.status === 'done' || after.status === 'failed';
    if (before?.status !== 'running' || !ended) return;
    this.writeModel(modelId, after);
    this.ended.tell({ model: this.store.model(modelId), evaluation: after });
  }

  /**
   * What the model says of its measurement: `evaluationStatus: 'running'` while one runs; as a run
   * ended, the custom and the base WER (`wordErrorRate`, `baseWordErrorRate`), or none after a
   * failed run (as the adapter reports it from now on). Written through the store like a pushed
   * change, so every view (details, grid, picker) agrees at once.
   */
  private writeModel(modelId: string, evaluation: Evaluation): void {
    const model = this.store.model(modelId);
    if (!model) return;
    const running = evaluation.status === 'running';
    if (running && model.evaluationStatus === 'running') return;
    const updated = { ...model };
    if (running) {
      updated.evaluationStatus = 'running';
    } else {
      delete updated.evaluationStatus;
      const done = evaluation.status === 'done';
      const rate = (score: typeof evaluation.custom) =>
        done && typeof score?.wer === 'number' && Number.isFinite(score.wer)
          ? score.wer
          : undefined;
      const custom = rate(evaluation.custom);
      const base = custom === undefined ? undefined : rate(evaluation.base);
      if (custom === undefined) delete updated.wordErrorRate;
      else updated.wordErrorRate = custom;
      if (base === undefined) delete updated.baseWordErrorRate;
      else updated.baseWordErrorRate = base;
    }
    this.store.applyChange({ models: [updated] });
  }
}

function notServed(): CustomModelsApiError {
  return new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
}
