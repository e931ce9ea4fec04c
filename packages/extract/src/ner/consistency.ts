/**
 * Document consistency of the tagger's reading: a word the first reading put inside a name of one
 * type somewhere in the document ("طلعت زكريا" read as a person once) is pushed towards that type
 * where it stands again, since a news story mostly writes the same word for the same entity. The
 * push is a bonus to the word's B-X and I-X scores in a second reading of the sentences where the
 * first reading gave the word another type or none; the model's scores still decide.
 */
import type { WordRecord } from "./features";
import { TAG_COUNT, isInside, tagIndex, type EntitySpan } from "./tags";

/**
 * The bonus, in the model's score units (the committed recipe's scale): chosen on the ANERcorp
 * development part, tagger alone, strict micro F1 0.753 without it, 0.765 / 0.764 / 0.763 with
 * 20 / 30 / 40. (Following only the first word of each name: 0.758 with 5, 0.761 with 30, 0.745
 * with 100.)
 */
export const CONSISTENCY_BONUS = 30;

/** Entity type of each bare form the first reading tagged (B tag index), -1 when it gave it two types. */
export type TypedWords = Map<number, number>;

/** Notes the types of the words of the first reading's spans. */
export function noteTypes(typed: TypedWords, records: readonly WordRecord[], spans: readonly EntitySpan[]): void {
  for (const s of spans) {
    const begin = tagIndex(`B-${s.type}`);
    for (let k = s.first; k <= s.last; k++) {
      const r = records[k]!;
      if (!r.documentWord) continue;
      const before = typed.get(r.bare);
      typed.set(r.bare, before === undefined || before === begin ? begin : -1);
    }
  }
}

/** The B tag index the document pushes token `at` towards, or 0. */
export function pushedTag(typed: TypedWords, records: readonly WordRecord[], at: number): number {
  const r = records[at]!;
  if (!r.documentWord) return 0;
  const t = typed.get(r.bare);
  return t !== undefined && t > 0 ? t : 0;
}

/** Whether a sentence's first reading gave some word another type than the document's. */
export function disagrees(typed: TypedWords, records: readonly WordRecord[], first: number, tags: Uint8Array, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const t = pushedTag(typed, records, first + k);
    if (t && (tags[k] === 0 || (isInside(tags[k]!) ? tags[k]! - 1 : tags[k]!) !== t)) return true;
  }
  return false;
}

/** Adds the bonus to the B-X and I-X scores of the pushed tokens of a sentence; returns the tag index each got it for (0: none). */
export function pushScores(typed: TypedWords, records: readonly WordRecord[], first: number, n: number, em: Float32Array, into: Uint8Array): Uint8Array {
  for (let k = 0; k < n; k++) {
    const t = pushedTag(typed, records, first + k);
    into[k] = t;
    if (!t) continue;
    em[k * TAG_COUNT + t]! += CONSISTENCY_BONUS;
    em[k * TAG_COUNT + t + 1]! += CONSISTENCY_BONUS;
  }
  return into;
}
