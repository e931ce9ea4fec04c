import type { PlaceHit } from "../places/gazetteer";
import { matchKey } from "../text/normalize";
import { firstTokenFrom, type Token } from "../text/tokens";

// "بمشاركة وفود من X وY": the states after it take part in the occasion the sentence tells.
const WITH_PARTICIPATION = new Set(["بمشاركة", "وبمشاركة"].map((w) => matchKey(w)));

/**
 * "افتتح الوزير المؤتمر … بمشاركة وزراء دفاع من كازاخستان وقيرغيزستان، إلى جانب …", "with the
 * participation of delegations from X and Y": the states the participation phrase names, up to its
 * clause's end, take part in the occasion of the sentence between `start` and `end` (text offsets),
 * whoever of them the sentence names by person.
 */
export function statesTakingPart(tokens: readonly Token[], places: readonly PlaceHit[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let k = firstTokenFrom(tokens, start); k >= 0 && k < tokens.length && tokens[k]!.end <= end; k++) {
    if (!opensParticipation(tokens, k)) continue;
    let stop = k + 1;
    while (stop < tokens.length && tokens[stop]!.end <= end && tokens[stop]!.kind !== "punct") stop++;
    const to = tokens[stop - 1]!.end;
    for (const p of places) {
      if (p.start <= tokens[k]!.start || p.end > to || !p.iso2 || !(p.kind === "country" || p.viaDemonym)) continue;
      if (!out.includes(p.iso2)) out.push(p.iso2);
    }
  }
  return out;
}

/** "بمشاركة", "with the participation of": the token opens the phrase of who took part. */
function opensParticipation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.arabic) return WITH_PARTICIPATION.has(t.key);
  return t.key === "participation" && tokens[k - 1]?.key === "the" && tokens[k - 2]?.key === "with" && tokens[k + 1]?.key === "of";
}
