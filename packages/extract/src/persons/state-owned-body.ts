import { organizationsOf } from "../organizations";
import { isPossessiveS } from "../text/english-marks";
import type { Ctx, RoleSpan } from "./anchor-spans";

/**
 * "Denmark's Northern Command … signed by its commander, Rear Admiral X": an English office of a
 * body the text names elsewhere with a state in the possessive before it serves that state, though
 * the story is told from another place (the body's seat abroad or the dateline's territory). The
 * body is matched by its printed name in the office (an office said with "its" is rebuilt with it).
 */
export function stateOfBodyOwnedElsewhere(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  if (tokens[role.first]?.arabic) return null;
  for (const body of organizationsOf(ctx).mentions) {
    if (tokens[body.first]!.arabic || !isPossessiveS(tokens, body.first - 1) || !namesBodyIn(role.surface, body.surface)) continue;
    const owner = ctx.placeAt[body.first - 3];
    if (owner?.kind === "country" && !owner.viaDemonym && owner.iso2) return owner.iso2;
  }
  return null;
}

/**
 * The office holds the body's name, or its last two words or more in capitals ("the Arctic
 * Command's rescue centre" after "Denmark's Joint Arctic Command"): the body said again in short.
 */
function namesBodyIn(office: string, body: string): boolean {
  if (office.includes(body)) return true;
  const words = body.split(" ");
  for (let n = words.length - 1; n >= 2; n--) {
    const tail = words.slice(-n);
    if (tail.every((w) => /^\p{Lu}/u.test(w)) && ` ${office}`.includes(` ${tail.join(" ")}`)) return true;
  }
  return false;
}
