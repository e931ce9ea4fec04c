import { matchKey } from "../text/normalize";
import { readings } from "../text/tokens";
import { namesInternationalBody } from "../organizations";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { isLatinPostedHead, postedHeadKeys } from "./vocabulary";

// "السفير لدى تشاد", "المبعوث إلى اليمن", "ambassador to Chad": the state an envoy is sent to is
// not the one he serves.
const HOST_BEFORE = new Set(["لدي", "الي", "to"]);

// The preposition ب (with و before it) written onto a place's name.
const IN_CLITIC = /^و?ب$/u;

/** True when the role opens on a diplomat's head (السفير، الملحق، المندوبة …). */
function opensOnPostedHead(ctx: Ctx, role: RoleSpan): boolean {
  const head = ctx.doc.tokens[role.first];
  return !!head?.arabic && readings(head.key).some((r) => postedHeadKeys.has(r.key.replace(/^ال/, "")));
}

/**
 * True when the place whose first token is `k`, inside `role`, is where a diplomat is posted: after
 * لدى، إلى or "to"; after "in" for an English diplomat ("high commissioner in Windhoek"); and after في
 * or ب written onto it for an Arabic one ("الملحق العسكري بسفارة المملكة في روما", "سفيرة المملكة
 * ببودابست"), whose embassy stands in the host's capital.
 */
export function isHostPlace(ctx: Ctx, role: RoleSpan, k: number): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokens[k - 1]?.key ?? "";
  if (HOST_BEFORE.has(before)) return true;
  if (before === "in") return isLatinPostedHead(tokens, k - 2);
  // "سفيرة المملكة ببودابست": ب written onto the capital says where, as في does.
  const inPlace = before === "في" || IN_CLITIC.test(ctx.doc.text.slice(tokens[k]!.start, ctx.placeAt[k]?.start ?? tokens[k]!.start));
  return inPlace && opensOnPostedHead(ctx, role);
}

/** The states a diplomat's roles name as where he is posted: never the state he serves. */
export function hostStates(ctx: Ctx, roles: readonly RoleSpan[]): Set<string> {
  const out = new Set<string>();
  for (const role of roles) {
    for (let k = role.first; k <= role.last; k++) {
      const p = ctx.placeAt[k];
      if (p?.iso2 && p.firstToken === k && isHostPlace(ctx, role, k)) out.add(p.iso2);
    }
  }
  return out;
}

// Where an international body's officer works: "رئيسة بعثة المنظمة الدولية للهجرة في اليمن",
// "UNHCR representative in N'Djamena", and the state a bank's "country director for X" covers.
const POSTED_AT = new Set([...HOST_BEFORE, "في", "in", "for"]);

/**
 * The state an international body's officer serves, when the role names one ("مندوب مصر لدى الأمم
 * المتحدة"): a state after في, لدى or "in" is only where the body sent him.
 */
export function stateServedInBody(ctx: Ctx, role: RoleSpan): string | null {
  const k = stateServedAt(ctx, role);
  return k >= 0 ? (ctx.placeAt[k]!.iso2 ?? null) : null;
}

/** The first token of the state stateServedInBody reads in the role, or -1. */
function stateServedAt(ctx: Ctx, role: RoleSpan): number {
  for (let k = role.first; k <= role.last; k++) {
    const p = ctx.placeAt[k];
    // "in the Solomon Islands": the article between.
    const before = ctx.doc.tokens[k - 1]?.key === "the" ? k - 2 : k - 1;
    if (p?.iso2 && p.firstToken === k && !POSTED_AT.has(ctx.doc.tokens[before]?.key ?? "") && !inBodyName(ctx, role, p.firstToken, p.lastToken)) return k;
  }
  return -1;
}

/** "Pan American Health Organization": a place read inside the international body's own name serves no state. */
function inBodyName(ctx: Ctx, role: RoleSpan, first: number, last: number): boolean {
  const { tokens, text } = ctx.doc;
  const from = text.slice(tokens[Math.max(role.first, first - 1)]!.start, role.end);
  return last < role.last && namesInternationalBody(from) && !namesInternationalBody(text.slice(tokens[last + 1]!.start, role.end));
}

/**
 * "سفير مملكة البحرين لدى بلجيكا والاتحاد الأوروبي": a diplomat's office that names the state he
 * serves before where he is posted serves it, though a union or another body of no state is among
 * the hosts; the EU's own ambassador ("سفير الاتحاد الأوروبي لدى مصر") names none.
 */
export function stateOfEnvoyToBody(ctx: Ctx, role: RoleSpan): string | null {
  if (!opensOnPostedHead(ctx, role)) return null;
  // Sent somewhere (لدى, إلى, to): the special representative "للصحراء الغربية" is posted nowhere.
  let host = -1;
  for (let k = role.first; k <= role.last && host < 0; k++) if (HOST_BEFORE.has(ctx.doc.tokens[k]!.key)) host = k;
  const served = host >= 0 ? stateServedAt(ctx, role) : -1;
  return served >= 0 && served < host ? (ctx.placeAt[served]!.iso2 ?? null) : null;
}

// "والمستشارة الأولى بالسفارة": whoever works in the embassy or a consulate is the envoy's colleague.
const EMBASSY_STAFF = /(سفار[ةه]|قنصلي[ةه]|\bembassy\b|\bconsulate\b|\bhigh commission\b)/iu;

// "ومدير مكتب الوزير", "والمستشار بالوزارة", "the Minister's chief of staff": an office of "the
// minister" or "the ministry" said bare is in the visiting minister's own staff, who travels with him.
const MINISTER_STAFF = /((^| )(ال|لل|بال)(وزير|وزيره|وزارة|وزاره)$|\bthe minister(’s|'s)?\b|\bthe ministry\b)/iu;

/**
 * "وحضر سفير دولة X لدى Y Z، ونائب قائد خفر السواحل W": an official listed right after an envoy,
 * and no diplomat himself nor of the minister's staff, attends for the state the envoy is posted
 * to, not with the envoy's.
 */
export function hostOfEnvoyListedBefore(ctx: Ctx, own: readonly RoleSpan[], envoy: readonly RoleSpan[]): string | null {
  if (!own.length || own.some((r) => opensOnPostedHead(ctx, r) || EMBASSY_STAFF.test(r.surface) || MINISTER_STAFF.test(r.surface.trim()))) return null;
  const hosts = hostStates(ctx, envoy.filter((r) => opensOnPostedHead(ctx, r)));
  return hosts.size === 1 ? [...hosts][0]! : null;
}

// The states that call themselves "the Kingdom", "the Sultanate" or "the State" in their own news.
const SELF_NAMES = new Map<string, readonly string[]>([
  [matchKey("المملكة"), ["JO", "SA", "MA", "BH"]],
  [matchKey("السلطنة"), ["OM"]],
  [matchKey("الدولة"), ["AE", "KW", "QA"]],
]);

/**
 * "سفير المملكة غير المقيم لدى مالطا" in a Jordanian agency's report: a diplomat (or his embassy) of
 * "the Kingdom", "the Sultanate" or "the State", with no state's name or nationality after it, serves
 * the outlet's own state when that state calls itself so; never the state he is posted to.
 */
export function stateOfSelfNamedEnvoy(ctx: Ctx, role: RoleSpan, outlet: string | null): string | null {
  if (!outlet) return null;
  const tokens = ctx.doc.tokens;
  for (let k = role.first + 1; k <= role.last; k++) {
    const states = SELF_NAMES.get(tokens[k]!.key);
    if (!states?.includes(outlet) || ctx.placeAt[k] || ctx.placeAt[k + 1]) continue;
    const before = tokens[k - 1]!;
    if ((k - 1 === role.first && opensOnPostedHead(ctx, role)) || /سفار[ةه]$/u.test(before.key)) return outlet;
  }
  return null;
}
