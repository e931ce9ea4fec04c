import type { LocationRead } from "../places/locations";
import orgRules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { mostSpecific, type PlaceAt } from "./sentence-places";
import { isWaterBody } from "./water";

/**
 * Where a gathering a sentence tells was held ("مؤتمر … الذي عقد بقصر X في مدينة Y"): its most
 * specific venue on land. A meeting "on the sidelines" of it, told in a sentence after that names
 * no place of its own, was held there, not in the city the wire filed from.
 */
export function gatheringVenue(cues: CueHit[], here: PlaceAt[]): LocationRead | null {
  if (!cues.some((c) => c.kind === "gatheringNouns")) return null;
  return mostSpecific(here.filter((h) => !isWaterBody(h.l.name)));
}

/**
 * "الجمود الذي يعيشه المؤتمر منذ سنوات", "the conference has stalled": a gathering printed again by
 * its noun alone with the article points back at the one told before, whose venue it keeps (the
 * sentence's place is then another matter: where a speaker serves, what was discussed).
 */
export function namesGatheringAgain(tokens: readonly Token[], cues: CueHit[]): boolean {
  const named = cues.filter((c) => c.kind === "gatheringNouns");
  return named.length > 0 && named.every((c) => c.first === c.last && bareDefinite(tokens, c.first));
}

function bareDefinite(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.arabic) return /^(و|ف)?ال/u.test(t.key) && !(next && !next.lineStart && next.arabic && next.key.startsWith("ال"));
  return tokens[k - 1]?.key === "the" && !(next && !next.lineStart && next.capital);
}

// A body named by its own name opens with an indefinite head ("معهد X", "جامعة Y", "وزارة Z").
const BODY_HEAD = new Set(orgRules.heads.ar.filter((w) => !w.includes(" ") && !w.startsWith("ال")).map((w) => matchKey(w)));
const WITH = matchKey("مع");

/**
 * "وقع على هامش الافتتاح مذكرة مع معهد X للدراسات في طشقند": a town printed after the name of the
 * body signed or met with tells where that body sits, not where the signing was held; on the
 * sidelines of a gathering told with its venue, the gathering's venue stays the place.
 */
export function printedAsBodySeat(tokens: readonly Token[], here: PlaceAt[], place: LocationRead): boolean {
  const at = here.filter((h) => h.l === place);
  return at.length > 0 && at.every((h) => seatOfPartner(tokens, h.s.first));
}

function seatOfPartner(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.key !== matchKey("في")) return false;
  // The body's name may run long ("معهد أبو ريحان البيروني للدراسات الشرقية"), on one clause.
  for (let k = first - 2; k >= 1 && k >= first - 9; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.arabic) return false;
    if (BODY_HEAD.has(t.key) && tokens[k - 1]?.key === WITH) return true;
  }
  return false;
}
