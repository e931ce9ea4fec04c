/**
 * "دائرة الإحصاءات العامة", "دائرة المخابرات العامة", "دائرة الجمارك الأردنية": دائرة is a circle or
 * a cycle as often as a department ("دائرة العنف", "دائرة الضوء"), so it opens a body's name only
 * when the definite field after it (one or two nouns, the second with و) is closed by the adjective
 * of a public body (العامة) or a state's nationality.
 */
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, tokenReadings } from "../text/tokens";
import type { PhraseMatch } from "../text/phrase-trie";

const DEPARTMENT = matchKey("دائرة");
const PUBLIC = new Set(["العامة", "العام"].map((w) => matchKey(w)));

export function departmentHeadAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  if (t.kind !== "word" || !t.arabic) return undefined;
  const reading = tokenReadings(t).find((r) => r.key === DEPARTMENT);
  if (!reading) return undefined;
  let k = i + 1;
  const definite = (j: number, joined: boolean) => {
    const w = tokens[j];
    return !!w && w.kind === "word" && w.arabic && !w.lineStart && !ctx.placeAt[j] && (joined ? w.key.startsWith("وال") : w.key.startsWith("ال")) && w.key.length > 4;
  };
  if (!definite(k, false)) return undefined;
  if (definite(k + 1, true)) k++;
  const close = tokens[k + 1];
  if (!close || close.lineStart) return undefined;
  const place = ctx.placeAt[k + 1];
  if (!PUBLIC.has(close.key) && !(place?.viaDemonym && place.firstToken === k + 1)) return undefined;
  const start = t.start + (reading.cut ? rawOffsetAfterLetters(t.text, reading.cut) : 0);
  return { value: "head", first: i, last: i, start, end: t.end, clitic: text.slice(t.start, start), surface: text.slice(start, t.end) };
}
