/**
 * The BIO tag set of the tagger. MISC is learnt (ANERcorp marks it, and learning it keeps those
 * words out of the other types) but never emitted as an entity of the extraction.
 */
export const ENTITY_TYPES = ["PERS", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAGS = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag; unknown tags (another corpus' extra types) read as O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? 0;
}

/** Entity type of a tag index, or null for O. */
export function typeOf(tag: number): EntityType | null {
  return tag === 0 ? null : ENTITY_TYPES[(tag - 1) >> 1]!;
}

export const isInside = (tag: number): boolean => tag > 0 && (tag - 1) % 2 === 1;

/** I-X may only follow B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== 0 && typeOf(prev) === typeOf(next);
}

export interface EntitySpan {
  type: EntityType;
  /** First and last token (inclusive). */
  first: number;
  last: number;
}

/** Entity spans of a tag sequence (CoNLL reading: a stray I-X opens an entity). */
export function spansOf(tags: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  tags.forEach((tag, i) => {
    const dash = tag.indexOf("-");
    const bio = dash < 0 ? tag : tag.slice(0, dash);
    const type = (dash < 0 ? "" : tag.slice(dash + 1)) as EntityType;
    if (bio === "I" && open && open.type === type && open.last === i - 1) {
      open.last = i;
      return;
    }
    open = bio === "B" || bio === "I" ? { type, first: i, last: i } : null;
    if (open) out.push(open);
  });
  return out;
}

/** BIO tags of `length` tokens holding the given spans. */
export function tagsOf(spans: readonly EntitySpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const s of spans)
    for (let k = s.first; k <= s.last; k++) tags[k] = `${k === s.first ? "B" : "I"}-${s.type}`;
  return tags;
}
