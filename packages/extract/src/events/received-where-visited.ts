import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { WHERE_WORDS } from "./where-words";


/**
 * "زار الوفد مقر الوزارة، حيث استقبله المدير العام", "toured the academy, where he was received
 * by its commander": the host who receives the visitors where they went is part of their visit,
 * not a reception of its own — also after the article has told another occasion.
 */
export function receivedWhereVisited(tokens: readonly Pick<Token, "key">[], cues: readonly CueHit[]): boolean {
  return cues.some(
    (w) =>
      w.kind === "welcome" &&
      [w.first - 1, w.first - 2, w.first - 3].some((k) => k >= 0 && WHERE_WORDS.has(tokens[k]!.key)) &&
      cues.some((v) => v.kind === "visit" && v.last < w.first),
  );
}
