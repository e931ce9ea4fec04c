import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { readings, type Token } from "../text/tokens";

/**
 * "وممثلة المنظمة الدولية للهجرة في X، السيدة Y، التي أعلنت أن المنظمة ستتكفل …": a body named
 * only inside someone's office and printed again further on by its head noun alone, with the
 * article, as the subject of a reported clause (after أن, إن, بأن) acts in the story, so it is an
 * organization of its own, not a part of the title. The caller asks it of international bodies
 * only: a national unit's head said again so ("قائد الجيش الثالث …، محذرا من أن الجيش سيرد") is
 * mostly the whole service, not the unit.
 */
export function actsAfterRole(tokens: readonly Token[], first: number, within: number): boolean {
  const head = tokens[first];
  if (!head?.arabic || head.kind !== "word") return false;
  const key = head.key.startsWith("ال") ? head.key : `ال${head.key}`;
  for (let k = first + 1; k < tokens.length && k <= first + within; k++) {
    if (tokens[k]!.key !== key) continue;
    if (REPORTED_THAT.has(tokens[k - 1]?.key ?? "")) return true;
  }
  return false;
}

// The particles that open a reported clause, whose subject follows them.
const REPORTED_THAT = new Set(["ان", "بان", "لان"]);

// Heads of civil bodies that name the field they cover (هيئة، مؤسسة، لجنة …): said again alone they
// point back at the one body of that head the story named.
// A department (إدارة، دائرة، مديرية) is a part of a ministry or a service: said again it is mostly
// still the part of the title, which the golds list only with the whole body.
const DEPARTMENT_HEADS = new Set(["ادارة", "دائرة", "مديرية"].map((w) => matchKey(w)));
const civilHeadKeys = new Set(rules.fieldHeads.map((w) => matchKey(w)).filter((k) => !DEPARTMENT_HEADS.has(k)));

/** The head of the body opening at `first`, without the article, when it is a civil field head. */
function civilHeadAt(tokens: readonly Token[], first: number): string | null {
  const head = tokens[first];
  if (!head?.arabic || head.kind !== "word") return null;
  const read = readings(head.key).find((r) => civilHeadKeys.has(r.key.replace(/^ال/, "")));
  return read ? read.key.replace(/^ال/, "") : null;
}

/**
 * "دشن رئيس هيئة X السعودية … وأن الهيئة دربت 25 حرفيا", "ضمن خطة الهيئة للتعريف بـ…": a national
 * civil body (a commission, a foundation, a committee: `fieldHeads` but a department) named only in its officer's
 * title and printed again further on by its head alone with the article, outside any title, is what
 * the story goes on about, so an organization of its own. Forces are left out (the heads of
 * `fieldHeads` name none): `الجيش` said again is mostly the whole service, not the unit of the title.
 * The head printed again must point back at this body only: no other body of the story opens with it,
 * and it does not open another one there (`الهيئة العامة …`, a definite word right after it).
 */
export function saidAgainOutsideTitles(
  tokens: readonly Token[],
  body: { first: number; last: number; surface: string },
  bodies: readonly { first: number; surface: string }[],
  inTitleOrName: (k: number) => boolean,
): boolean {
  const head = civilHeadAt(tokens, body.first);
  if (!head) return false;
  const name = matchKey(body.surface);
  if (bodies.some((b) => matchKey(b.surface) !== name && civilHeadAt(tokens, b.first) === head)) return false;
  const said = `ال${head}`;
  for (let k = body.last + 1; k < tokens.length; k++) {
    if (!readings(tokens[k]!.key).some((r) => r.key === said)) continue;
    if (inTitleOrName(k) || bodies.some((b) => b.first === k)) continue;
    const next = tokens[k + 1];
    if (next?.arabic && next.key.startsWith("ال")) continue;
    return true;
  }
  return false;
}
