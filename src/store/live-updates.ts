import { CustomModelsApiError } from '../api/errors.js';
import { isBusyStatus } from '../api/status-rules.js';
import { TrainingStatus, type CustomModel, type ModelQuery } from '../api/types.js';
import { Announcers } from './announcers.js';
import { Feed } from './feed.js';
import { dependsOnStatus, dependsOnWordErrorRate, type ModelCache } from './model-cache.js';
import type { LiveStore, Observer, TrainingEnded } from './live-types.js';

const DEFAULT_INTERVAL = 10_000;

/**
 * The store's live status: a feed (one poll for every busy model any connected view shows or,
 * when the adapter declares `push`, its `watchModels` channel instead), and the end of each
 * training run, told once.
 *
 * A status change re-reads only the pages whose order or membership depends on the status (sorted
 * or filtered by it: the picker's trained models); every other page shows the new status at once,
 * since it lists the models by id.
 */
export class LiveUpdates {
  readonly ended = new Announcers<TrainingEnded>();
  readonly feed: Feed<Observer>;

  constructor(
    store: LiveStore,
    private readonly cache: ModelCache,
  ) {
    const api = store.api;
    this.feed = new Feed<Observer>({
      defaultInterval: DEFAULT_INTERVAL,
      hint: () => api.capabilities?.pollIntervalMs,
      due: (observers) => this.due(observers),
      push: (signal) => {
        if (!api.capabilities?.push || typeof api.watchModels !== 'function') return false;
        api.watchModels((change) => store.applyChange(change), { signal });
        return true;
      },
      onFailedChange: () => store.changed('live'),
    });
  }

  /**
   * Called for every model written: a status change, and a busy model's end of a run; a new word
   * error rate re-reads the pages sorted by it.
   */
  noticeStatus(before: CustomModel | undefined, after: CustomModel): void {
    const writing = this.cache.writingPage;
    if (before && !Object.is(before.wordErrorRate, after.wordErrorRate)) {
      queueMicrotask(() => {
        this.cache.pages.invalidateWhere(
          (entry, key) => key !== writing && dependsOnWordErrorRate(entry.query),
        );
      });
    }
    if (!before || before.trainingStatus === after.trainingStatus) return;
    const status = after.trainingStatus;
    const ended =
      isBusyStatus(before.trainingStatus) &&
      (status === TrainingStatus.Success || status === TrainingStatus.Failed);
    // After the write is complete: handlers read the store, and a page is not re-read while its
    // own answer is being written.
    queueMicrotask(() => {
      this.cache.pages.invalidateWhere(
        (entry, key) =>
          key !== writing && dependsOnStatus(entry.query, before.trainingStatus, status),
      );
    });
    if (ended) {
      this.ended.tell({
        model: after,
        outcome: status === TrainingStatus.Success ? 'success' : 'failed',
      });
    }
  }

  /**
   * What a tick refreshes: pages showing a model that is training or being measured, and such
   * models shown alone.
   */
  private due(observers: readonly Observer[]): (() => Promise<unknown>) | undefined {
    const pages = new Map<string, ModelQuery>();
    const models = new Set<string>();
    for (const observer of observers) {
      for (const query of observer.pages?.() ?? []) {
        const page = this.cache.page(query);
        if (page?.items.some(changing)) {
          pages.set(JSON.stringify(query), query);
        }
      }
      for (const id of observer.models?.() ?? []) {
        const model = this.cache.model(id);
        if (model && changing(model)) models.add(id);
      }
    }
    if (!pages.size && !models.size) return undefined;
    const covered = new Set<string>();
    for (const query of pages.values()) {
      for (const model of this.cache.page(query)?.items ?? []) covered.add(String(model.id));
    }
    return async () => {
      const results = await Promise.allSettled([
        ...[...pages.values()].map((query) => this.cache.pages.load(query)),
        ...[...models].filter((id) => !covered.has(id)).map((id) => this.refreshModel(id)),
      ]);
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw (failure as PromiseRejectedResult).reason;
    };
  }

  private refreshModel(id: string): Promise<unknown> {
    return this.cache.models.load(id).catch((error: unknown) => {
      // Gone or no longer ours: the views that show it fetch it and say so.
      if (
        CustomModelsApiError.is(error) &&
        (error.kind === 'not-found' || error.kind === 'forbidden')
      ) {
        this.cache.models.invalidate(id);
        return undefined;
      }
      throw error;
    });
  }
}

/** A model whose shown state changes on its own: training, or its accuracy being measured. */
function changing(model: CustomModel): boolean {
  return isBusyStatus(model.trainingStatus) || model.evaluationStatus === 'running';
}
