import rules from "../rules/events.json";
import personRules from "../rules/persons.json";
import { SHIP_KINDS } from "../persons/possessive-head-noun";
import { wordKey, type Token } from "../text/tokens";
import { pluperfect } from "./backstory";
import type { CueHit } from "./cues";

// Goods, not travellers: "الشحنة", "المساعدات", "اللقاحات", a relief convoy (keys, with or without the article).
const CARGO = new Set(
  ["شحنة", "الشحنة", "شحنات", "الشحنات", "المساعدات", "مساعدات", "الإمدادات", "إمدادات", "اللقاحات", "لقاحات", "الجرعات", "جرعات", "المعدات", "معدات", "الأسلحة", "الذخائر", "الحمولة", "البضائع", "الدفعة", "دفعة", "قافلة", "القافلة"].map(wordKey),
);
// "وصلت أول دفعة من …": the ordinal before the goods.
const FIRST = new Set(["أول", "ثاني", "ثالث", "آخر"].map(wordKey));
// "وصل الفريق الطبي السعودي": a team named by its work, no person (الفريق alone is also a rank).
const TEAM = new Set(["الفريق", "فريق", "الفرق", "فرق"].map(wordKey));
const TEAM_WORK = new Set(["الطبي", "طبي", "الطبية", "طبية", "الإغاثي", "إغاثي", "الإغاثية", "إغاثية", "الإسعافي", "للإغاثة"].map(wordKey));
// English puts the goods before the verb: "40,000 vaccine doses arrived at …".
const CARGO_EN = new Set(["doses", "vaccines", "nets", "supplies", "aid", "shipment", "shipments", "consignment", "cargo", "equipment", "tonnes", "tons", "medicines", "convoy", "containers", "turbines", "vehicles"]);
// "The doses had arrived": the auxiliary between the goods and the verb.
const AUX_EN = new Set(["had", "has", "have"]);
// "وكانت الشحنة … قد وصلت": the subject after the verb of being that opens the sentence.
const WAS = new Set(["كانت", "وكانت", "كان", "وكان"].map(wordKey));

/** Whether goods, a convoy or a team named by its work start at token k ("أول دفعة", "الفريق الطبي"). */
function goodsAt(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  const key = (i: number) => tokens[i]?.key ?? "";
  if (FIRST.has(key(k))) k++;
  return CARGO.has(key(k)) || (TEAM.has(key(k)) && TEAM_WORK.has(key(k + 1)));
}

/**
 * Whether the English subject before the verb at `verb` names goods: "40,000 vaccine doses arrived",
 * "The doses had arrived", and past what an apposition set off by commas says of them ("The 380,000
 * nets, funded by the Global Fund, arrived at …"); `first` is the sentence's first token.
 */
function goodsBeforeEn(tokens: readonly Pick<Token, "key">[], verb: number, first: number): boolean {
  const key = (i: number) => tokens[i]?.key ?? "";
  let k = verb - 1;
  while (k > first && AUX_EN.has(key(k))) k--;
  if (key(k) === ",") {
    let j = k - 1;
    while (j > first && key(j) !== ",") j--;
    if (key(j) === ",") k = j - 1;
  }
  return CARGO_EN.has(key(k));
}

/**
 * "وصلت الشحنة الأولى من اللقاحات إلى المطار", "وكانت المساعدات قد وصلت يوم الأحد", "وصل الفريق
 * الطبي إلى مطار X", "bed nets arrived at the wharf": goods, a convoy or a team named by its work
 * that arrived, the subject of the sentence's only verb of arriving, make a delivery, no visit: a
 * happening with no traveller, whoever the sentence before named.
 */
export function cargoArrived(tokens: readonly Pick<Token, "key">[], u: { first: number; last: number }, cues: readonly CueHit[]): boolean {
  const visits = cues.filter((c) => c.kind === "visit");
  if (!visits.length) return false;
  const opener = WAS.has(tokens[u.first]?.key ?? "") ? goodsAt(tokens, u.first + 1) : false;
  return visits.every((c) => c.first === c.last && (opener ? c.first > u.first + 1 : goodsAt(tokens, c.last + 1) || goodsBeforeEn(tokens, c.first, u.first)));
}

// A ship as the subject of its arrival (the words `رست` needs beside it, rules/events.json guardedOther.berthing).
// In English, the ship is named by its kind or the prefix of its name ("the patrol ship HMS X arrived").
const SHIPS = new Set([...rules.guardedOther.berthing.objects, ...SHIP_KINDS, "ferry", "warship", ...personRules.vesselHeads].map(wordKey));
const BERTHED = new Set(rules.guardedOther.berthing.cues.map(wordKey));
// "وصلت الفرقاطة", "ووصلت السفينة": the verbs of arriving that a ship may be the subject of, bare or after "و".
const ARRIVED = new Set(["وصلت", "وصل", "وصلتا", "ووصلت", "ووصل", "ووصلتا", "arrived"].map(wordKey));
// "arrived": an English verb, whose subject stands before it ("arrived aboard the ship X" is a traveller's).
const ARRIVED_EN = wordKey("arrived");
// "قائد الفرقاطة", "على متن السفينة": a ship named in a phrase of someone else's, not the subject.
const NOT_SUBJECT = new Set(["قائد", "قائدة", "طاقم", "متن", "بحارة", "ضباط"].map(wordKey));
// "the crew of the ship", "aboard HMS X": in English the phrase stands before the ship, past its article.
const NOT_SUBJECT_EN = new Set(["of", "aboard", "board"]);
// Words after the verb before its subject ("وصلت يوم الأحد الماضي سفينة …"); the clause ends at a comma.
const AFTER_REACH = 5;
const BEFORE_REACH = 10;
const CLAUSE_END = /^[.،,؛:!?؟]$/u;

/** A ship's berthing cue ("رست"). */
export function isBerthing(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  return c.kind === "other" && c.first === c.last && BERTHED.has(tokens[c.first]!.key);
}

function shipAt(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  const before = tokens[k - 1]?.key === "the" ? k - 2 : k - 1;
  return SHIPS.has(tokens[k]?.key ?? "") && !NOT_SUBJECT.has(tokens[k - 1]?.key ?? "") && !NOT_SUBJECT_EN.has(tokens[before]?.key ?? "");
}

/** The ship the subject of the verb at `c`, its key bare of the article: after the verb in its clause, or told first in its clause ("وكانت الفرقاطة … قد وصلت"). */
function shipSubject(tokens: readonly Pick<Token, "key">[], c: CueHit, u: { first: number; last: number }): string | null {
  if (tokens[c.first]!.key !== ARRIVED_EN) for (let k = c.last + 1; k <= Math.min(u.last, c.last + AFTER_REACH) && !CLAUSE_END.test(tokens[k]!.key); k++) if (shipAt(tokens, k)) return bare(tokens[k]!.key);
  for (let k = c.first - 1; k >= Math.max(u.first, c.first - BEFORE_REACH) && !CLAUSE_END.test(tokens[k]!.key); k--) if (shipAt(tokens, k)) return bare(tokens[k]!.key);
  return null;
}

const bare = (key: string): string => key.replace(/^ال/u, "");

/**
 * "ويشار إلى أن سفينة الدورية «X» وصلت إلى ميناء Y في الرابع من الشهر الجاري", "وكانت المدمرة قد
 * رست في ميناء Z": a ship that arrived or berthed, with no visit word beside its verb, is a happening
 * with nobody (its commander named after it took no part), no visit of its crew; one "في زيارة"
 * told as the news (not backstory: backstoryBerthing)
 * stays a visit, and so does one whose visit was told before by a sentence naming that ship
 * ("استقبل X قائد الفرقاطة Y، التي ترسو في ميناء Z في زيارة صداقة", then "وكانت الفرقاطة قد وصلت
 * إلى ميناء Z أول أمس": the arrival that began the visit).
 */
export function shipArrived(tokens: readonly Pick<Token, "key" | "text" | "start" | "end">[], u: { first: number; last: number }, cues: readonly CueHit[], found: readonly { type: string; start: number; end: number }[]): boolean {
  const arrives = (c: CueHit) => c.kind === "visit" && c.first === c.last && ARRIVED.has(tokens[c.first]!.key);
  const berthedBefore = backstoryBerthing(tokens, u, cues);
  if (!cues.every((c) => c.kind !== "visit" || arrives(c) || (berthedBefore !== null && c.first > berthedBefore))) return false;
  const verbs = cues.filter((c) => arrives(c) || isBerthing(tokens, c));
  const ships = verbs.map((c) => shipSubject(tokens, c, u));
  if (!ships.length || ships.some((x) => x === null)) return false;
  return !found.some((e) => e.type === "visit" && tokens.some((t) => t.start >= e.start && t.end <= e.end && SHIPS.has(t.key) && ships.includes(bare(t.key))));
}

/**
 * "وكانت الفرقاطة «X» قد رست أول أمس في ميناء Y في أول زيارة لقطعة بحرية …": told in the
 * pluperfect, beside the news of the crew's or the guests' days in port, a ship's berthing is its
 * coming into port, whatever visit word follows it; the visit is the one the article reports. The
 * berthing cue's last token, or null when the sentence is no such backstory.
 */
function backstoryBerthing(tokens: readonly Pick<Token, "key" | "text">[], u: { first: number; last: number }, cues: readonly CueHit[]): number | null {
  if (!pluperfect(tokens, u)) return null;
  return cues.find((c) => isBerthing(tokens, c))?.last ?? null;
}
