import { organizationsOf, type OrgMention } from "../organizations";
import { isPossessiveS } from "../text/english-marks";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { stateInName } from "./quoted-body-said-again";

/**
 * "Germany's Nordhafen Energie GmbH … Nordhafen's chief executive": a company's officer serves no
 * state of his own, but speaks for his company, whose state is the one the article named it with:
 * a state or nationality inside its name ("مجموعة X للطاقة الهندية") or a state's possessive or a
 * nationality right before it ("Germany's X", "German firm X").
 */
export function stateOfCompanyInRole(ctx: Ctx, role: RoleSpan | null): string | null {
  if (!role) return null;
  const { tokens } = ctx.doc;
  const words = new Set<string>();
  for (let k = role.first; k <= role.last; k++) if (tokens[k]!.kind === "word" && (tokens[k]!.capital || tokens[k]!.arabic)) words.add(tokens[k]!.key);
  const named = (o: OrgMention) => (o.first >= role.first && o.last <= role.last) || (o.last < role.first && words.has(tokens[o.first]!.key) && !tokens[o.first]!.arabic);
  for (const o of organizationsOf(ctx).mentions.filter(named)) {
    const state = stateOfCompany(ctx, o);
    if (state) return state;
  }
  return null;
}

function stateOfCompany(ctx: Ctx, o: OrgMention): string | null {
  const { tokens } = ctx.doc;
  const inName = stateInName(ctx, o);
  if (inName) return inName;
  if (isPossessiveS(tokens, o.first - 1) && ctx.placeAt[o.first - 3]?.iso2) return ctx.placeAt[o.first - 3]!.iso2;
  const before = ctx.placeAt[o.first - 1];
  return before?.viaDemonym && before.iso2 ? before.iso2 : null;
}
