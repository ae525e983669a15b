import { CustomModelsApiError } from '../api/errors.js';
import {
  servesEvaluations,
  type CustomModel,
  type CustomModelsApi,
  type Evaluation,
  type RequestOptions,
} from '../api/types.js';
import type { CustomModelsStore } from './custom-models-store.js';
import type { Versioned } from './model-cache.js';
import type { SharedRequests } from './shared-request.js';

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

/**
 * The store's evaluations, one per model: read once and again after `invalidate`, polled through
 * the store's live status while running, and the end of each run told once.
 */
export class EvaluationCache {
  private readonly entries = new Map<string, Versioned<Evaluation>>();
  private readonly endedHandlers = new Map<EvaluationEndedHandler, number>();

  private readonly api: CustomModelsApi;

  constructor(
    private readonly store: CustomModelsStore,
    private readonly requests: SharedRequests,
    /** The store's clock (`tick` moves it on) and its change notification. */
    private readonly hooks: { tick: () => number; changed: () => void },
  ) {
    this.api = store.api;
  }

  get(modelId: string): Evaluation | undefined {
    return this.entries.get(modelId)?.value;
  }

  running(modelId: string): boolean {
    return this.get(modelId)?.status === 'running';
  }

  load(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    const seq = this.hooks.tick();
    return this.requests.run(
      `evaluation:${modelId}:${this.store.generation(`evaluation:${modelId}`)}`,
      async (signal) => {
        if (!servesEvaluations(this.api)) {
          throw new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
        }
        this.write(
          modelId,
          clean(modelId, await this.api.getEvaluation!(modelId, { signal })),
          seq,
        );
        return this.get(modelId)!;
      },
      o.signal,
    );
  }

  async start(modelId: string, o: RequestOptions = {}): Promise<Evaluation> {
    if (!servesEvaluations(this.api)) {
      throw new CustomModelsApiError('server', 'The adapter does not measure accuracy.');
    }
    const answer = await this.api.startEvaluation!(modelId, { signal: o.signal });
    const evaluation = clean(modelId, answer);
    this.write(modelId, evaluation, this.hooks.tick());
    return evaluation;
  }

  forget(modelId: string): void {
    this.entries.delete(modelId);
  }

  onEnded(handler: EvaluationEndedHandler, priority: number): () => void {
    this.endedHandlers.set(handler, priority);
    return () => this.endedHandlers.delete(handler);
  }

  private write(modelId: string, evaluation: Evaluation, seq: number): void {
    const before = this.entries.get(modelId);
    if (before && before.seq > seq) return;
    this.entries.set(modelId, { value: evaluation, seq });
    this.hooks.changed();
    const ended = evaluation.status === 'done' || evaluation.status === 'failed';
    if (before?.value.status !== 'running' || !ended) return;
    // Told once, by the announcers of the highest priority, after the write is complete.
    const top = Math.max(...this.endedHandlers.values());
    const chosen = [...this.endedHandlers].filter(([, priority]) => priority === top);
    queueMicrotask(() => {
      for (const [handler] of chosen) handler({ model: this.store.model(modelId), evaluation });
    });
  }
}
