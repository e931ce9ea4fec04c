import type { PlaceHit } from "./gazetteer";
import type { PersonRead } from "../persons";
import type { Token } from "../text/tokens";
import type { StoryShape } from "./story-shape";

const WHOLE_STORY: StoryShape = { leadEnd: Infinity, closingStart: Infinity };

/**
 * The states an article is about, not every state it mentions: the states of the people named in
 * the headline or the lead (the first two paragraphs),
 * states named in the headline, states the events take place in or involve, and states named
 * (or referred to by demonym) at least twice, once at least in the lead (`story`). A state named
 * only further down and in the closing paragraph's background (`Russia and Iran also border the
 * Caspian`, `she served in Afghanistan and Bosnia`) is named in passing.
 */
export function aboutCountries(
  places: PlaceHit[],
  persons: PersonRead[],
  titleEnd: number,
  eventCountries: string[],
  story: StoryShape = WHOLE_STORY,
): string[] {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const bump = (iso: string | null | undefined, n: number, at: number) => {
    if (!iso) return;
    score.set(iso, (score.get(iso) ?? 0) + n);
    if (!firstSeen.has(iso) || at < firstSeen.get(iso)!) firstSeen.set(iso, at);
  };
  const mentions = new Map<string, number>();
  for (const p of places) {
    if (!p.iso2) continue;
    if (p.start < titleEnd) bump(p.iso2, 2, p.start);
    if (p.start < story.closingStart) mentions.set(p.iso2, (mentions.get(p.iso2) ?? 0) + 1);
  }
  for (const [iso, n] of mentions) {
    const first = places.find((p) => p.iso2 === iso)!.start;
    if (n >= 2 && first < story.leadEnd) bump(iso, n, first);
  }
  for (const p of persons) {
    const at = p.mentions[0]?.start ?? 1e9;
    // Someone first named below the lead (a foreign spokesman reacting, an envoy in the
    // backstory, a player of another nationality) is named in passing: his state counts only if
    // he takes part in an event of the story or the state is named there (`eventCountries`, places).
    if (at >= story.leadEnd && at >= titleEnd) continue;
    bump(p.country, 2, at);
  }
  for (const iso of eventCountries) bump(iso, 2, places.find((p) => p.iso2 === iso)?.start ?? 1e9);
  return [...score.entries()]
    .filter(([, s]) => s >= 2)
    .sort((a, b) => (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0))
    .map(([iso]) => iso);
}

const VISIT_WORDS = /^(و|ف|ب|ل)?(ال)?(زياره|زيارته|زيارتها|زيارتهم|جوله|جولته|يزور|زار|زارت|وصل|وصلت|يصل|وصول|visit|visits|visited|visiting|arrived|arrives|trip|tour)$/u;
const TO_WORDS = new Set(["الي", "الى", "to", "in", "لـ", "ل"]);

/**
 * The state a visit reported in the article goes to ("زيارة رسمية إلى جمهورية مصر العربية",
 * "visit to Kuwait"): the host, whose unnamed officials and buildings the article speaks of.
 */
export function visitDestination(tokens: readonly Token[], placeAt: (PlaceHit | undefined)[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!VISIT_WORDS.test(tokens[i]!.key)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text !== "-") break;
      const p = placeAt[k];
      if (p && !p.viaDemonym && p.iso2 && (TO_WORDS.has(tokens[k - 1]!.key) || /^ل[^ل]/.test(t.key) || /^لل/.test(t.key))) return p.iso2;
    }
  }
  return null;
}

/**
 * The state the article is written from or mostly about: the country of the dateline place when
 * there is one (a place from `datelineStart` to `datelineEnd`), else the state named most often
 * (names and demonyms), earliest first on a tie.
 */
export function homeCountry(places: PlaceHit[], datelineEnd: number, destination: string | null = null, datelineStart = 0): string | null {
  // The dateline opens the body: a state in the headline above it ("… deal with Turkey") is no
  // part of it.
  const dateline = places.find((p) => p.start >= datelineStart && p.start < datelineEnd && p.iso2 && !p.viaDemonym);
  if (dateline) return dateline.iso2;
  if (destination) return destination;
  const counts = new Map<string, { n: number; first: number }>();
  for (const p of places) {
    if (!p.iso2) continue;
    const e = counts.get(p.iso2) ?? { n: 0, first: p.start };
    e.n++;
    counts.set(p.iso2, e);
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0]?.[0] ?? null;
}
