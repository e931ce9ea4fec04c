import type { PlaceHit } from "../places/gazetteer";
import { GOODS_OF_ORIGIN } from "../places/printed-state";
import { wordKey, type Token } from "../text/tokens";
import type { OtherKind } from "./other-kinds";

const GOODS = new Set(GOODS_OF_ORIGIN);
/** Words allowed between a nationality and the goods or craft it qualifies ("Iranian smuggled diesel"). */
const MAX_WORDS = 3;
// "فرار آخرين إلى العمق السوري", "هربوا باتجاه …": where those who got away fled to.
const FLED_AR = /^(و|ف)?(فرار|فر|فروا|هرب|هربوا|هروب|لاذ|لاذوا)$/u;
const TOWARDS_AR = new Set(["إلى", "نحو", "باتجاه"].map(wordKey));
// "إلى العمق السوري", "إلى الأراضي الليبية": a noun of depth or territory before the demonym.
const INTO_AR = new Set(["العمق", "عمق", "الأراضي", "أراضي"].map(wordKey));

/**
 * In a seizure told with nobody named, a state printed only as where the goods or the men came
 * from or fled to is no party to it: "seized Venezuelan fuel near X", "two men travelling from
 * Lomé", "وفرار آخرين إلى العمق السوري". The seizure is the deed of the state where it was made.
 */
export function namedAsOrigin(tokens: readonly Token[], p: PlaceHit, kinds: readonly OtherKind[] | undefined): boolean {
  if (!kinds?.includes("seizure")) return false;
  const at = tokens[p.firstToken - 1]?.key === "the" ? p.firstToken - 1 : p.firstToken;
  if (tokens[at - 1]?.key === "from") return true;
  if (p.viaDemonym && !tokens[p.firstToken]!.arabic) {
    for (let j = p.lastToken + 1; j <= p.lastToken + 1 + MAX_WORDS && tokens[j]?.kind === "word"; j++) if (GOODS.has(tokens[j]!.key)) return true;
  }
  const before = INTO_AR.has(tokens[p.firstToken - 1]?.key ?? "") ? p.firstToken - 2 : p.firstToken - 1;
  if (!TOWARDS_AR.has(tokens[before]?.key ?? "")) return false;
  for (let j = before - 1; j >= Math.max(0, before - 4); j--) if (FLED_AR.test(tokens[j]!.key)) return true;
  return false;
}
