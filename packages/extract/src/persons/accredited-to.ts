import { organizationsOf } from "../organizations";
import type { Ctx } from "./anchor-spans";
import type { Token } from "../text/tokens";

const inConstruct = (t: Token | undefined) => !!t && t.kind === "word" && t.arabic && !t.key.startsWith("ال");

/**
 * "المندوب الدائم لتونس لدى مكتب الأمم المتحدة بجنيف": the body a diplomat is accredited to after
 * لدى stays in his role: a body the article names, or an indefinite noun in construct with one
 * ("مكتب" before "الأمم المتحدة"), and the city it sits in after ب. Returns the last token of what
 * stays, or -1 when no body opens after لدى at `at`.
 */
export function accreditedBodyEnd(ctx: Ctx, at: number): number {
  const { tokens } = ctx.doc;
  if (tokens[at]?.key !== "لدي") return -1;
  const bodies = organizationsOf(ctx).mentions;
  const body = bodies.find((o) => o.first === at + 1) ?? (inConstruct(tokens[at + 1]) ? bodies.find((o) => o.first === at + 2) : undefined);
  if (!body) return -1;
  const seat = ctx.placeAt[body.last + 1];
  return seat?.kind === "city" && seat.firstToken === body.last + 1 && tokens[body.last + 1]!.key.startsWith("ب") ? seat.lastToken : body.last;
}
