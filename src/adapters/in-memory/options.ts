import type { CustomModel, Dataset, Language, Organization, Role } from '../../api/types.js';

/** How an `InMemoryCustomModelsApi` starts: its data, its delays, what it offers. */
export interface InMemoryOptions {
  /** Starting models, or how many to generate. Absent: the demo organisation's models. */
  models?: CustomModel[] | number;
  /** Trainable languages. Absent: English, Dutch, German, French, Spanish, Italian. */
  languages?: Language[];
  /** The session's role; `ORGADMIN` by default. Writable later through `api.role`. */
  role?: Role;
  /**
   * Merged over the default organisation. The demo data comes with a plan limit of 25 models;
   * with `models` given there is no limit unless you set `customModelLimit`.
   */
  organization?: Partial<Organization>;
  /** Delay of every call, in ms (0 still answers asynchronously). Writable through `api.latencyMs`. */
  latencyMs?: number;
  /**
   * Also run the lifecycle of the starting models that are Ready to Run or Running, so they
   * progress to a result (the demo). By default they stay as given, which tests rely on.
   */
  runSeededTraining?: boolean;
  /** How long a training run takes from start to result, in ms; 20,000 by default. */
  trainingTimeMs?: number;
  /** Keep the state in `storage` under this key so it survives a reload. */
  persistKey?: string;
  /** Where `persistKey` keeps the state; `localStorage` by default, null to keep nothing. */
  storage?: Storage | null;
  /** Datasets per model id. Absent with demo data: the demo's datasets; otherwise none. */
  datasets?: Record<string, Dataset[]>;
  /**
   * Offer the push channel (`watchModels`, `capabilities.push`): every change, the training
   * lifecycle's included, is reported as it happens, as a backend with server-sent events would.
   * Default true; false makes the elements poll, as they do against a plain REST backend.
   */
  push?: boolean;
  /**
   * Measure accuracy (`startEvaluation`, `getEvaluation`, `capabilities.evaluations`) from the
   * model's test set, deterministically. Default true.
   */
  evaluations?: boolean;
  /** How long an evaluation takes from start to result, in ms; 6,000 by default. */
  evaluationTimeMs?: number;
}
