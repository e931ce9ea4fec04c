import type { Ctx } from "../persons/anchor-spans";
import { isEdifice } from "../places/body-buildings";

/**
 * "عقد الاجتماع بمبنى وزارة الدفاع": a body named after the noun of its building names that
 * place, where something happened; the body does not act there. It is listed only when it is named
 * elsewhere for itself. A seat is not such a building ("بمقر وزارة الدفاع" names the ministry
 * hosting the talks, a body of the story).
 */
export function namedAsBuilding(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokens[first - 1];
  const t = tokens[first];
  return !!before && !!t?.arabic && before.arabic && before.kind === "word" && !t.lineStart && isEdifice(ctx, first - 1);
}
