import type { Ctx } from "./anchor-spans";
import { printedAgain } from "./name-printed-again";
import { hasTanween, isStopToken } from "./vocabulary";
import { isGivenNameKey, possessive, verbLike } from "./word-shapes";

/**
 * "الوزيرة حليمة عبدي ورسمي، …" then "وقالت ورسمي": a third name word in و that closes the name
 * and that the article prints again, و and all, as the subject of a verb of saying or doing is a
 * family name spelt with و (Somali and other East African names), not "and" before a new word.
 * "and" with a word of its own would be printed bare there (وقالت رسمي is no Arabic).
 */
export function familyInWaSaidAgain(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  const bare = t.key.slice(1);
  if ([...bare].length < 3 || bare.startsWith("ال") || isGivenNameKey(bare) || isStopToken({ ...t, key: bare })) return false;
  if (possessive(t) || hasTanween(t) || verbLike({ ...t, key: bare })) return false;
  const next = tokens[j + 1];
  const closes = !next || next.lineStart || (next.kind !== "word" && /^[،,.:؛]$/.test(next.text));
  return closes && printedAgain(ctx, j);
}
