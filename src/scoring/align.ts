/*
 * Word alignment by minimal edit distance (Levenshtein over words, every edit costs 1), exact.
 * Plain TypeScript, no DOM: the elements and a host's backend score with the same code.
 */

/** What one aligned pair of words is. */
export type AlignmentOperation = 'equal' | 'substitute' | 'delete' | 'insert';

/**
 * One step of an alignment: a reference word against a hypothesis word. `reference` is null for an
 * insertion (a word only the hypothesis has), `hypothesis` null for a deletion.
 */
export interface AlignedWord {
  operation: AlignmentOperation;
  reference: string | null;
  hypothesis: string | null;
}

/** The counts of one alignment. `words` is the reference's word count. */
export interface AlignmentCounts {
  words: number;
  hits: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

/**
 * The words of a text as they are: Unicode NFC, split on Unicode white space (the `\s` class:
 * spaces, tabs, line breaks, no-break and other `Zs` spaces). Nothing else is changed.
 */
export function splitWords(text: string): string[] {
  const words = String(text ?? '')
    .normalize('NFC')
    .split(/\s+/u);
  return words.filter((word) => word !== '');
}

/** Moves that keep a cell's path minimal, as bits of the move table. */
const MATCH = 1;
const SUBSTITUTE = 2;
const DELETE = 4;
const INSERT = 8;

/**
 * A minimal alignment of `hypothesis` to `reference` and its counts.
 *
 * Several alignments can share the minimal number of edits; the one returned is fixed by this rule:
 * walking back from the ends of both texts, a match is taken first, then a substitution, then a
 * deletion, then an insertion, whichever of them keeps the path minimal. So `a b` against `c` is
 * `b`→`c` substituted and `a` deleted. The total `substitutions + deletions + insertions` is the
 * edit distance whatever the rule (other tools agree on it); on ties another tool may split it into
 * kinds differently.
 *
 * Memory: one byte per pair of words (the moves), so a 9,000-word transcript against another
 * takes about 81 MB; score long recordings per utterance or per segment.
 */
export function alignWords(
  reference: readonly string[],
  hypothesis: readonly string[],
): { alignment: AlignedWord[]; counts: AlignmentCounts } {
  const n = reference.length;
  const m = hypothesis.length;
  const width = m + 1;
  // Words as small integers: one string comparison per distinct word instead of one per cell.
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  const ref = new Int32Array(n);
  const hyp = new Int32Array(m);
  for (let i = 0; i < n; i++) ref[i] = idOf(reference[i]);
  for (let j = 0; j < m; j++) hyp[j] = idOf(hypothesis[j]);
  // Costs two rows at a time; for every cell, which moves reach it at the minimal cost.
  const moves = new Uint8Array((n + 1) * width);
  let above = new Uint32Array(width);
  let row = new Uint32Array(width);
  for (let j = 1; j <= m; j++) {
    above[j] = j;
    moves[j] = INSERT;
  }
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    moves[i * width] = DELETE;
    const r = ref[i - 1];
    for (let j = 1; j <= m; j++) {
      const same = r === hyp[j - 1];
      const diagonal = above[j - 1] + (same ? 0 : 1);
      const deletion = above[j] + 1;
      const insertion = row[j - 1] + 1;
      const best = Math.min(diagonal, deletion, insertion);
      row[j] = best;
      moves[i * width + j] =
        (diagonal === best ? (same ? MATCH : SUBSTITUTE) : 0) |
        (deletion === best ? DELETE : 0) |
        (insertion === best ? INSERT : 0);
    }
    [above, row] = [row, above];
  }
  // Back from the end, in the order the rule gives.
  const alignment: AlignedWord[] = [];
  const counts: AlignmentCounts = {
    words: n,
    hits: 0,
    substitutions: 0,
    deletions: 0,
    insertions: 0,
  };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = moves[i * width + j];
    if (move & MATCH) {
      alignment.push({
        operation: 'equal',
        reference: reference[i - 1],
        hypothesis: hypothesis[j - 1],
      });
      counts.hits++;
      i--;
      j--;
    } else if (move & SUBSTITUTE) {
      alignment.push({
        operation: 'substitute',
        reference: reference[i - 1],
        hypothesis: hypothesis[j - 1],
      });
      counts.substitutions++;
      i--;
      j--;
    } else if (move & DELETE) {
      alignment.push({ operation: 'delete', reference: reference[i - 1], hypothesis: null });
      counts.deletions++;
      i--;
    } else {
      alignment.push({ operation: 'insert', reference: null, hypothesis: hypothesis[j - 1] });
      counts.insertions++;
      j--;
    }
  }
  alignment.reverse();
  return { alignment, counts };
}
