import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { hostGuidesAfter } from "./guided-tour";
import { WHERE_WORDS } from "./where-words";

// Verbs of going somewhere, in the past ("وتحول الوفد إلى", "انتقل الوزيران إلى", "moved on to", "drove to"):
// no visit by themselves ("انتقلت العدوى إلى"), a visit when a host receives them where they went.
const GOING_AR = /^و?(انتقل|تحول|توجه|تنقل)(ت|ا|تا|وا)?$/u;
const GOING_EN = new Set(["moved", "proceeded", "headed", "travelled", "traveled", "went", "drove", "sailed"]);
const TO = new Set(["إلى", "to"].map(wordKey));
// "حيث استقبله", "حيث كان في استقبالهما", "where he was received by", "where they were welcomed".
const RECEIVED_AR = /^و?(استقبل|يستقبل|استقبال)/u;
const RECEIVED_EN = new Set(["received", "welcomed", "greeted", "hosted"]);
// The destination follows the verb after its subject and a time ("وتحول الوفد الجزائري صباح اليوم الخميس إلى").
const TO_REACH = 8;
// The host is told within a few words of "حيث" ("حيث كان في استقبالهما", "where he was received").
const HOST_REACH = 4;

/**
 * "وتحول الوفد الجزائري إلى معبر ملولة، حيث استقبله رئيس المنطقة …", "the ministers moved on to the
 * port, where they were received by its director": going to a place where a host receives the
 * travellers is a visit there, though no word of visiting is printed; so is going where a host
 * guides them ("توجه الوزيران إلى الميناء، حيث قدم لهما مديره شرحا", "where its director took them
 * through"). The cue is the verb of going.
 */
export function wentWhereReceivedCues(tokens: readonly Token[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const arabic = t.arabic;
    if (arabic ? !GOING_AR.test(t.key) : !GOING_EN.has(t.key)) continue;
    let dest = -1;
    for (let k = i + 1; k < to && k - i <= TO_REACH; k++) {
      if (tokens[k]!.kind === "punct") break;
      if (TO.has(tokens[k]!.key)) {
        dest = k;
        break;
      }
    }
    if (dest < 0) continue;
    if (receivedAfterWhere(tokens, dest + 1, to, arabic)) out.push({ kind: "visit", first: i, last: i });
  }
  return out;
}

/** Whether a "حيث"/"where" between from and to is followed within a few words by a verb of receiving or a host's guiding. */
function receivedAfterWhere(tokens: readonly Token[], from: number, to: number, arabic: boolean): boolean {
  for (let w = from; w < to; w++) {
    if (!WHERE_WORDS.has(tokens[w]!.key)) continue;
    if (hostGuidesAfter(tokens, w, to)) return true;
    for (let h = w + 1; h < to && h <= w + HOST_REACH; h++) {
      const key = tokens[h]!.key;
      if (arabic ? RECEIVED_AR.test(key) : RECEIVED_EN.has(key)) return true;
    }
  }
  return false;
}
