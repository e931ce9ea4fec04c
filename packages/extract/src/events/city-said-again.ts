import type { LocationRead } from "../places/locations";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

const TO = new Set(["إلى", "الى", "الي", "to"].map((w) => matchKey(w)));
// The town said again by its bare noun: "وصلت الوزيرة إلى المدينة", "arrived in the city".
export const BARE_TOWN = new Set(["المدينة", "البلدة", "العاصمة"].map((w) => matchKey(w)));
const BARE_TOWN_EN = new Set(["city", "town", "capital"]);
const IN = new Set(["in", "to"]);

/**
 * "ووصلت الوزيرة إلى المدينة أمس": a visit whose destination is the bare noun of a town went to the
 * town the article named last before it (the dateline's or the lead's), when it named one.
 */
export function townSaidAgain(tokens: readonly Token[], visitCues: readonly CueHit[], locations: readonly LocationRead[]): LocationRead | null {
  for (const cue of visitCues) {
    // "ووصلت الوزيرة إلى المدينة": the subject may stand between the verb and its preposition.
    let ar = false;
    for (let k = cue.last + 1; k <= cue.last + 7 && !ar && tokens[k]?.kind !== "punct"; k++) ar = TO.has(tokens[k]?.key ?? "") && BARE_TOWN.has(tokens[k + 1]?.key ?? "");
    const en = IN.has(tokens[cue.last + 1]?.key ?? "") && bareTownEn(tokens, cue.last + 2);
    if (!ar && !en) continue;
    return cityBefore(locations, cue.first, "last");
  }
  return null;
}

/** "the city" (not "the city of X") at `k`. */
function bareTownEn(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.key === "the" && BARE_TOWN_EN.has(tokens[k + 1]?.key ?? "") && tokens[k + 2]?.key !== "of";
}

/** The city the article names first, or last, before token `at`. */
function cityBefore(locations: readonly LocationRead[], at: number, which: "first" | "last"): LocationRead | null {
  let best: { l: LocationRead; at: number } | null = null;
  for (const l of locations) {
    if (l.kind !== "city") continue;
    for (const s of l.spans) if (s.last < at && (!best || (which === "last" ? s.first > best.at : s.first < best.at))) best = { l, at: s.first };
  }
  return best?.l ?? null;
}

// "في المدينة", "in the city": a talk or a signing held in the town of the story, by its bare noun.
const IN_AR = new Set(["في"].map((w) => matchKey(w)));
const REACH = 16;

/**
 * "co-chaired a meeting of the working group in the city, where they agreed …", "عقدا اجتماعا في
 * المدينة": an event whose sentence names no place but the bare noun of a town after "in" was
 * held in the town the story is in, the first the article names (its headline's or dateline's);
 * towns named later in passing (where exhibitors came from) are not "the city".
 */
export function heldInTownOfStory(tokens: readonly Token[], cues: readonly CueHit[], locations: readonly LocationRead[]): LocationRead | null {
  const first = cues.find((c) => c.kind !== "sidelines")?.first;
  if (first === undefined) return null;
  for (let k = first; k <= first + REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && /^[.؛!?]$/u.test(t.text)) break;
    const ar = IN_AR.has(t.key) && BARE_TOWN.has(tokens[k + 1]?.key ?? "");
    const en = t.key === "in" && bareTownEn(tokens, k + 1);
    if (!ar && !en) continue;
    return cityBefore(locations, k, "first");
  }
  return null;
}
