import type { Token } from "../text/tokens";

// "كابل يربط X بـY": the verbs of what joins two places; not "يصل", also "arrives". English needs
// no list: a bare name after "linking" is no venue already (sentence-places.ts, attributive).
const LINKS = /^و?(يربط|تربط|يربطها|يربطه|تربطها|تربطه|الرابط)$/u;
// "يربط العاصمة ستوكهولم بمدينة ريغا": a head or two may stand before each name.
const REACH = 6;

/**
 * "احتجزت البحرية سفينة في بحر X للاشتباه في أنها أتلفت خط أنابيب يربط Y بـZ": the places a
 * cable, a pipeline or a road joins are what it joins, not where the happening took place. The
 * clause ends at punctuation.
 */
export function linkedByRoute(tokens: readonly Token[], first: number, at: number): boolean {
  for (let k = at - 1; k >= first && at - k <= REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") return false;
    if (LINKS.test(t.key)) return true;
  }
  return false;
}
