import { organizationsOf, type BodyAnaphor, type OrgMention } from "../organizations";
import { formMemo, formMemoSlot, readings, setFormMemo, wordKey, type Token } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import rules from "../rules/persons.json";
import { quotedBodyBefore, stateOfNamedBody } from "./quoted-body-said-again";

/**
 * An office given by a possessive pronoun that points back to a body named before: "شركة X …
 * سامر الزين، رئيسها التنفيذي" is "الرئيس التنفيذي لشركة X", "القوات البحرية وقائدها اللواء Y" is
 * "قائد القوات البحرية", "the Harbour Authority … its chief executive, Z" is "chief executive of the
 * Harbour Authority". The pronoun agrees with the body: ها with a feminine or plural one (شركة،
 * وزارة، القوات), ه with a masculine one (الجيش، المجلس).
 */

const HEADS = new Set(rules.possessiveOfficeHeads.ar.map(wordKey));
const QUALIFIERS = new Set(rules.possessiveOfficeHeads.qualifiers.map(wordKey));
const LATIN_OWNERS = new Set(["its"]);

/** How far back (in tokens) the body the pronoun points to may be named: the sentence or the one before. */
const BODY_WITHIN = 45;

type HeadWithPronoun = { head: string; clitic: string; feminine: boolean };

// Asked at every Arabic word of an article: kept with the word's printed form (null: no such head).
const HEAD_SLOT = formMemoSlot();

function keptHeadWithPronoun(t: Token): HeadWithPronoun | null {
  let v = formMemo(t, HEAD_SLOT) as HeadWithPronoun | null | undefined;
  if (v === undefined) {
    v = headWithPronoun(t.text);
    setFormMemo(t, HEAD_SLOT, v);
  }
  return v;
}

/** The head word without its pronoun: "رئيسها" → { head: "رئيس", feminine: true }; "مديرتها" → "مديرة". */
function headWithPronoun(printed: string): HeadWithPronoun | null {
  const m = /^([وف]?)(\p{Script=Arabic}{3,}?)(ها|ه)$/u.exec(printed);
  if (!m) return null;
  const [, clitic, stem, pronoun] = m;
  for (const head of [stem!, stem!.replace(/ت$/u, "ة")]) {
    if (HEADS.has(wordKey(head))) return { head, clitic: clitic!, feminine: pronoun === "ها" };
  }
  return null;
}

/** Whether the body's name agrees with a feminine (or non-human plural) pronoun. */
function feminineBody(ctx: Ctx, body: OrgMention): boolean {
  const first = ctx.doc.tokens[body.first]!;
  const key = readings(first.key).at(-1)!.key;
  return /(ة|ات)$/u.test(first.text) || /(ه|ات)$/u.test(key);
}

/**
 * "وعن الشركة السعودية X، رئيسها": a definite head with a nationality, which the organization
 * reader takes for a pointer to a body named before and returns among its anaphors, not its
 * bodies, may stand after the last listed body; it is then what the pronoun points to.
 */
function describedBodyBefore(ctx: Ctx, i: number): BodyAnaphor | null {
  return organizationsOf(ctx).anaphors.filter((a) => a.iso && a.last < i && i - a.first <= BODY_WITHIN).at(-1) ?? null;
}

/** What a body named before must be: near enough, of several words, opening with a given word. */
interface LookBack {
  /** How far (in tokens) before it may end; no bound if left out. */
  within?: number;
  /** A name of several words: a head alone is said again, not named. */
  severalWords?: boolean;
  /** Whether the key of the name's first word is the one sought. */
  opensWith?: (key: string) => boolean;
}

/** The body listed last before token `before`, not as part of a title, that is what `look` asks for. */
function bodyNamedBefore(ctx: Ctx, before: number, look: LookBack): OrgMention | null {
  const { tokens } = ctx.doc;
  const { within = Infinity, severalWords = false, opensWith } = look;
  const sought = (o: OrgMention) => o.last < before && before - o.last <= within && !o.inTitle && (!severalWords || o.last > o.first) && (!opensWith || opensWith(tokens[o.first]!.key));
  return organizationsOf(ctx).mentions.filter(sought).at(-1) ?? null;
}

/** The body the pronoun at i points to: the last one listed before it, or a description after that. */
function lastBodyBefore(ctx: Ctx, i: number): OrgMention | null {
  const listed = bodyNamedBefore(ctx, i, { within: BODY_WITHIN });
  const described = describedBodyBefore(ctx, i);
  if (!described || (listed && listed.last >= described.first)) return listed;
  const { tokens, text } = ctx.doc;
  const first = tokens[described.first]!;
  return { first: described.first, last: described.last, start: first.start, end: tokens[described.last]!.end, surface: text.slice(first.start, tokens[described.last]!.end), fixed: false, inTitle: false };
}

/** How near before the pronoun the body may be printed again by its definite head alone ("عن الصندوق مديره"). */
const HEAD_SAID_AGAIN_WITHIN = 3;

/**
 * "ووقع عن الصندوق مديره العام": a body printed again by its definite head alone just before the
 * pronoun is the one the article named before with that head ("الصندوق الكويتي للتنمية …"), even
 * paragraphs back.
 */
function bodySaidAgainBefore(ctx: Ctx, i: number): OrgMention | null {
  const { tokens } = ctx.doc;
  for (let k = i - 1; k >= 0 && i - k <= HEAD_SAID_AGAIN_WITHIN; k--) {
    const t = tokens[k]!;
    if (!t.arabic || t.kind !== "word" || t.lineStart) return null;
    const head = readings(t.key).find((r) => r.key.startsWith("ال") && r.key.length > 4)?.key;
    if (!head) continue;
    const named = bodyNamedBefore(ctx, k, { severalWords: true, opensWith: (key) => readings(key).some((r) => r.key === head) });
    if (named) return named;
  }
  return null;
}

/**
 * "قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل) وقائدها": a short form in brackets stands for
 * the name printed right before it, and the pronoun agrees with that name.
 */
function fullNameBefore(ctx: Ctx, body: OrgMention): OrgMention {
  const { tokens } = ctx.doc;
  if (tokens[body.first - 1]?.text !== "(" || tokens[body.last + 1]?.text !== ")") return body;
  return organizationsOf(ctx).mentions.find((o) => o.last === body.first - 2) ?? body;
}

/** The body named last before token i, whose gender the pronoun agrees with. */
function bodyBefore(ctx: Ctx, i: number, feminine: boolean | null): OrgMention | null {
  const again = feminine === null ? null : bodySaidAgainBefore(ctx, i);
  if (again && feminineBody(ctx, again) === feminine) return again;
  const listed = lastBodyBefore(ctx, i);
  if (!listed) return null;
  const body = fullNameBefore(ctx, listed);
  if (feminine !== null && feminineBody(ctx, body) !== feminine) return null;
  // A full stop of a paragraph between the two breaks the reference.
  for (let k = body.last + 1; k < i; k++) if (ctx.doc.tokens[k]!.lineStart) return null;
  return namedEarlier(ctx, body) ?? body;
}

/**
 * "الشركة السعودية" after "شركة أفق الخليج": a body described by its head and a nationality (or its
 * head alone) is the one the article named before with that head.
 */
function namedEarlier(ctx: Ctx, body: OrgMention): OrgMention | null {
  const { tokens } = ctx.doc;
  const head = readings(tokens[body.first]!.key).at(-1)!.key;
  if (!tokens[body.first]!.arabic || !head.startsWith("ال")) return null;
  for (let k = body.first + 1; k <= body.last; k++) if (!ctx.placeAt[k]?.iso2) return null;
  const bare = head.slice(2);
  return bodyNamedBefore(ctx, body.first, { severalWords: true, opensWith: (key) => key === bare });
}

/** "لشركة X" / "للقوات البحرية": the body after the lam of belonging. */
function withLam(body: string): string {
  return body.startsWith("ال") ? `لل${body.slice(2)}` : `ل${body}`;
}

/** The Arabic office at i given by a head with a pronoun, rewritten with the body it points to. */
export function possessiveOfficeAt(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  if (!t.arabic || t.kind !== "word") return null;
  const read = keptHeadWithPronoun(t);
  if (!read) return null;
  let last = i;
  const qualifiers: string[] = [];
  while (qualifiers.length < 2 && tokens[last + 1] && !tokens[last + 1]!.lineStart && QUALIFIERS.has(tokens[last + 1]!.key)) qualifiers.push(tokens[++last]!.text);
  const quoted = quotedBodyBefore(ctx, i);
  const body = quoted ?? bodyBefore(ctx, i, read.feminine);
  if (!body) return null;
  const name = body.surface;
  const surface = qualifiers.length ? `ال${read.head} ${qualifiers.join(" ")} ${withLam(name)}` : `${read.head} ${name}`;
  const start = t.start + read.clitic.length;
  const role: RoleSpan = { first: i, last, start, end: tokens[last]!.end, surface, conjoined: read.clitic !== "", prepositional: false, counterpart: false, plural: false };
  const state = quoted ? stateOfNamedBody(ctx, quoted) : (stateInBody(ctx, body) ?? describedState(ctx, i));
  if (state) bodyStates.set(role, state);
  return role;
}

const bodyStates = new WeakMap<RoleSpan, string>();

/**
 * "وعن الشركة السعودية X، رئيسها التنفيذي": the state of a body the pronoun points to when the
 * article described that body by its nationality; its officer acts for that side.
 */
export function stateOfPossessiveBody(role: RoleSpan | null): string | null {
  return (role && bodyStates.get(role)) ?? null;
}

function describedState(ctx: Ctx, i: number): string | null {
  const body = lastBodyBefore(ctx, i);
  return body && (stateInBody(ctx, body) ?? stateAfterBody(ctx, body.last));
}

/**
 * "ووقع عن المجموعة رئيستها، … وعن الشركة العراقية …": the state printed in the name of the body
 * the pronoun points to (said again by its head), before that of the last body listed.
 */
function stateInBody(ctx: Ctx, body: { first: number; last: number }): string | null {
  for (let k = body.first + 1; k <= body.last; k++) {
    const pl = ctx.placeAt[k];
    if (pl?.iso2) return pl.iso2;
  }
  return null;
}

/**
 * "شرطة الحدود في البوسنة والهرسك … مديرها العام": a state printed right after the body's name,
 * after في, is where the body serves, so its officer's state too.
 */
function stateAfterBody(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.key !== "في") return null;
  const pl = ctx.placeAt[last + 2];
  return pl?.iso2 && pl.kind === "country" && pl.firstToken === last + 2 ? pl.iso2 : null;
}

/**
 * "its commander", "the X Police, whose chief, Gen. Y,": an English office after "its" or "whose"
 * (read into the office or not), said of the body named before it.
 */
export function ofBodyBefore(ctx: Ctx, role: RoleSpan): RoleSpan {
  const { tokens, text } = ctx.doc;
  const whose = tokens[role.first]!.key === "whose" && role.last > role.first;
  const owner = whose ? role.first : role.first - 1;
  const before = tokens[owner];
  const office = whose ? tokens[role.first + 1]! : tokens[role.first]!;
  if (!before || before.arabic || !(LATIN_OWNERS.has(before.key) || before.key === "whose") || office.capital) return role;
  if (/\b(of|for|at)\b/u.test(role.surface)) return role;
  const body = bodyBefore(ctx, owner, null);
  if (!body || tokens[body.first]!.arabic) return role;
  const the = tokens[body.first - 1]?.key === "the" ? "the " : "";
  return { ...role, surface: `${text.slice(office.start, role.end)} of ${the}${body.surface}` };
}
