import { listedBodyState, organizationsOf, type OrgMention } from "../organizations";
import { readings } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { placesIn } from "./coref";
import { isVesselNoun } from "./eponyms";

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
  const body = organizationsOf(ctx).mentions
    .filter((o) => o.last < role.first && tokens[o.first]!.key === head)
    .at(-1);
  if (!body) return null;
  return placesIn(ctx, body.first, body.last).find((p) => p.iso2)?.iso2 ?? null;
}

/**
 * "مساعد المشرف العام على المركز", "رئيس فريق المركز الميداني": a body printed again inside an
 * office by its definite head alone is the body of that head the article named in full before
 * ("مركز X للإغاثة"; "حكومة كانتون X" for "رئيس حكومة الكانتون"), and the officer serves the state that body is of, not the state he works in.
 */
export function stateOfBodyHeadInOffice(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  const bodies = organizationsOf(ctx).mentions.filter((o) => o.last < role.first && o.last > o.first && !o.inTitle);
  if (!bodies.length) return null;
  for (let k = role.first + 1; k <= role.last; k++) {
    const t = tokens[k]!;
    if (!t.arabic || t.kind !== "word") continue;
    const head = readings(t.key).find((r) => r.key.startsWith("ال") && r.key.length > 4)?.key.slice(2);
    if (!head) continue;
    // "حكومة الكانتون" after "حكومة كانتون X": the construct's head printed too, the second word made definite.
    const opens = (o: OrgMention) => tokens[o.first]!.key === head || (tokens[o.first]!.key === tokens[k - 1]!.key && tokens[o.first + 1]!.key === head);
    const body = bodies.filter(opens).at(-1);
    if (!body) continue;
    return placesIn(ctx, body.first, body.last).find((p) => p.iso2)?.iso2 ?? listedBodyState(body.surface) ?? null;
  }
  return null;
}

/**
 * "قائد المدمرة": the commander of a ship printed again by its noun alone serves the state the
 * ship was named with before ("رست المدمرة الإيطالية «X»"), not the port it lies in. The general
 * noun السفينة ("قائد السفينة") refers back to the ship of any kind named last with its state.
 */
export function stateOfVesselSaidAgain(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  // The noun closes the role, or stands right after its head when a title the role ran on into follows ("قائد السفينة الكابتن").
  const at = [role.last, role.first + 1].find((k) => k <= role.last && tokens[k]!.arabic && tokens[k]!.key.startsWith("ال") && isVesselNoun(tokens[k]!.key));
  if (at === undefined) return null;
  const noun = tokens[at]!;
  const general = noun.key === SHIP;
  for (let k = role.first - 1; k >= 0; k--) {
    if (tokens[k]!.key !== noun.key && !(general && tokens[k]!.key.startsWith("ال") && isVesselNoun(tokens[k]!.key))) continue;
    const nationality = ctx.placeAt[k + 1];
    if (nationality?.viaDemonym && nationality.iso2) return nationality.iso2;
  }
  return onlyNavyNamed(ctx);
}

// "البحرية", "بحرية", "البحري": the word of a navy or a naval unit a nationality may follow.
const NAVAL = /^(و|ل|ب)?(ال|لل)?بحري(ه)?$/u;

/**
 * "وكانت الفرقاطة «X» قد رست … في أول زيارة لقطعة بحرية مصرية": a ship named with no nationality
 * of its own is of the one navy the article names by its nationality ("القوات البحرية المصرية",
 * "مجموعة المهام البحرية المصرية"); none when the article names navies of two states.
 */
function onlyNavyNamed(ctx: Ctx): string | null {
  const states = new Set<string>();
  ctx.doc.tokens.forEach((t, k) => {
    const nationality = ctx.placeAt[k + 1];
    if (t.arabic && NAVAL.test(t.key) && nationality?.viaDemonym && nationality.firstToken === k + 1 && nationality.iso2) states.add(nationality.iso2);
  });
  return states.size === 1 ? [...states][0]! : null;
}

const SHIP = "السفينه";
