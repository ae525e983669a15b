import { CustomModelsApiError } from '../api/errors.js';
import { TrainingStatus, type CustomModel, type ModelQuery } from '../api/types.js';
import { isBusyStatus } from '../api/status-rules.js';
import { Poller } from '../controllers/polling-controller.js';
import type { CustomModelsStore } from './custom-models-store.js';

/** A view's interest in live status, registered while it is connected. */
export interface Observer {
  /** The pages the view shows. */
  pages?: () => readonly ModelQuery[];
  /** The models the view shows on their own. */
  models?: () => readonly string[];
  /**
   * How often the view wants busy models refreshed, in ms (a host's setting); the store polls at
   * the smallest. Undefined: no preference, so the adapter's `pollIntervalMs` hint applies, else
   * `defaultInterval`.
   */
  interval?: () => number | undefined;
  /** The view's own default, used when neither a host nor the adapter says. */
  defaultInterval?: number;
  /** False while nobody can see the view (a grid hidden behind the details): skipped. */
  active?: () => boolean;
}

/** A training run that ended, as the store saw it change: a fact, told once per run. */
export interface TrainingEnded {
  model: CustomModel;
  outcome: 'success' | 'failed';
}

export type TrainingEndedHandler = (ended: TrainingEnded) => void;

const DEFAULT_INTERVAL = 10_000;

/**
 * The store's live status: one poll for every busy model any connected view shows (or, when the
 * adapter declares `push`, its `watchModels` channel instead), and the end of each training run,
 * detected here only and told once to every subscriber (the views decide what to show).
 */
export class LiveUpdates {
  private readonly observers = new Set<Observer>();
  private readonly endedHandlers = new Set<TrainingEndedHandler>();
  private readonly poller: Poller;
  private push?: AbortController;
  failed = false;

  constructor(private readonly store: CustomModelsStore) {
    this.poller = new Poller({
      interval: DEFAULT_INTERVAL,
      backoff: { factor: 2, maxInterval: 60_000 },
      callback: () => this.tick(),
    });
  }

  observe(observer: Observer): () => void {
    this.observers.add(observer);
    this.update();
    return () => {
      this.observers.delete(observer);
      this.update();
    };
  }

  onTrainingEnded(handler: TrainingEndedHandler): () => void {
    // A wrapper per call: the same function subscribed twice is told twice, and each unsubscribe
    // removes its own.
    const entry: TrainingEndedHandler = (ended) => handler(ended);
    this.endedHandlers.add(entry);
    return () => this.endedHandlers.delete(entry);
  }

  /** Called for every model written: a busy model that reached Success or Failed ended a run. */
  noticeStatus(before: CustomModel | undefined, after: CustomModel): void {
    if (!before || !isBusyStatus(before.trainingStatus)) return;
    const status = after.trainingStatus;
    if (status !== TrainingStatus.Success && status !== TrainingStatus.Failed) return;
    const ended: TrainingEnded = {
      model: after,
      outcome: status === TrainingStatus.Success ? 'success' : 'failed',
    };
    // After the write is complete: handlers read the store. Those subscribed when the run ended
    // are told. Lists filtered or sorted by status (the picker's trained models) are fetched again.
    const handlers = [...this.endedHandlers];
    queueMicrotask(() => {
      for (const handler of handlers) {
        // Still subscribed (a view removed meanwhile is not told).
        if (this.endedHandlers.has(handler)) handler(ended);
      }
      this.store.invalidate('lists');
    });
  }

  /** Switches polling (or the push channel) on while a connected view shows a busy model. */
  update(): void {
    const api = this.store.api;
    if (api.capabilities?.push && typeof api.watchModels === 'function') {
      if (this.observers.size && !this.push) {
        this.push = new AbortController();
        api.watchModels((change) => this.store.applyChange(change), { signal: this.push.signal });
      } else if (!this.observers.size && this.push) {
        this.push.abort();
        this.push = undefined;
      }
      return;
    }
    this.poller.interval = this.interval();
    this.poller.toggle(this.busyWork().any);
  }

  /** A host's setting wins, then the adapter's hint, then the views' own defaults. */
  private interval(): number {
    const valid = (n: number | undefined): n is number => Number.isFinite(n) && n! > 0;
    const observers = [...this.observers];
    const asked = observers.map((o) => o.interval?.()).filter(valid);
    if (asked.length) return Math.min(...asked);
    const hint = this.store.api.capabilities?.pollIntervalMs;
    if (valid(hint)) return hint;
    const defaults = observers.map((o) => o.defaultInterval).filter(valid);
    return defaults.length ? Math.min(...defaults) : DEFAULT_INTERVAL;
  }

  /** What a tick would refresh: pages showing a busy model, and busy models shown alone. */
  private busyWork() {
    const pages = new Map<string, ModelQuery>();
    const models = new Set<string>();
    for (const observer of this.observers) {
      if (observer.active && !observer.active()) continue;
      for (const query of observer.pages?.() ?? []) {
        const page = this.store.page(query);
        if (page?.items.some((model) => isBusyStatus(model.trainingStatus))) {
          pages.set(JSON.stringify(query), query);
        }
      }
      for (const id of observer.models?.() ?? []) {
        if (isBusyStatus(this.store.model(id)?.trainingStatus)) models.add(id);
      }
    }
    return { pages, models, any: pages.size > 0 || models.size > 0 };
  }

  private async tick(): Promise<void> {
    const { pages, models } = this.busyWork();
    const covered = new Set<string>();
    for (const query of pages.values()) {
      for (const model of this.store.page(query)?.items ?? []) covered.add(String(model.id));
    }
    const results = await Promise.allSettled([
      ...[...pages.values()].map((query) => this.store.loadPage(query)),
      ...[...models]
        .filter((id) => !covered.has(id))
        .map((id) =>
          this.store.loadModel(id).catch((error: unknown) => {
            // Gone or no longer ours: the views that show it fetch it and say so.
            if (
              CustomModelsApiError.is(error) &&
              (error.kind === 'not-found' || error.kind === 'forbidden')
            ) {
              this.store.invalidate(`model:${id}`);
              return undefined;
            }
            throw error;
          }),
        ),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (this.failed !== Boolean(failure)) {
      this.failed = Boolean(failure);
      this.store.invalidate(); // no resource: only tells the views to render the new flag
    }
    if (failure) throw (failure as PromiseRejectedResult).reason;
  }
}
