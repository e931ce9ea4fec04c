import type { Ctx } from "../persons/anchor-spans";
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

export function findHospitalInstitutions(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = formTrie.matchAt(tokens, i, text);
    if (!m) continue;
    const last = townOfRoom(ctx, m.last);
    if (last === m.last) continue;
    const end = tokens[last]!.end;
    out.push({ first: i, last, start: m.start, end, surface: text.slice(m.start, end), placeOnly: true });
    i = last;
  }
  return out;
}
