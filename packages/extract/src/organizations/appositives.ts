import type { Ctx } from "../persons/anchor-spans";
import type { OrgMention } from "./index";

/**
 * English news names a body beside what it is, set off by commas: "Latvia's parliament, the
 * Saeima, …" (the name after the description) and "Frontex, the European Union's border agency,
 * …" (the name before it). The description is no name; the capitalized words beside it are.
 */

// Lower-case nouns that say what a body is.
const BODY_NOUNS = new Set(["parliament", "government", "agency", "legislature", "assembly", "senate", "watchdog", "regulator", "authority", "force", "police", "guard", "service", "ministry", "court", "party", "company", "firm", "group", "broadcaster", "newspaper", "daily", "coalition", "alliance", "bloc"]);

const isCapitalWord = (ctx: Ctx, k: number) => {
  const t = ctx.doc.tokens[k];
  return !!t && t.kind === "word" && !t.arabic && t.capital && !t.lineStart && t.key !== "the";
};

/** The capitalized run from k on (at most four words), or -1 when there is none. */
function capitalRunEnd(ctx: Ctx, k: number): number {
  let last = -1;
  for (let j = k; j < k + 4 && isCapitalWord(ctx, j); j++) last = j;
  return last;
}

export function findAppositiveBodies(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "en") return [];
  const out: OrgMention[] = [];
  const push = (first: number, last: number) => {
    // A place or a person's name set off by commas is no body.
    for (let k = first; k <= last; k++) if (ctx.placeAt[k]) return;
    out.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end, surface: text.slice(tokens[first]!.start, tokens[last]!.end), fixed: false, inTitle: false });
  };
  for (let i = 0; i + 3 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.capital || noun.arabic || !BODY_NOUNS.has(noun.key)) continue;
    // "…'s parliament, the Saeima,": one to four capitalized words between "the" and a comma.
    if (tokens[i + 1]?.text === "," && tokens[i + 2]?.key === "the" && tokens[i - 1]?.key === "s") {
      const last = capitalRunEnd(ctx, i + 3);
      if (last >= 0 && [",", "."].includes(tokens[last + 1]?.text ?? "")) push(i + 3, last);
    }
    // "Greenland's government, Naalakkersuisut, …": a body's own name in its own language, one
    // word with no article; a person's name there would take two.
    else if (tokens[i + 1]?.text === "," && tokens[i - 1]?.key === "s" && capitalRunEnd(ctx, i + 2) === i + 2 && tokens[i + 3]?.text === ",") push(i + 2, i + 2);
  }
  // "Frontex, the European Union's border agency,": a name, a comma, "the", and a description
  // that ends in a body noun within six words.
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== "," || tokens[i + 1]?.key !== "the") continue;
    let first = i - 1;
    while (first > 0 && first > i - 4 && isCapitalWord(ctx, first - 1)) first--;
    if (!isCapitalWord(ctx, first) || !isCapitalWord(ctx, i - 1) || (tokens[first - 1] && tokens[first - 1]!.kind === "word" && tokens[first - 1]!.capital)) continue;
    for (let k = i + 2; k < i + 8 && k < tokens.length; k++) {
      const t = tokens[k]!;
      // "Ana Ruiz, the head of the agency,": a person's office, not a body's description.
      if (t.text === "," || t.text === "." || t.key === "of") break;
      if (!t.capital && BODY_NOUNS.has(t.key) && [",", "."].includes(tokens[k + 1]?.text ?? "")) {
        push(first, i - 1);
        break;
      }
    }
  }
  return out;
}
