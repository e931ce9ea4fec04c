import { findOrganizations } from "../organizations";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { placesIn } from "./coref";

/**
 * "الناطقة باسم الوزارة": a spokesman's body printed again by its head noun alone, with the
 * article, is the body of that head the article named before ("وزارة القوات المسلحة الفرنسية"),
 * and the state that body's name holds is the spokesman's.
 */
export function stateOfBodySaidAgain(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  const last = tokens[role.last]!;
  if (!last.arabic || tokens[role.last - 1]?.key !== "باسم" || !last.key.startsWith("ال")) return null;
  const head = last.key.slice(2);
  const body = findOrganizations(ctx)
    .filter((o) => o.last < role.first && tokens[o.first]!.key === head)
    .at(-1);
  if (!body) return null;
  return placesIn(ctx, body.first, body.last).find((p) => p.iso2)?.iso2 ?? null;
}
