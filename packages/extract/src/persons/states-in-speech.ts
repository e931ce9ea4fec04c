import type { Ctx } from "./anchor-spans";
import { speechKeys } from "./vocabulary";

/**
 * "X said the deal gave Argentina a say …", "… while lawmaker Y called …": in English a state named
 * by its name after a verb of saying in its sentence is what someone says, no one's nationality. A venue ("said
 * in Nairobi") still places the speaker; Arabic news names a speaker's state in his office instead.
 */
export function saidAbout(ctx: Ctx, k: number, sentenceFirst: number): boolean {
  const { tokens } = ctx.doc;
  // "… coordinated with the Philippine National Police, whose chief, X": a nationality still qualifies a body.
  if (tokens[k]!.arabic || ctx.placeAt[k]!.viaDemonym) return false;
  for (let j = k - 1; j >= sentenceFirst; j--) {
    const t = tokens[j]!;
    if (t.kind === "word" && !t.arabic && !t.capital && speechKeys.has(t.key)) return true;
  }
  return false;
}
