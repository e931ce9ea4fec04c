import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isUnitedNationsBody, listedBodyState, type OrgMention } from "./index";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";
import { DASHES } from "../text/punctuation";

/**
 * Bodies named with where they sit, after في: a committee with the chamber it belongs to ("لجنة
 * الدفاع في مجلس النواب"), an embassy or a consulate with its city ("السفارة الصينية في بورت
 * مورسبي"). Without it the committee reads as a body of its own, and the chamber as another.
 * A UN force or mission is named after the state it serves in ("… المؤقتة في لبنان"), a group
 * working across states its branch after the region ("تنظيم داعش في الصحراء الكبرى").
 * And a body printed under two names joined by a dash, the second an armed force ("القوات المسلحة
 * الأردنية - الجيش العربي"); a unit after the dash ("… - مديرية التوجيه") is a body of its own.
 */

const committeeKeys = new Set(rules.committeeHeads.map((w) => matchKey(w)));
const missionKeys = new Set(rules.missionHeads.map((w) => matchKey(w)));
const bodyMissionKeys = new Set(rules.bodyMissionHeads.map((w) => matchKey(w)));
const forceKeys = new Set(rules.forceHeads.map((w) => matchKey(w)));

/** The mentions with each committee joined to the chamber after it, and each mission to its city. */
export function joinSeats(ctx: Ctx, found: readonly OrgMention[]): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let n = 0; n < found.length; n++) {
    const o = found[n]!;
    const head = tokens[o.first]!;
    const fi = tokens[o.last + 1];
    const next = found[n + 1];
    const dash = fi && DASHES.has(fi.text) && fi.spaceBefore && next?.first === o.last + 2 && !tokens[next.first]!.lineStart && tokenReadsAs(tokens[next.first]!, forceKeys);
    if (head.arabic && dash) {
      const end = tokens[next.last]!.end;
      out.push({ ...o, last: next.last, end, surface: text.slice(o.start, end), fixed: o.fixed || next.fixed });
      n++;
      continue;
    }
    if (!head.arabic || fi?.key !== "في" || fi.lineStart) {
      out.push(o);
      continue;
    }
    let last = -1;
    if (tokenReadsAs(head, committeeKeys) && next?.first === o.last + 2) {
      last = next.last;
      n++;
    } else if (tokenReadsAs(head, missionKeys)) {
      const city = ctx.placeAt[o.last + 2];
      if (city?.kind === "city" && city.firstToken === o.last + 2 && !city.viaDemonym) last = city.lastToken;
    } else if (listedBodyState(o.surface) === null) {
      // "تنظيم داعش في الصحراء الكبرى": a group that works across states names its branch by the
      // region of several states it fights in.
      const region = ctx.placeAt[o.last + 2];
      if (region?.kind === "region" && !region.iso2 && region.firstToken === o.last + 2 && !region.viaDemonym) last = region.lastToken;
    } else if ((isUnitedNationsBody(o.surface) && !/امم$/.test(matchKey(o.surface).split(" ")[0]!)) || tokenReadsAs(head, bodyMissionKeys)) {
      // "قوة الأمم المتحدة المؤقتة في لبنان": a UN force or mission is named after the state it serves
      // in, and so is another body's mission ("بعثة الاتحاد الأفريقي … في الصومال"); the UN itself
      // is not ("منسقة الأمم المتحدة في السودان").
      const state = ctx.placeAt[o.last + 2];
      if (state?.kind === "country" && state.firstToken === o.last + 2 && !state.viaDemonym) last = state.lastToken;
    }
    if (last < 0) {
      out.push(o);
      continue;
    }
    const end = tokens[last]!.end;
    out.push({ ...o, last, end, surface: text.slice(o.start, end), inTitle: o.inTitle });
  }
  return out;
}
