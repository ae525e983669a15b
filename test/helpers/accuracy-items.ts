import type { Evaluation, EvaluationItem, RequestOptions } from '../../src/api/types.js';
import { InMemoryCustomModelsApi, type InMemoryOptions } from '../../src/adapters.js';

/*
 * Test items with texts (reference, base and custom hypotheses) made by hand-written, deterministic
 * edits, and an in-memory adapter whose evaluation returns them: the Accuracy section's tests and
 * stories score real alignments with known answers.
 */

const WORDS =
  'de klant belt over een bestelling die niet is aangekomen en vraagt wanneer het pakket wordt bezorgd omdat zij morgen op reis gaat naar haar zus in het zuiden van het land'.split(
    ' ',
  );

/** `count` reference words, starting at `offset` in the word list. */
function sentence(count: number, offset: number): string[] {
  return Array.from({ length: count }, (_, i) => WORDS[(offset + i) % WORDS.length]!);
}

/**
 * The reference with `s` substitutions, `d` deletions and `i` insertions, at fixed places (every
 * 5th word from the start for substitutions, from the end for deletions; insertions after the
 * 3rd, 8th… word: "ook"). The alignment of the result against the reference has exactly these counts.
 */
export function edit(reference: string[], s: number, d: number, i: number): string {
  const words: (string | null)[] = [...reference];
  for (let k = 0; k < s; k++) words[k * 5] = `${words[k * 5]}x`;
  for (let k = 0; k < d; k++) words[words.length - 1 - k * 5] = null;
  const out: string[] = [];
  words.forEach((word, at) => {
    if (word !== null) out.push(word);
    if (at % 5 === 2 && Math.floor(at / 5) < i) out.push('ook');
  });
  return out.join(' ');
}

export interface ItemPlan {
  name: string;
  words: number;
  base: [number, number, number];
  custom: [number, number, number];
  seconds?: number;
  audioUrl?: string;
  /** Split into this many utterances of equal length. */
  utterances?: number;
}

/** Items from plans: the references are Dutch-like word runs, the hypotheses edited as planned. */
export function itemsFrom(plans: ItemPlan[]): EvaluationItem[] {
  return plans.map((plan, n) => {
    const reference = sentence(plan.words, n * 3);
    const item: EvaluationItem = {
      name: plan.name,
      ...(plan.seconds === undefined ? {} : { durationSeconds: plan.seconds }),
      ...(plan.audioUrl ? { audioUrl: plan.audioUrl } : {}),
    };
    if (plan.utterances && plan.utterances > 1) {
      const size = Math.ceil(plan.words / plan.utterances);
      const seconds = (plan.seconds ?? plan.words / 2) / plan.utterances;
      item.utterances = Array.from({ length: plan.utterances }, (_, u) => {
        const part = reference.slice(u * size, (u + 1) * size);
        const share = (value: number) => (u === 0 ? value : 0);
        return {
          start: u * seconds,
          end: (u + 1) * seconds,
          reference: part.join(' '),
          base: edit(part, share(plan.base[0]), share(plan.base[1]), share(plan.base[2])),
          custom: edit(part, share(plan.custom[0]), share(plan.custom[1]), share(plan.custom[2])),
        };
      });
    } else {
      item.reference = reference.join(' ');
      item.base = edit(reference, ...plan.base);
      item.custom = edit(reference, ...plan.custom);
    }
    return item;
  });
}

/** 12 items of 50 words, 2.5 minutes each (30 minutes): custom makes 1 error where base makes 4. */
export function betterItems(): EvaluationItem[] {
  return itemsFrom(
    Array.from({ length: 12 }, (_, k) => ({
      name: `call-${String(k + 1).padStart(2, '0')}`,
      words: 50,
      base: [2, 1, 1] as [number, number, number],
      custom:
        k === 11
          ? ([1, 1, 0] as [number, number, number])
          : ([1, 0, 0] as [number, number, number]),
      seconds: 150,
    })),
  );
}

/** The same set with the models swapped: custom is worse. */
export function worseItems(): EvaluationItem[] {
  return betterItems().map((item) => ({ ...item, base: item.custom, custom: item.base }));
}

/** Three items: too few for a verdict; one split into utterances, one with audio. */
export function fewItems(): EvaluationItem[] {
  return itemsFrom([
    {
      name: 'test-01',
      words: 12,
      base: [1, 1, 0],
      custom: [0, 0, 0],
      seconds: 6,
      audioUrl: 'https://audio.example.com/test-01.wav',
    },
    { name: 'test-02', words: 10, base: [0, 0, 1], custom: [1, 0, 1], seconds: 5, utterances: 2 },
    { name: 'test-03', words: 8, base: [1, 0, 0], custom: [1, 0, 0], seconds: 4 },
  ]);
}

/**
 * The in-memory adapter, its evaluation answered with `items` (and their test files as
 * datasets): `none` until started, `running` for `runningReads` reads, then `done`.
 */
export class ItemsApi extends InMemoryCustomModelsApi {
  private status: Evaluation['status'];
  private reads = 0;

  constructor(
    private readonly items: EvaluationItem[],
    options: InMemoryOptions & {
      measured?: boolean;
      runningReads?: number;
      language?: string;
      /** More fields of the done evaluation (totals, the deprecated `files`). */
      extra?: Partial<Evaluation>;
    } = {},
  ) {
    super(options);
    this.status = options.measured ? 'done' : 'none';
    const answer = (modelId: string): Evaluation => {
      if (this.status === 'running' && this.reads++ >= (options.runningReads ?? 1))
        this.status = 'done';
      if (this.status === 'running') return { modelId, status: 'running', progress: 40 };
      if (this.status !== 'done') return { modelId, status: 'none' };
      return {
        modelId,
        status: 'done',
        endedAt: '2024-05-02T09:30:00.000Z',
        ...(options.language ? { language: options.language } : {}),
        items: this.items,
        ...options.extra,
      };
    };
    this.getEvaluation = async (modelId: string, _o?: RequestOptions) => answer(modelId);
    this.startEvaluation = async (modelId: string, _o?: RequestOptions) => {
      this.status = 'running';
      this.reads = 0;
      return { modelId, status: 'running', progress: 0 };
    };
  }
}
