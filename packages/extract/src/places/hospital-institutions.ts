import type { Ctx } from "../persons/anchor-spans";
import { heldAtHospital } from "../organizations/hospitals";
import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";
import type { SiteMention } from "./locations";
import { townOfRoom } from "./site-name-ends";

/*
 * "المؤسسة العمومية الاستشفائية بجانت", "المؤسسة الاستشفائية المتخصصة بوهران", "المؤسسة العمومية
 * للصحة الجوارية بتيميمون": the Maghreb names a public hospital or clinic by its legal form and the
 * town it stands in, which is its only name: with the town after ب (or في) it is a site, without
 * it none (the form alone names no one place).
 */

const formTrie = new PhraseTrie<true>(
  [
    "المؤسسة العمومية الاستشفائية",
    "المؤسسة الاستشفائية",
    "المؤسسة الاستشفائية المتخصصة",
    "المؤسسة العمومية الاستشفائية المتخصصة",
    "المؤسسة العمومية للصحة الجوارية",
  ].map((p) => [p, true] as const),
);

/*
 * "المستشفى الجامعي بباراكو", "المستشفى التخصصي في X": a definite hospital noun with the words of
 * its kind only is named by the town it stands in, as the legal form is: with the town, where
 * something was held or visited, it is a site, without it none (one with a name of its own,
 * "المستشفى الجامعي X", is a body: hospitals.ts). The town stays a place of the story too.
 */
const DEFINITE_HEAD = new Set(rules.hospitalHeads.filter((w) => w.startsWith("ال")).map((w) => matchKey(w)));
const KINDS = new Set(rules.hospitalKinds.map((w) => matchKey(w)));
// "المستشفى العسكري بX": a military hospital is a unit of the armed forces that run it, a body of
// the story rather than a place named by its town.
const MILITARY = matchKey("العسكري");

/**
 * How many letters of و/ف then ب stand before the article ("وبالمستشفى" → 2), 0 if the word opens
 * with no article after them: what `/^(و|ف)?(ب)?(?=ال)/` matches, read by its letters since it is
 * asked at every token.
 */
function cliticsBeforeArticle(key: string): number {
  let c = 0;
  if (key[c] === "و" || key[c] === "ف") c++;
  if (key[c] === "ب") c++;
  return key.startsWith("ال", c) ? c : 0;
}

/** The definite hospital noun at `i` with its kind words after it ("بالمستشفى الجامعي": after the clitics), or null. */
function definiteHospitalOfKind(ctx: Ctx, i: number): { start: number; last: number } | null {
  const t = ctx.doc.tokens[i]!;
  const clitics = cliticsBeforeArticle(t.key);
  if (!DEFINITE_HEAD.has(t.key.slice(clitics))) return null;
  let k = i + 1;
  while (ctx.doc.tokens[k] && !ctx.doc.tokens[k]!.lineStart && KINDS.has(ctx.doc.tokens[k]!.key) && ctx.doc.tokens[k]!.key !== MILITARY) k++;
  // "نقل الجرحى إلى المستشفى الجامعي بX": a hospital the wounded were taken to is the body that
  // treats them; where something was held or visited, it is a site.
  if (k === i + 1 || !heldAtHospital(ctx.doc.tokens, i, t.key.slice(0, clitics))) return null;
  return { start: t.start + clitics, last: k - 1 };
}

export function findHospitalInstitutions(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = formTrie.matchAt(tokens, i, text);
    const m = form ?? definiteHospitalOfKind(ctx, i);
    if (!m) continue;
    const last = townOfRoom(ctx, m.last, true);
    if (last === m.last) continue;
    const end = tokens[last]!.end;
    out.push({ first: i, last, start: m.start, end, surface: text.slice(m.start, end), placeOnly: !!form });
    i = last;
  }
  return out;
}
