import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

// "عقدت اللجنة جلسة", "وكانت اللجنة قد عقدت الأربعاء جلسة": a verb of holding in the past (the
// future "ستعقد", "أن تعقد" is a plan and stays out) ...
const HELD_AR = new Set(["عقد", "عقدت", "عقدا", "عقدتا", "عقدوا", "وعقد", "وعقدت", "وعقدا", "وعقدوا"].map(wordKey));
// ... and a session of a body: a committee's or a council's sitting, a hearing.
const SESSION_AR = new Set(["جلسة", "جلسته", "جلستها", "جلسات"].map(wordKey));
// "جلسة مباحثات" is a meeting cue of its own (rules/events.json).
const TALKS_AR = new Set(["مباحثات"].map(wordKey));
// The subject of the verb may stand between it and the session ("عقدت لجنة الدفاع النيابية جلسة").
const REACH_AR = 5;

const HELD_EN = new Set(["held", "convened"]);
const SESSION_EN = new Set(["session", "sessions", "hearing", "hearings", "sitting"]);
// "held a closed-door session", "held a public hearing on": a few words of its kind before the noun.
const REACH_EN = 6;

/**
 * A committee, a council or a parliament "held a session" (عقدت جلسة، عقدت جلسة استماع, held a
 * hearing): the sitting is a meeting of the body, though no word of meeting is printed. The verb
 * must be in the past and the session come within a few words after it (its subject, a day, an
 * adjective may stand between), with no punctuation; the cue runs from the verb to the session.
 */
export function heldSessionCues(tokens: readonly Token[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const arabic = HELD_AR.has(t.key);
    if (!arabic && !HELD_EN.has(t.key)) continue;
    const reach = arabic ? REACH_AR : REACH_EN;
    for (let k = i + 1; k < to && k - i <= reach; k++) {
      const w = tokens[k]!;
      // "a closed-door session": a hyphen joins the words of an English adjective.
      if ((w.kind === "punct" && (arabic || w.text !== "-")) || w.lineStart) break;
      if (arabic ? SESSION_AR.has(w.key) : SESSION_EN.has(w.key)) {
        if (arabic && TALKS_AR.has(tokens[k + 1]?.key ?? "")) break;
        out.push({ kind: "meeting", first: i, last: k });
        i = k;
        break;
      }
    }
  }
  return out;
}

// "انطلقت أمس أشغال الدورة الحادية عشرة للجنة …", "اختتمت أشغال الاجتماع": the proceedings (أشغال,
// the Maghrebi word) of a body's session or meeting opened or closed. Not "الأشغال الشاقة", nor a
// tournament's round ("انطلقت الدورة"): the verb, أشغال and the session noun stand together.
const OPENED_AR = new Set(["انطلقت", "وانطلقت", "افتتحت", "وافتتحت", "اختتمت", "واختتمت", "انطلاق", "افتتاح", "اختتام"].map(wordKey));
const PROCEEDINGS_AR = wordKey("أشغال");
const SITTING_AR = new Set(["الدورة", "دورة", "الاجتماع", "اجتماع", "اللجنة", "لجنة", "الجلسة", "جلسة", "المجلس", "مجلس"].map(wordKey));
// A day may stand between the verb and the proceedings ("انطلقت أمس الأربعاء بمقر الولاية أشغال").
const PROCEEDINGS_REACH = 6;

/** "انطلقت أشغال الدورة …": the proceedings of a session opened or closed, a meeting cue from the verb to the session noun. */
export function proceedingsCues(tokens: readonly Token[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i < to; i++) {
    if (!OPENED_AR.has(tokens[i]!.key)) continue;
    for (let k = i + 1; k + 1 < to && k - i <= PROCEEDINGS_REACH; k++) {
      if (tokens[k]!.key !== PROCEEDINGS_AR) continue;
      if (SITTING_AR.has(tokens[k + 1]!.key)) out.push({ kind: "meeting", first: i, last: k + 1 });
      break;
    }
  }
  return out;
}

/** Whether the cue is a sitting told by "held a session" (see heldSessionCues). */
export function isHeldSession(tokens: readonly Token[], c: CueHit): boolean {
  const verb = tokens[c.first]?.key ?? "";
  const noun = tokens[c.last]?.key ?? "";
  return (HELD_AR.has(verb) && SESSION_AR.has(noun)) || (HELD_EN.has(verb) && SESSION_EN.has(noun));
}
