import { listedBodyState, organizationsOf } from "../organizations";
import { matchKey } from "../text/normalize";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { namedByTwoStates } from "../organizations/joint-bodies";
import { SIDE_NOUNS } from "./venue";

/**
 * Offices whose holder serves no state, whatever nationality the text gives him. Read on the
 * matching key of a role (see text/normalize), so hamza and ta marbuta are already folded.
 *
 * - a multinational body: "قائد القوة المشتركة متعددة الجنسيات", "commander of the multinational force";
 * - a federation or union of a region or of the world: "رئيس الاتحاد العربي لكرة القدم", "الاتحاد
 *   الأفريقي للملاكمة" (the union of a region's states or sports bodies, not of one state);
 * - the Secretary-General's own envoy or representative: "الممثلة الخاصة للأمين العام", "Special
 *   Representative of the Secretary-General" (the UN's officer, though the text names her nationality);
 * - a commentator: "الخبير الاقتصادي", "a security expert" (as the analyst and the researcher);
 * - a mission's spokesperson with no state before the office ("mission spokeswoman X", "the
 *   mission's spokesman"): a peacekeeping or monitoring mission's officer, whatever state hosts it.
 */
const STATELESS_OFFICES: readonly RegExp[] = [
  /(^| )(ال|و|ب|ل|لل)*متعدد(ه)? الجنسيات( |$)/u,
  /\bmultinational\b/iu,
  /(^| )(و|ب|ل)*(ال|لل)اتحاد (ال)?(العربي|الافريقي|الاسيوي|الاوروبي|الدولي|القاري|العالمي|الخليجي|المغاربي)( |$)/u,
  /(^| )(و|ب)?(ال)?(ممثل|ممثله|مبعوث|مبعوثه) (ال)?(خاص|خاصه|شخصي|شخصيه) (ل|لل)امين (ال)?عام( |$)/u,
  /\b(special|personal) (representative|envoy) (of|to) the secretary[- ]general\b/iu,
  /(^| )(و|ب|ل)*(ال)?(خبير|خبيره)( |$)/u,
  /\bexpert\b/iu,
  /^(the )?mission( s)? (spokes(wo)?man|spokesperson)\b/iu,
];

// A role span may stop before the words that qualify its body ("قائد القوة المشتركة" | "متعددة
// الجنسيات"): the two words after it are read with it.
const WORDS_AFTER = 2;

/** True when the chosen role or one of the role spans is an office that serves no state (see STATELESS_OFFICES). */
export function servesNoState(ctx: Ctx, role: string | null, spans: readonly RoleSpan[]): boolean {
  const texts = [
    ...(role ? [role] : []),
    ...spans.map((r) =>
      ctx.doc.tokens
        .slice(r.first, Math.min(r.last + 1 + WORDS_AFTER, ctx.doc.tokens.length))
        .map((t) => t.text)
        .join(" "),
    ),
  ];
  return (
    texts.some((t) => {
      const key = matchKey(t);
      return STATELESS_OFFICES.some((re) => re.test(key));
    }) || (role !== null && ofJointBody(ctx, role))
  );
}

/**
 * "قائد القوة المشتركة السودانية التشادية": an office of a body the article named by the
 * adjectives of two states is theirs together (organizations/joint-bodies.ts): he serves neither,
 * unless the office names the side he holds it for.
 */
function ofJointBody(ctx: Ctx, role: string): boolean {
  const key = matchKey(role);
  return organizationsOf(ctx).mentions.some((o) => {
    const body = matchKey(o.surface);
    if (o.last === o.first || !key.includes(body) || !namedByTwoStates(ctx, o.first, o.last)) return false;
    // "قائدها من الجانب التركي": the office names the side he holds it for.
    return !key.replace(body, " ").split(" ").some((w) => SIDE_NOUNS.has(w));
  });
}

/**
 * "القيادي في جبهة البوليساريو": an office held in a listed body that works across states or for
 * none (a front, a group: listed with no state) serves no state, whatever the dateline says.
 */
export function inStatelessBody(ctx: Ctx, spans: readonly RoleSpan[]): boolean {
  const bodies = organizationsOf(ctx).mentions;
  return spans.some((r) => bodies.some((o) => o.first >= r.first && o.last <= r.last && listedBodyState(o.surface) === null));
}

/**
 * "رئيس مصلحة الاستعلامات بالناحية العسكرية السادسة", "commander of the Bundeswehr's …": an office
 * held in a body a list gives a state (one state's own forces, services or regions) serves that state.
 */
export function stateOfListedBodyInOffice(ctx: Ctx, role: RoleSpan): string | null {
  for (const o of organizationsOf(ctx).mentions) {
    if (o.first < role.first || o.last > role.last) continue;
    const state = listedBodyState(o.surface);
    if (state) return state;
  }
  return null;
}
