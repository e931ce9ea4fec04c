import type { Ctx } from "../persons/anchor-spans";
import { organizationsOf } from "../organizations";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";
import { hyphenJoinsArabicWords } from "../text/hyphen-joins";

// The nouns of a body's building or seat: "مبنى وزارة الدفاع", "مقر بلدية X".
const buildingKeys = new Set(["مبنى", "مقر"].map((w) => matchKey(w)));

// What sets an occasion inside a building: "في/داخل مبنى X", "بمقر X", "استضافه مبنى X".
const withinKeys = new Set(["في", "داخل"].map((w) => matchKey(w)));
const hostingVerb = /^(استضاف|احتضن|شهد)(ه|ها|ته|تها)?$/u;

/** Whether the building's noun at `head` is where something is held: after في or ب, or the subject of "hosted". */
export function heldWithin(tokens: readonly Token[], head: number): boolean {
  const noun = tokens[head]!;
  const before = tokens[head - 1];
  return /^و?ب/u.test(noun.key) || (!!before && (withinKeys.has(before.key) || hostingVerb.test(before.key)));
}

/**
 * "في مبنى إدارة منفذ X الحدودي", "بمقر بلدية X": an indefinite building's noun in construct with
 * a body's name is the building where that body sits, a site named by the whole body (a body's
 * head in construct, as "بلدية", would otherwise read as a bare word or an adjective after the
 * noun). Returns the last token of the body's name opening at `j`, right after the noun at
 * `head`, else -1.
 */
export function bodyBuildingEnd(ctx: Ctx, head: number, j: number): number {
  const { tokens } = ctx.doc;
  const noun = tokens[head]!;
  if (j !== head + 1 || noun.key.startsWith("ال") || !tokenReadsAs(noun, buildingKeys)) return -1;
  const t = tokens[j]!;
  if (t.lineStart || t.key.startsWith("ال") || !heldWithin(tokens, head)) return -1;
  const body = organizationsOf(ctx).mentions.find((o) => o.first === j);
  if (!body || body.last <= j) return -1;
  // "مقر حكومة كانتون الهرسك-نيريتفا": a word joined by a hyphen to the body's last is still its name.
  let last = body.last;
  while (hyphenJoinsArabicWords(tokens, last + 1)) last += 2;
  return last;
}

const edificeKeys = new Set([matchKey("مبنى")]);

/**
 * "مبنى وزارة الدفاع": the building itself, where the body is only named (the seat, "مقر وزارة X",
 * names the body too, which often acts in the story).
 */
export function isEdifice(ctx: Ctx, head: number): boolean {
  return tokenReadsAs(ctx.doc.tokens[head]!, edificeKeys);
}

/** Whether a site's name opens with a building's noun ("مبنى إدارة مرفأ X", "مقر بلدية X"). */
export function namesBuilding(name: string): boolean {
  const first = name.split(/\s+/u)[0] ?? "";
  return buildingKeys.has(matchKey(first));
}
