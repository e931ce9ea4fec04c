import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { nameWord, place } from "./english-unlisted-places";

/*
 * "Rakhine State", "Unity State", "Kano State": English names a federal state (Myanmar, Nigeria,
 * Sudan, South Sudan, Malaysia …) by its name and a capitalized "State". The head is part of the
 * name (a state named after its capital is another place than the town). "State" before another
 * capitalized word names a body ("Ohio State University", "State Department"), and a few words
 * before it name no place at all ("Islamic State", "Member State").
 */

/** Words before "State" that make no federal state's name. */
const NOT_PLACE_NAMES = new Set(["islamic", "member", "gulf", "arab", "nation", "welfare", "police", "sovereign", "independent", "secular", "failed", "rogue", "deep", "caliphate", "union", "head", "city", "federal", "national", "sister", "party", "client", "buffer"]);

export function findEnglishStateNames(ctx: Ctx): HeadedPlace[] {
  const { tokens } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.arabic || t.kind !== "word" || t.key !== "state" || !t.capital || t.lineStart) continue;
    const next = tokens[i + 1];
    if (next && !next.lineStart && next.kind === "word" && next.capital) continue;
    if (NOT_PLACE_NAMES.has(tokens[i - 1]!.key)) continue;
    // A state, region or town of the gazetteer before the head: the federal state named after it.
    const p = ctx.placeAt[i - 1];
    if (p) {
      if (p.viaDemonym || p.kind === "country" || p.lastToken !== i - 1 || tokens[p.firstToken]!.lineStart) continue;
      const h = place(ctx, p.firstToken, i, "region");
      out.push({ ...h, ownsPlace: true, listedState: p.iso2 ?? undefined });
      continue;
    }
    // One or two capitalized words no list holds, which open the name.
    if (!nameWord(ctx, i - 1)) continue;
    let first = i - 1;
    if (nameWord(ctx, first - 1) && !NOT_PLACE_NAMES.has(tokens[first - 1]!.key)) first--;
    const before = tokens[first - 1];
    if (!before || (before.kind === "word" && before.capital && !before.lineStart)) continue;
    if (tokens[first]!.lineStart) continue;
    out.push(place(ctx, first, i, "region"));
  }
  return out;
}
