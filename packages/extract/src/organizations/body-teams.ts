import type { Ctx } from "../persons/anchor-spans";
import type { PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { tokenReadings, type Token } from "../text/tokens";

const TEAM = matchKey("فريق");
/** What a body's team is made of or for: experts, work, an inquiry. */
const taskKeys = new Set(["خبراء", "عمل", "تحقيق"].map((w) => matchKey(w)));

/**
 * "فريق خبراء الأمم المتحدة المعني بـX": a team of experts (of work, of inquiry) in construct with
 * a listed body is a body of its own, named with the body; `listedAt` tells a listed name at a token.
 */
export function bodyTeamHeadAt(ctx: Ctx, i: number, listedAt: (k: number) => boolean): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  const task = tokens[i + 1];
  if (!t.arabic || t.kind !== "word" || !task || task.lineStart || !taskKeys.has(task.key) || !listedAt(i + 2)) return undefined;
  const reading = tokenReadings(t).find((r) => r.key === TEAM);
  if (!reading) return undefined;
  const start = t.start + reading.cut;
  return { value: "head", first: i, last: i + 1, start, end: task.end, clitic: t.text.slice(0, reading.cut), surface: text.slice(start, task.end) };
}

/** A team named with its body goes on with what it is for, as a body's mission does. */
export const isBodyTeamHead = (t: Token): boolean => tokenReadings(t).some((r) => r.key === TEAM);
