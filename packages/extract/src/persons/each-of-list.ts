import { sentenceOfToken } from "../document";
import { readings, wordKey, type Token } from "../text/tokens";
import { type Ctx, type NameSpan, nameSpan } from "./anchor-spans";
import { nameAt } from "./names";

/**
 * "كل من X Y وZ W": "each of" opens a list of names, people or bodies or places; the rules for
 * bodies and places keep those out, so a name of two words or more read right after it, or after
 * و further on in the same list, is a person's even when no given name in the lists opens it.
 */
const EACH = new Set(["كل", "كلا", "كلًا", "كلاً"].map(wordKey));
const OF = wordKey("من");

/** How far (in tokens) an apposed office may run between two names of the list. */
const MAX_GAP = 14;

/** Token i opens the list: "كل من" right before it. */
export function opensList(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.key === OF && EACH.has(tokens[i - 2]?.key ?? "") && !tokens[i]!.lineStart;
}

/**
 * The name at i when it opens a "كل من" list, or goes on one after و: `listed` is where the last
 * name read in the list ended, with anything read after it (an office in apposition).
 */
export function eachOfNameAt(ctx: Ctx, i: number, listed: { end: number; sentence: number } | null): NameSpan | null {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  if (!t.arabic || t.kind !== "word") return null;
  if (opensList(tokens, i)) {
    const name = nameAt(ctx, i, false);
    return name && name.keys.length >= 2 ? name : null;
  }
  if (!listed || i - listed.end > MAX_GAP || !t.key.startsWith("و") || sentenceOfToken(ctx.doc, i)?.index !== listed.sentence) return null;
  // Only a comma or the office just read may stand between the list's last name and this one.
  for (let k = listed.end + 1; k < i; k++) if (tokens[k]!.text !== "،" && tokens[k]!.text !== ",") return null;
  const bare = readings(t.key).find((r) => r.cut === 1);
  if (!bare) return null;
  const name = nameAt(ctx, i, false);
  if (!name || name.keys.length < 2) return null;
  // "وسالم X": the و is the list's conjunction; the name starts after it.
  return nameSpan(ctx, name.first, name.last, [bare.key, ...name.keys.slice(1)], t.start + 1);
}
