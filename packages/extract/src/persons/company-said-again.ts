import { organizationsOf, type OrgMention } from "../organizations";
import { sentenceOfToken } from "../document";
import { readings, wordKey } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { stateOfNamedBody } from "./quoted-body-said-again";
import type { SiteOffice } from "./site-said-again";

const COMPANY = wordKey("شركة");
/** The clitic an office joins the company with (ل, ب; none after في or in a construct), printed again before its name. */
const JOINS: readonly [string, string][] = [["لل", "ل"], ["بال", "ب"], ["ال", ""]];
const QUOTES = /["«»“”„]/gu;

/**
 * "وقعت شركة X القطرية عقدا مع شركة Y البوسنية. ووقع عن الجانب القطري الرئيس التنفيذي للشركة …":
 * an office closing on الشركة, printed in a sentence after the one that named the company, says
 * the company again; the reader is told which by that sentence, so the office is rebuilt with the
 * company's name ("الرئيس التنفيذي لشركة X"), and its officer speaks for the company's state.
 * Of two companies, the one of the side he signs for (`side`, "عن الجانب القطري") is his; with no
 * side told, only one company may be meant. In the sentence that names the company
 * the office stays as printed: the name stands beside it.
 */
export function officeOfCompanySaidAgain(ctx: Ctx, role: RoleSpan, side: string | null): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  let end = role.last;
  while (end > role.first && tokens[end]!.end > role.end) end--;
  const noun = tokens[end]!;
  if (!noun.arabic || end === role.first) return null;
  const join = JOINS.find(([p]) => noun.key === `${p}${COMPANY}`);
  if (!join) return null;
  const sentence = sentenceOfToken(ctx.doc, role.first);
  if (!sentence) return null;
  const companies = organizationsOf(ctx).mentions.filter((o) => o.last < role.first && o.last > o.first && !o.inTitle && opensWithCompany(ctx, o));
  if (!companies.length || companies.some((o) => o.first >= sentence.first)) return null;
  const states = companies.map((o) => stateOfNamedBody(ctx, o));
  const ours = companies.filter((_, k) => side !== null && states[k] === side).at(-1);
  const one = new Set(companies.map((o) => companyName(ctx, o))).size === 1 ? companies.at(-1) : undefined;
  const company = ours ?? one;
  if (!company) return null;
  const [, clitic] = join;
  return { role: `${text.slice(role.start, noun.start)}${joined(clitic, companyName(ctx, company))}`, state: stateOfNamedBody(ctx, company) };
}

/** "لشركة X", "للشركة الوطنية …": the clitic before the name, ل and the article printed لل. */
function joined(clitic: string, name: string): string {
  return clitic === "ل" && name.startsWith("ال") ? `لل${name.slice(2)}` : `${clitic}${name}`;
}

function opensWithCompany(ctx: Ctx, o: OrgMention): boolean {
  return readings(ctx.doc.tokens[o.first]!.key).some((r) => r.key === COMPANY || r.key === `ال${COMPANY}`);
}

/** The company's name as the office prints it: without quotes or the nationality closing it. */
function companyName(ctx: Ctx, o: OrgMention): string {
  const { tokens, text } = ctx.doc;
  let last = o.last;
  while (last > o.first + 1 && (ctx.placeAt[last]?.viaDemonym || tokens[last]!.kind === "punct")) last--;
  return text.slice(tokens[o.first]!.start, tokens[last]!.end).replace(QUOTES, "").replace(/\s+/gu, " ").trim();
}
