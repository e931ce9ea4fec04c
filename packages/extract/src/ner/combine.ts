/**
 * How the rules' entities and the tagger's spans are put together, token by token:
 * a tagger span at or above the confidence threshold stands when no rule entity overlaps it;
 * where they overlap, the mode decides — "rules" keeps the rule entity (it is anchored on a rank,
 * a role or the gazetteer), "tagger" keeps the tagger's boundaries and type.
 */
import type { EntitySpan, EntityType } from "./tags";
import type { TaggedSpan } from "./tagger";

export type Precedence = "rules" | "tagger";

export interface CombineOptions {
  precedence: Precedence;
  /** Minimum confidence of a tagger span that no rule entity supports. */
  minConfidence: number;
  /** Types of rule entities kept where the tagger found nothing. */
  ruleTypes: readonly EntityType[];
}

/**
 * Measured on the ANERcorp development part (pnpm eval:ner): every mix of rule entities lowered
 * strict micro F1 there (rule places: recall up, precision down more; rule persons: the same), so
 * CoNLL tagging keeps the tagger's spans alone. In articles, extractArticle combines by entity
 * (src/ner/extend.ts), where the rules' ranks, roles and coreference matter.
 */
export const DEFAULT_COMBINE: CombineOptions = { precedence: "tagger", minConfidence: -Infinity, ruleTypes: [] };

const overlaps = (a: EntitySpan, b: EntitySpan) => a.first <= b.last && b.first <= a.last;

export function combineSpans(
  allRules: readonly EntitySpan[],
  tagged: readonly TaggedSpan[],
  options: CombineOptions = DEFAULT_COMBINE,
): EntitySpan[] {
  const kept = tagged.filter((t) => t.type !== "MISC");
  const rules = allRules.filter((r) => options.ruleTypes.includes(r.type));
  const first = options.precedence === "rules" ? rules : kept;
  const out: EntitySpan[] = [...first];
  if (options.precedence === "rules") {
    for (const t of kept)
      if (t.confidence >= options.minConfidence && !rules.some((r) => overlaps(r, t))) out.push(t);
  } else {
    for (const r of rules) if (!kept.some((t) => overlaps(r, t))) out.push(r);
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i] as TaggedSpan;
      if (
        s.confidence !== undefined &&
        s.confidence < options.minConfidence &&
        !rules.some((r) => overlaps(r, s))
      )
        out.splice(i, 1);
    }
  }
  return out.map(({ type, first: f, last }) => ({ type, first: f, last })).sort((a, b) => a.first - b.first);
}
