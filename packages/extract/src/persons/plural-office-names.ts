import { readings, wordKey } from "../text/tokens";
import type { Ctx, NameSpan, RoleSpan } from "./anchor-spans";
import { nameAfterRole } from "./name-after-role";
import { isStopToken } from "./vocabulary";
import rules from "../rules/persons.json";

/**
 * "Interior Ministers X of Bulgaria and Y of Romania", "وزيرا الدفاع X وY", "وزيرا خارجية البلدين
 * X وY": an office in the plural (or the Arabic dual) printed right before two names joined by
 * "and" or و is each one's office, in the singular; a state after "of" right after a name is his.
 * A plural office with no names right after it ("وزراء الدفاع الايراني …") anchors no one here.
 */
export interface PluralOfficeHolder {
  name: NameSpan;
  office: RoleSpan;
  state: { iso: string; surface: string } | null;
}

const SINGULAR: Record<string, string> = Object.fromEntries(Object.entries(rules.pluralToSingular).map(([k, v]) => [wordKey(k), v]));
/** "خارجية البلدين": the two states whose offices the dual names, no part of the singular office. */
const BOTH_STATES = new Set(rules.bothStates.map(wordKey));

export function namesAfterPluralOffice(ctx: Ctx, role: RoleSpan): PluralOfficeHolder[] {
  const { tokens } = ctx.doc;
  const head = tokens[role.first]!;
  const singular = SINGULAR[head.key];
  if (!singular || !role.plural) return [];
  let first = role.first;
  let last = role.last;
  let words: string[];
  if (head.arabic) {
    // "وزيرا خارجية البلدين": the indefinite field before "the two states" takes the article.
    const field = tokens[last + 1];
    if (last === role.first && field?.arabic && !field.key.startsWith("ال") && BOTH_STATES.has(tokens[last + 2]?.key ?? "")) {
      words = [singular, `ال${field.text}`];
      last += 2;
    } else {
      words = [singular];
      for (let k = role.first + 1; k <= last; k++) if (!ctx.placeAt[k] && !BOTH_STATES.has(tokens[k]!.key)) words.push(tokens[k]!.text);
    }
  } else {
    // "Interior Ministers": the capitalized field before the head is the office's.
    while (first > 0 && first > role.first - 3 && fieldWord(ctx, first - 1) && !tokens[first]!.lineStart) first--;
    const title = head.text.replace(/s$/u, "");
    words = [...tokens.slice(first, role.first).map((t) => t.text), head.capital ? title : singular];
  }
  const office: RoleSpan = { ...role, first, last, start: tokens[first]!.start, end: tokens[last]!.end, surface: words.join(" "), plural: false };
  const one = nameAfterRole(ctx, last + 1, true);
  if (!one) return [];
  const firstState = stateAfterOf(ctx, one.last + 1);
  const joint = firstState ? firstState.last + 1 : one.last + 1;
  const other = secondName(ctx, joint);
  if (!other) return [];
  const otherState = stateAfterOf(ctx, other.last + 1);
  return [
    { name: one, office, state: firstState?.state ?? null },
    { name: other, office, state: otherState?.state ?? null },
  ];
}

/** A capitalized Latin word of an office's field ("Interior", "Foreign"), no state and no stop word. */
function fieldWord(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  return t.kind === "word" && !t.arabic && t.capital && !ctx.placeAt[k] && !isStopToken(t);
}

/** "of Bulgaria" at k: the state after "of", with its last token. */
function stateAfterOf(ctx: Ctx, k: number): { state: { iso: string; surface: string }; last: number } | null {
  const t = ctx.doc.tokens[k];
  const place = ctx.placeAt[k + 1];
  if (!t || t.arabic || t.key !== "of" || !place?.iso2 || place.viaDemonym || place.firstToken !== k + 1) return null;
  return { state: { iso: place.iso2, surface: place.surface }, last: place.lastToken };
}

/** The name after "and" at k, or printed with و at k ("وسامي الحداد"). */
function secondName(ctx: Ctx, k: number): NameSpan | null {
  const { tokens, text } = ctx.doc;
  const t = tokens[k];
  if (!t) return null;
  if (!t.arabic) return t.key === "and" ? nameAfterRole(ctx, k + 1, true) : null;
  const bare = readings(t.key).find((r) => r.cut === 1 && t.key.startsWith("و"));
  if (!bare) return null;
  const name = nameAfterRole(ctx, k, true);
  if (!name) return null;
  const start = t.start + 1;
  return { ...name, start, surface: text.slice(start, name.end), keys: [bare.key, ...name.keys.slice(1)] };
}
