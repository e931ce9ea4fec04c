import type { Ctx } from "../persons/anchor-spans";
import { PhraseTrie } from "../text/phrase-trie";
import { readings } from "../text/tokens";
import type { SiteMention } from "./locations";

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
const IN = "في";

export function findHospitalInstitutions(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = formTrie.matchAt(tokens, i, text);
    if (!m) continue;
    const after = tokens[m.last + 1];
    if (!after || after.lineStart) continue;
    const at = after.key === IN ? m.last + 2 : m.last + 1;
    const town = ctx.placeAt[at];
    if (!town || town.kind !== "city" || town.viaDemonym || town.firstToken !== at) continue;
    if (at === m.last + 1 && !(after.key.startsWith("ب") && readings(after.key).some((r) => r.cut))) continue;
    const end = tokens[town.lastToken]!.end;
    out.push({ first: i, last: town.lastToken, start: m.start, end, surface: text.slice(m.start, end), placeOnly: true });
    i = town.lastToken;
  }
  return out;
}
