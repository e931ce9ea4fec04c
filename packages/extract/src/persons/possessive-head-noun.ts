import type { Ctx, RoleSpan } from "./anchor-spans";

/**
 * "the university's head", "the hospital's resident medical officer", "the battalion's commanding
 * officer": an English office after "the <noun>'s" is held in the body the article named before
 * with that noun as its head ("the National Defence University", "the Cox's Bazar Sadar Hospital",
 * "the BGB's Teknaf battalion"), and reads "head of the National Defence University".
 */

/** How far back (in tokens) the named body may be: a few paragraphs (a name ending in its head noun is rarely another body). */
const BODY_WITHIN = 300;

// A company is named by its legal form ("X Copper Processing Limited"), not by the word "company".
const HEADS_NAMED_BY: Record<string, string[]> = {
  company: ["company", "limited", "ltd", "inc", "plc", "corporation"],
  firm: ["limited", "ltd", "inc", "plc", "corporation"],
};

// "the Ethiopian firm Abay Marine Engineering": a company described by its kind before its name.
const DESCRIBED_BY: Record<string, string[]> = {
  company: ["company", "firm"],
  firm: ["company", "firm"],
};

/** Most capitalized words a described company's name runs to after its kind. */
const DESCRIBED_NAME_WORDS = 5;

const FUNCTION_WORDS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their"]);

/** Token index of "'" "s" before the office, the noun before it, and "the" before that; else null. */
function possessiveNounBefore(ctx: Ctx, first: number): number | null {
  const { tokens } = ctx.doc;
  const s = tokens[first - 1];
  const apostrophe = tokens[first - 2];
  const noun = tokens[first - 3];
  const the = tokens[first - 4];
  if (!s || !apostrophe || !noun || !the) return null;
  if (s.key !== "s" || !/^['’]$/u.test(apostrophe.text) || s.spaceBefore || apostrophe.spaceBefore) return null;
  if (noun.arabic || noun.capital || noun.kind !== "word" || the.key !== "the") return null;
  return first - 3;
}

/** The capitalized name ending at token `head` ("Cox's Bazar Sadar Hospital", "BGB's Teknaf battalion"). */
function nameEndingAt(ctx: Ctx, head: number): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  let first = head;
  let capitals = 0;
  for (let k = head - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === "word" && t.capital && !t.arabic && !FUNCTION_WORDS.has(t.key)) {
      first = k;
      capitals++;
      continue;
    }
    // "Cox's", "BGB's": a possessive inside the name.
    if (t.key === "s" && !t.spaceBefore && /^['’]$/u.test(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.capital) {
      k--;
      continue;
    }
    break;
  }
  if (tokens[first]!.lineStart && capitals <= 1) return null;
  return capitals >= 1 ? { first, last: head } : null;
}

/** The capitalized name right after a lower-case kind at `kind` ("firm Abay Marine Engineering"). */
function nameAfterKind(ctx: Ctx, kind: number): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  const k = tokens[kind]!;
  if (k.capital || k.arabic) return null;
  let last = kind;
  while (last - kind < DESCRIBED_NAME_WORDS) {
    const t = tokens[last + 1];
    if (!t || t.kind !== "word" || t.arabic || !t.capital || t.lineStart || FUNCTION_WORDS.has(t.key)) break;
    last++;
  }
  return last > kind ? { first: kind + 1, last } : null;
}

/** "head" after "the university's" → "head of the National Defence University", when named before. */
export function ofHeadNounBody(ctx: Ctx, role: RoleSpan): RoleSpan {
  const noun = possessiveNounBefore(ctx, role.first);
  if (noun === null || /\b(of|for|at)\b/u.test(role.surface)) return role;
  const { tokens, text } = ctx.doc;
  const nounKey = tokens[noun]!.key;
  const heads = new Set(HEADS_NAMED_BY[nounKey] ?? [nounKey]);
  const kinds = new Set(DESCRIBED_BY[nounKey] ?? []);
  for (let k = noun - 2; k >= 0 && noun - k <= BODY_WITHIN; k--) {
    const key = tokens[k]!.key;
    const name = (heads.has(key) ? nameEndingAt(ctx, k) : null) ?? (kinds.has(key) ? nameAfterKind(ctx, k) : null);
    if (!name) continue;
    const the = tokens[name.first - 1]?.key === "the" ? "the " : "";
    const body = text.slice(tokens[name.first]!.start, tokens[name.last]!.end);
    return { ...role, surface: `${text.slice(role.start, role.end)} of ${the}${body}` };
  }
  return role;
}
