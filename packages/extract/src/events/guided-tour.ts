import type { Token } from "../text/tokens";
import { WHERE_WORDS } from "./where-words";

// "برفقة مدير المنفذ", "يرافقهما قائد المركز", "accompanied by the director": who went round with the visitors.
const ALONGSIDE_AR = /^و?(برفقة|رفقة|يرافق|يرافقه|يرافقها|يرافقهما|يرافقهم|ترافق|ترافقه|ترافقها|ترافقهما|ترافقهم|رافق|رافقه|رافقها|رافقهما|رافقهم|رافقته|رافقتهما|رافقتهم)$/u;
const ALONGSIDE_EN = new Set(["accompanied", "escorted", "guided"]);
// After "حيث"/"where", a host's deed done for the visitors: "قدم لهما شرحا", "اطلعهما على", "took them through".
const BRIEFED_AR = /^و?(أطلع|اطلع|أطلعت|اطلعت)(ه|ها|هما|هم)$/u;
const GAVE_AR = /^و?(قدم|قدمت|عرض|عرضت|شرح|شرحت)$/u;
const TO_THEM_AR = /^(له|لها|لهما|لهم)$/u;
// "قائده", "مديرته", "قائدها": the head of the place (or the vessel) visited, by its pronoun.
const HEAD_OF_IT_AR = /^(قائد|قايد|مدير|مديرت|رئيس|رييس|رئيست|رييست|امر)(ه|ها)$/u;
// "واستمعت من مديرته إلى شرح", "حيث استمعا من قائدها": the visitors heard its head.
const HEARD_AR = /^[وف]?(استمع|استمعت|استمعا|استمعتا|استمعوا)$/u;
const GUIDE_EN = new Set(["took", "showed", "briefed", "guided", "walked", "led"]);
const THEM_EN = new Set(["them", "him", "her", "the"]);
// The host is told within a few words of "حيث"/"where" ("where the director, X, took them through").
const HOST_REACH = 20;
// "toured the bridge with Colonel X": the person is named within a couple of words of "with",
// and "with" follows the verb of touring in its clause ("met with X" is talks, no guide).
const WITH_REACH = 3;
const TOURED_EN = new Set(["toured", "visited", "inspected"]);
const TOUR_REACH = 8;

/**
 * "تفقد الوزيران المنفذ برفقة مديره X", "زارا الورشة، حيث قدم لهما المهندس X شرحا" (or "حيث قدم
 * قائده X عرضا", "واستمعت من مديرته X إلى شرح": the place's own head), "toured the
 * border post, where its commander, X, took them through the new system", "toured the bridge with
 * Colonel X": a visit on which a host of the place went round with the visitors or guided them.
 * The host takes part in the visit, and the visitors keep their places whatever state they serve.
 * `named` tells whether a token is part of a person's name.
 */
export function guidedOnVisit(tokens: readonly Pick<Token, "key" | "arabic" | "kind" | "text">[], from: number, to: number, named: (k: number) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.arabic ? ALONGSIDE_AR.test(t.key) : ALONGSIDE_EN.has(t.key) && tokens[k + 1]?.key === "by") return true;
    if (t.key === "with" && touredBefore(tokens, k, from) && personWithin(tokens, k, to, named)) return true;
    if (t.arabic && HEARD_AR.test(t.key) && tokens[k + 1]?.key === "من" && HEAD_OF_IT_AR.test(tokens[k + 2]?.key ?? "")) return true;
    if (!WHERE_WORDS.has(t.key)) continue;
    if (hostGuidesAfter(tokens, k, to)) return true;
  }
  return false;
}

/**
 * Whether, within a few words after the "حيث"/"where" at token `where`, a host does the visitors
 * a deed of guiding ("قدم لهما شرحا", "أطلعهما على", "took them through").
 */
export function hostGuidesAfter(tokens: readonly Pick<Token, "key" | "arabic">[], where: number, to: number): boolean {
  for (let h = where + 1; h < to && h - where <= HOST_REACH; h++) {
    const w = tokens[h]!;
    // "حيث قدم قائده النقيب X عرضا": the place's own head gave the account.
    if (w.arabic ? BRIEFED_AR.test(w.key) || (GAVE_AR.test(w.key) && (TO_THEM_AR.test(tokens[h + 1]?.key ?? "") || HEAD_OF_IT_AR.test(tokens[h + 1]?.key ?? ""))) : GUIDE_EN.has(w.key) && THEM_EN.has(tokens[h + 1]?.key ?? "")) return true;
  }
  return false;
}

// "toured Camp X, headquarters of the Y Force, with the commanding officer of the Z, Commander W":
// the site may be set off by an apposition between commas, and the host named after his office.
const APPOSED_REACH = 16;
const OFFICE_REACH = 12;

function touredBefore(tokens: readonly Pick<Token, "key" | "kind" | "text">[], k: number, from: number): boolean {
  let commas = 0;
  for (let j = k - 1; j >= from && k - j <= APPOSED_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" && (t.text !== "," || ++commas > 2)) return false;
    if (TOURED_EN.has(t.key)) return commas === 0 ? k - j <= TOUR_REACH : commas === 2;
  }
  return false;
}

function personWithin(tokens: readonly Pick<Token, "key" | "kind" | "text">[], k: number, to: number, named: (k: number) => boolean): boolean {
  // "with Colonel X", or "with the commanding officer of the Z, Commander X": one comma, after an office.
  let comma = false;
  for (let j = k + 1; j < to && j - k <= (tokens[k + 1]?.key === "the" ? OFFICE_REACH : WITH_REACH); j++) {
    const t = tokens[j]!;
    if (named(j)) return true;
    if (t.key === "and" || (t.kind === "punct" && (t.text !== "," || comma))) return false;
    if (t.text === ",") comma = true;
  }
  return false;
}
