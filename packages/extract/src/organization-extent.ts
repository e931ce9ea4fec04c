import rules from "./rules/organizations.json";
import type { Ctx } from "./persons/anchors";
import { PhraseTrie, type PhraseMatch } from "./text/phrase-trie";

/**
 * Where an organization's name reaches beyond its head word, in the cases word-by-word reading
 * gets wrong: a name whose complement with ل is complete (an object of the verb follows it), a
 * lower-case English body named by its nationality, and a command named by its theatre.
 */

/**
 * Where an Arabic name stands after a complement with ل ("الاتحاد المصري لكرة القدم", "المجلس
 * الأعلى للقوات المسلحة"): "genitive" right after an indefinite لـ noun, whose definite noun
 * completes it (كرة ← القدم), "adjectives" once the complement is complete, "none" before one.
 */
export type Complement = "none" | "genitive" | "adjectives";

// Adjectives agreeing with the complement: relative adjectives (الحربي، الذرية، الاجتماعيين) and
// feminine or elative forms (المسلحة، العليا، الكبرى). A plain noun after a complete name is the
// next part of the sentence, the object of a verb that put the body first ("استدعى الاتحاد …
// لكرة القدم اللاعبين").
const AGREEING_ADJECTIVE = /(ي|يا|يه|يين|يون|يات|ه)$/u;

/** How the word at k fits the complement read so far, or "end" when it is no part of the name. */
export function complementRole(ctx: Ctx, k: number, state: Complement): Complement | "end" {
  const t = ctx.doc.tokens[k]!;
  // A place is the name's state or city ("… لكرة القدم المصري", "… للسلام في لبنان").
  if (ctx.placeAt[k]) return state === "genitive" ? "adjectives" : state;
  if (/^لل/.test(t.key)) return "adjectives";
  if (/^ل(?!ل)/.test(t.key) && !t.key.startsWith("ال")) return "genitive";
  if (state === "genitive") return "adjectives";
  if (state === "adjectives" && !AGREEING_ADJECTIVE.test(t.key)) return "end";
  return state;
}

/** The complement state after the words of a head or listed name (which may end inside one). */
export function complementOf(ctx: Ctx, first: number, last: number): Complement {
  let state: Complement = "none";
  for (let k = first + 1; k <= last; k++) {
    const role = complementRole(ctx, k, state);
    if (role !== "end") state = role;
  }
  return state;
}

const nationalBodyTrie = new PhraseTrie<"head">(rules.nationalBodyHeads.map((h) => [h, "head"] as const), { clitics: false });

/**
 * "the Pakistani army", "Egyptian navy": a lower-case head right after a nationality names that
 * state's body; the nationality, read back as the name's first word, makes it specific.
 */
export function nationalBodyAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  if (t.arabic || t.capital || t.kind !== "word" || i === 0) return undefined;
  const nationality = ctx.placeAt[i - 1];
  if (!nationality?.viaDemonym || nationality.lastToken !== i - 1 || !tokens[i - 1]!.capital) return undefined;
  return nationalBodyTrie.matchAt(tokens, i, text);
}

/**
 * "القيادة الأمريكية في أفريقيا", "القوات الفرنسية في الساحل": a state's body named by the region
 * of several states it serves. The region is part of the name, not a place where the story
 * happens; a state or a city after في ("القوات التركية في سوريا") is where the body is, and stays
 * out. Returns the last token of the region, or -1.
 */
export function theatreAfter(ctx: Ctx, first: number, last: number): number {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.key !== "في") return -1;
  const region = ctx.placeAt[last + 2];
  if (!region || region.firstToken !== last + 2 || region.kind !== "region" || region.iso2 || region.viaDemonym) return -1;
  for (let k = first; k <= last; k++) if (ctx.placeAt[k]?.viaDemonym && ctx.placeAt[k]!.iso2) return region.lastToken;
  return -1;
}

const theatreHeadTrie = new PhraseTrie<"head">(rules.theatreHeads.map((h) => [h, "head"] as const));

/**
 * "القيادة الأمريكية في أفريقيا": a command word, which alone means "the leadership" too, opens a
 * name when a nationality and the region the command serves follow it.
 */
export function theatreCommandAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  if (!tokens[i]!.arabic) return undefined;
  const m = theatreHeadTrie.matchAt(tokens, i, text);
  if (!m) return undefined;
  const nationality = ctx.placeAt[m.last + 1];
  if (!nationality?.viaDemonym || nationality.firstToken !== m.last + 1) return undefined;
  return theatreAfter(ctx, m.first, nationality.lastToken) >= 0 ? m : undefined;
}
