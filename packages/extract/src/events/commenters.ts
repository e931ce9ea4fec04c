import type { PersonRead } from "../persons";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { COMMENT_AR, COMMENT_EN, saidAfter } from "./spoken-words";
import type { Unit } from "./units";

// Arabic names the speaker right after the verb ("أوضح ولد سيدي أن"), English just before it ("Mr X said").
const REACH = 3;
// A noun with the article: a happening named again ("التمرين", "the exercise").
const TOLD = /^(و|ف|ب|ل|وب|ول)?(ال)/u;

/**
 * "وأوضح المعمري أن التعاون أثمر يوم السبت عن إنقاذ طاقم …", "General X said Togo had deployed
 * troops": who comments on a happening he tells of took no part in it. The persons named as the
 * subject of a verb of saying that comes before every 'other' cue of the sentence, one at least
 * new to the story. Not of a vote: a speaker who announces its count presided over it.
 */
export function commentersOnHappening(tokens: readonly Token[], persons: readonly PersonRead[], u: Unit, cues: readonly CueHit[]): Set<number> {
  const out = new Set<number>();
  const acts = cues.filter((c) => c.kind === "other");
  // "قال X إن التمرين أثبت …": a happening told again by its noun is the one told before, and who
  // speaks of it there may have led it.
  if (!acts.some((c) => !TOLD.test(tokens[c.first]!.text) && tokens[c.first - 1]?.key !== "the")) return out;
  const firstAct = Math.min(...acts.map((c) => c.first));
  for (let k = u.first; k < u.last && k < firstAct; k++) {
    const t = tokens[k]!;
    if (t.arabic ? !COMMENT_AR.test(t.key) : !COMMENT_EN.has(t.key)) continue;
    // "وقال X في كلمة خلال حفل الختام إن …": a happening before the words said is where he spoke.
    const said = t.arabic ? saidAfter(tokens, k, u.last) : k + 1;
    if (said < 0 || acts.some((c) => c.first < said)) continue;
    persons.forEach((p, i) => {
      for (const s of p.tokenSpans) {
        if (s.first < u.first || s.last >= u.last) continue;
        if (t.arabic ? s.first > k && s.first - k <= REACH : s.last < k && k - s.last <= REACH) out.add(i);
      }
    });
  }
  return out;
}
