import type { PlaceHit } from "../places/gazetteer";
import { wordKey, type Token } from "../text/tokens";
import { onlyOfFamily, type OtherKind } from "./other-kinds";

// "صادق البرلمان على اتفاقية مع X", "ratified the accord with X": the state the accord is with.
const WITH = new Set(["مع", "with"].map(wordKey));

/**
 * In a vote told with nobody named, a state printed only as the partner of the accord voted on
 * ("صادقت الجمعية الوطنية على اتفاقية التعاون مع X") took no part in it: a body of one state votes.
 */
export function partnerOfVotedAccord(tokens: readonly Token[], p: PlaceHit, kinds: readonly OtherKind[] | undefined): boolean {
  if (!onlyOfFamily(kinds as OtherKind[] | undefined, "vote")) return false;
  const at = tokens[p.firstToken - 1]?.key === "the" ? p.firstToken - 1 : p.firstToken;
  return WITH.has(tokens[at - 1]?.key ?? "");
}
