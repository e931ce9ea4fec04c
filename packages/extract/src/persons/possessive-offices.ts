import { organizationsOf, type BodyAnaphor, type OrgMention } from "../organizations";
import { formMemo, formMemoSlot, readings, setFormMemo, wordKey, type Token } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import rules from "../rules/persons.json";
import placeRules from "../rules/places.json";
import orgRules from "../rules/organizations.json";
import { quotedBodyBefore, stateOfNamedBody } from "./quoted-body-said-again";
import { COMMAS } from "../text/punctuation";
import { isPossessiveS, ordinalSuffixAfter } from "../text/english-marks";
import { isStopToken } from "./vocabulary";
import { siteOfPronoun } from "./site-said-again";
import { nameOpeningSaidAgainBefore } from "./name-opening-said-again";
import { SIDE_NOUNS } from "./venue";
import { commanderOfVessel, vesselNamedBefore } from "./vessel-office";
import { commandsShip, shipBefore } from "./ship-by-pronoun";
import { matchKey } from "../text/normalize";

/**
 * An office given by a possessive pronoun that points back to a body named before: "شركة X …
 * سامر الزين، رئيسها التنفيذي" is "الرئيس التنفيذي لشركة X", "القوات البحرية وقائدها اللواء Y" is
 * "قائد القوات البحرية", "the Harbour Authority … its chief executive, Z" is "chief executive of the
 * Harbour Authority". The pronoun agrees with the body: ها with a feminine or plural one (شركة،
 * وزارة، القوات), ه with a masculine one (الجيش، المجلس).
 */

const HEADS = new Set(rules.possessiveOfficeHeads.ar.map(wordKey));
const QUALIFIERS = new Set(rules.possessiveOfficeHeads.qualifiers.map(wordKey));
const CONSTRUCT_TAILS = new Set(rules.possessiveOfficeHeads.constructTails.map(wordKey));
const LATIN_OWNERS = new Set(["its"]);
const SHIP_PRONOUN = "her";
/** A commander may command a unit or a body as well as a ship: the nearer one is his. */
const LATIN_COMMANDER = "commander";
const COMMANDER = wordKey("قائد");

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

/** A construct's head the pronoun of its last noun goes with: "رئيس مجلس إدارتها" → "رئيس مجلس إدارة". */
interface ChainWithPronoun extends HeadWithPronoun {
  /** The construct's words as written with the body's name after them. */
  words: string[];
  last: number;
}

/** Most words between the head and the noun that takes the pronoun ("مجلس"). */
const CHAIN_MIDDLE = 1;

// Asked at every Arabic word with no pronoun of its own: kept with the printed form too (null: no head).
const CHAIN_HEAD_SLOT = formMemoSlot();

/** The bare head of an office a construct may open with, and its clitic و or ف: "ورئيس" → { clitic: "و", head: "رئيس" }. */
function keptChainHead(t: Token): { clitic: string; head: string } | null {
  let v = formMemo(t, CHAIN_HEAD_SLOT) as { clitic: string; head: string } | null | undefined;
  if (v === undefined) {
    const m = /^([وف]?)(\p{Script=Arabic}{3,})$/u.exec(t.text);
    v = m && HEADS.has(wordKey(m[2]!)) ? { clitic: m[1]!, head: m[2]! } : null;
    setFormMemo(t, CHAIN_HEAD_SLOT, v);
  }
  return v;
}

/**
 * "وعن الشركة رئيس مجلس إدارتها، X": the office's head, bare, with the pronoun on the last noun
 * of its construct (إدارتها، أمنائه، أركانها), the words between with no article.
 */
function chainWithPronoun(ctx: Ctx, i: number): ChainWithPronoun | null {
  const { tokens } = ctx.doc;
  const m = keptChainHead(tokens[i]!);
  if (!m) return null;
  for (let j = i + 1; j <= i + 1 + CHAIN_MIDDLE; j++) {
    const w = tokens[j];
    if (!w || !w.arabic || w.kind !== "word" || w.lineStart || w.key.startsWith("ال")) return null;
    const tail = /^(\p{Script=Arabic}{3,}?)(ها|ه)$/u.exec(w.text);
    // "إدارتها" → "إدارة", "أمنائه" → "أمناء": the noun as written without the pronoun.
    const stem = tail && [tail[1]!, tail[1]!.replace(/ت$/u, "ة"), tail[1]!.replace(/ئ$/u, "ء")].find((x) => CONSTRUCT_TAILS.has(wordKey(x)));
    if (stem) {
      const middle = tokens.slice(i + 1, j).map((x) => x.text);
      return { head: m.head, clitic: m.clitic, feminine: tail[2] === "ها", words: [m.head, ...middle, stem], last: j };
    }
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
 * pronoun is the one the article named before with that head ("الصندوق الكويتي للتنمية …", or
 * "شركة X" for "عن الشركة"), even paragraphs back.
 */
function bodySaidAgainBefore(ctx: Ctx, i: number): OrgMention | null {
  const { tokens } = ctx.doc;
  for (let k = i - 1; k >= 0 && i - k <= HEAD_SAID_AGAIN_WITHIN; k--) {
    const t = tokens[k]!;
    if (!t.arabic || t.kind !== "word" || t.lineStart) return null;
    const head = readings(t.key).find((r) => r.key.startsWith("ال") && r.key.length > 4)?.key;
    if (!head) continue;
    // "عن الشركة" after "شركة X للخدمات": the head with the article is the name's indefinite head too.
    const bare = head.slice(2);
    const named = bodyNamedBefore(ctx, k, { severalWords: true, opensWith: (key) => readings(key).some((r) => r.key === head || r.key === bare) });
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

// "قيادة السرب البحري للقوات X": the seat or command of a part of a body, printed before that part.
const PART_SEATS = new Set(orgRules.theatreHeads.map(wordKey));
/** Most nisba adjectives after the noun of a body's part ("السرب البحري"). */
const PART_ADJECTIVES = 2;

/**
 * "زار قيادة السرب البحري للقوات المسلحة X، حيث رافقه قائدها": a definite noun and its nisbas
 * printed right before a body named with the lam of belonging (للقوات) name a part of that body,
 * the one visited; with the indefinite noun of its command or seat before it, that is what the
 * pronoun agrees with. The part with its body, else the body as read.
 */
function partOfBody(ctx: Ctx, body: OrgMention): OrgMention {
  const { tokens, text } = ctx.doc;
  const owner = tokens[body.first]!;
  if (!owner.arabic || !owner.key.startsWith("لل")) return body;
  let k = body.first - 1;
  const definite = (x: number) => !!tokens[x]?.arabic && tokens[x].kind === "word" && tokens[x].key.startsWith("ال") && tokens[x].key.length > 3 && !ctx.placeAt[x] && !tokens[x + 1]!.lineStart;
  while (body.first - 1 - k < PART_ADJECTIVES && definite(k) && /(ي|يه)$/u.test(tokens[k]!.key) && definite(k - 1)) k--;
  if (!definite(k) || isStopToken(tokens[k]!)) return body;
  const seat = tokens[k - 1];
  const first = seat?.arabic && seat.kind === "word" && !tokens[k]!.lineStart && PART_SEATS.has(seat.key) ? k - 1 : k;
  const start = tokens[first]!.start;
  return { ...body, first, start, surface: text.slice(start, body.end) };
}

/** The body named last before token i, whose gender the pronoun agrees with. */
function bodyBefore(ctx: Ctx, i: number, feminine: boolean | null): OrgMention | null {
  const again = feminine === null ? null : bodySaidAgainBefore(ctx, i);
  if (again && feminineBody(ctx, again) === feminine) return again;
  const read = lastBodyBefore(ctx, i);
  const listed = read && feminine !== null ? partOfBody(ctx, read) : read;
  // "مقر القوة المشتركة … قائدها": the body said again by its name's opening, after the last one listed.
  const opening = feminine === null ? null : nameOpeningSaidAgainBefore(ctx, i, BODY_WITHIN);
  if (opening && feminineBody(ctx, opening.body) === feminine && (!listed || listed.last < opening.at)) return opening.body;
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
  const single = keptHeadWithPronoun(t);
  const chain = single ? null : chainWithPronoun(ctx, i);
  const read = chain ?? single;
  if (!read) return null;
  // 'على متن الفرقاطة المصرية "X"، حيث استمع من قائدها': a ship named in the sentence is what its commander commands.
  const vessel = !chain && wordKey(read.head) === COMMANDER ? vesselNamedBefore(ctx, i, BODY_WITHIN) : null;
  if (vessel && vessel.feminine === read.feminine) return commanderOfVessel(ctx, vessel, i, i, t.start + read.clitic.length, read.head, read.clitic !== "");
  let last = chain?.last ?? i;
  const qualifiers: string[] = [];
  while (!chain && qualifiers.length < 2 && tokens[last + 1] && !tokens[last + 1]!.lineStart && QUALIFIERS.has(tokens[last + 1]!.key)) qualifiers.push(tokens[++last]!.text);
  const quoted = quotedBodyBefore(ctx, i);
  const named = quoted ?? bodyBefore(ctx, i, read.feminine);
  // "زار مستشفى X، واطلع من مديره": the pronoun points to a site when no body is named, or none after the site
  // named in the pronoun's sentence ("زارت منجم X المدرج على قائمة اليونسكو، واستمعت من مديرته": the mine,
  // not the body of its clause, though that body's state is the officer's when the site's name gives none).
  const visited = quoted ? null : siteOfPronoun(ctx, i, read.feminine, BODY_WITHIN, (k) => !named && oneSentence(ctx, k, i));
  const site = visited && (!named || (oneSentence(ctx, visited.at, i) && !whereBodyStands(ctx, named, visited.at))) ? visited : null;
  const body = site ? null : named;
  if (!body && !site) return null;
  const name = body?.surface ?? site!.surface;
  const office = chain ? `${chain.words.join(" ")} ${name}` : qualifiers.length ? `ال${read.head} ${qualifiers.join(" ")} ${withLam(name)}` : `${read.head} ${name}`;
  // "وقال قائدها بالولاية الشمالية، العميد X": where he commands it stays in the office.
  const area = areaBeforeComma(ctx, last + 1);
  if (area) last = area.last;
  const surface = area ? `${office} ${area.text}` : office;
  const start = t.start + read.clitic.length;
  const role: RoleSpan = { first: i, last, start, end: tokens[last]!.end, surface, conjoined: read.clitic !== "", prepositional: false, counterpart: false, plural: false };
  const runner = site && named ? stateInBody(ctx, named) : null;
  if (runner) runnerStates.set(role, runner);
  const state = site ? (site.state ?? runner) : quoted ? stateOfNamedBody(ctx, quoted) : (stateInBody(ctx, body!) ?? nationalityAfter(ctx, body!.last) ?? describedState(ctx, i));
  if (state) bodyStates.set(role, state);
  return role;
}

const bodyStates = new WeakMap<RoleSpan, string>();
/** The state of a body named in the pronoun's sentence that runs the site the office is held at. */
const runnerStates = new WeakMap<RoleSpan, string>();

/**
 * "زار مدرسة الأمم المتحدة للتدريب …، التي تديرها قوات الدفاع الإيرلندية، واستمع من قائدها": the
 * state of the body that runs the site, which an international body's name in the site's does not undo.
 */
export function stateOfSiteRunner(role: RoleSpan): string | null {
  return runnerStates.get(role) ?? null;
}

const SENTENCE_STOPS = new Set([".", "!", "؟", "?"]);

/** Most words between a body's name and the site that says where it stands ("في X بمنطقة Y"). */
const LOCATIVE_WORDS = 5;

/**
 * "قيادة السرب … في هاي وارف بمنطقة فلوريانا، حيث رافقه قائدها": a site whose noun is governed by
 * في or ب a few words after the body's name, with no comma between, says where the body stands;
 * the pronoun points to the body.
 */
function whereBodyStands(ctx: Ctx, body: { last: number }, siteAt: number): boolean {
  const { tokens } = ctx.doc;
  if (siteAt <= body.last || siteAt - body.last > LOCATIVE_WORDS + 1) return false;
  for (let k = body.last + 1; k < siteAt; k++) if (tokens[k]!.kind !== "word" || tokens[k]!.lineStart) return false;
  const noun = tokens[siteAt]!;
  return tokens[siteAt - 1]?.key === "في" || (/^ب/u.test(noun.text) && readings(noun.key).some((r) => r.cut > 0));
}

/** Whether tokens from…to stand in one sentence: no full stop, no new line between. */
function oneSentence(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.lineStart || SENTENCE_STOPS.has(tokens[k]!.text)) return false;
  return true;
}

/** Most definite words of the area an officer holds the body's office in. */
const AREA_WORDS = 3;

/**
 * "بالولاية الشمالية،", "في المنطقة الشرقية،": an area after ب or في, in definite words only,
 * set off by a comma before the holder's name, at j; or a side after من ("من الجانب التركي،").
 */
function areaBeforeComma(ctx: Ctx, j: number): { last: number; text: string } | null {
  const { tokens, text } = ctx.doc;
  const first = tokens[j];
  if (!first?.arabic || first.lineStart) return null;
  const definite = (x: number) => !!tokens[x]?.arabic && tokens[x].kind === "word" && tokens[x].key.startsWith("ال");
  let k: number;
  if (first.key === "في" && definite(j + 1)) k = j + 2;
  else if (first.key.startsWith("بال")) k = j + 1;
  // "قائدها من الجانب التركي،": the side of a joint body he commands for.
  else if (first.key === "من" && SIDE_NOUNS.has(tokens[j + 1]?.key ?? "")) k = j + 2;
  else return null;
  while (k - j < AREA_WORDS && definite(k)) k++;
  if (!COMMAS.has(tokens[k]?.text ?? "")) return null;
  return { last: k - 1, text: text.slice(first.start, tokens[k - 1]!.end) };
}

/** "شركة X العراقية": a nationality printed right after the body's name. */
function nationalityAfter(ctx: Ctx, last: number): string | null {
  const pl = ctx.placeAt[last + 1];
  return pl?.viaDemonym && pl.iso2 && pl.firstToken === last + 1 ? pl.iso2 : null;
}

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
  const officeText = text.slice(office.start, role.end);
  // "the assault ship HMS X … Her commanding officer": a ship is "she", so "her" points to one only for a ship's office.
  const shipOwner = before?.key === SHIP_PRONOUN && commandsShip(officeText);
  if (!before || before.arabic || !(LATIN_OWNERS.has(before.key) || before.key === "whose" || shipOwner) || office.capital) return role;
  if (/\b(of|for|at)\b/u.test(role.surface)) return role;
  // "the frigate ROKS X … its commanding officer": the ship he commands, not a body named nearer.
  const ship = commandsShip(officeText) ? shipBefore(ctx, owner) : null;
  if (shipOwner && !ship) return role;
  const site = whereClauseSite(ctx, owner);
  // "… the naval base at X, where she boarded the patrol vessel NRP Y. Its commander": the ship named after the site.
  if (site && !(ship && ship.at > site.at)) return { ...role, surface: `${officeText} of ${site.text}` };
  const body = bodyBefore(ctx, owner, null);
  if (ship && (!body || matchKey(officeText) !== LATIN_COMMANDER || ship.at > body.last)) {
    const commanded: RoleSpan = { ...role, surface: `${officeText} of ${ship.ship}` };
    if (ship.state) bodyStates.set(commanded, ship.state);
    return commanded;
  }
  if (!body || tokens[body.first]!.arabic) return role;
  // "the 1st Jungle Infantry Brigade": a unit's ordinal in figures before its name is the name's.
  const first = ordinalSuffixAfter(tokens, body.first - 2) === body.first - 1 ? body.first - 2 : body.first;
  const the = tokens[first - 1]?.key === "the" ? "the " : "";
  const held: RoleSpan = { ...role, surface: `${text.slice(office.start, role.end)} of ${the}${first < body.first ? text.slice(tokens[first]!.start, body.end) : body.surface}` };
  const state = stateWhereBodyIs(ctx, body.last);
  if (state) bodyStates.set(held, state);
  return held;
}

/**
 * "the 1st Jungle Infantry Brigade in Boa Vista, where its commander": a town or state printed
 * after "in" right after the body's name is where the body serves, so its officer's state.
 */
function stateWhereBodyIs(ctx: Ctx, last: number): string | null {
  if (ctx.doc.tokens[last + 1]?.key !== "in") return null;
  const pl = ctx.placeAt[last + 2];
  return pl?.iso2 && !pl.viaDemonym && pl.firstToken === last + 2 ? pl.iso2 : null;
}

// "the naval base at X, on the island's west coast, where its commander": where the site lies,
// set off by commas before "where", is said of the site named before it.
const LOCATIVE_OPENERS = new Set(["on", "near", "off", "in", "at", "outside", "north", "south", "east", "west"]);
/** Most tokens of such an apposition, its comma included ("on the island's west coast,"). */
const LOCATIVE_TOKENS = 12;

/** The comma that opens a short locative apposition ending at the comma `comma`, or `comma` itself. */
function locativeAppositionStart(tokens: Ctx["doc"]["tokens"], comma: number): number {
  for (let k = comma - 1; k > comma - LOCATIVE_TOKENS && k > 0; k--) {
    const t = tokens[k]!;
    if (t.lineStart) return comma;
    if (COMMAS.has(t.text)) return LOCATIVE_OPENERS.has(tokens[k + 1]?.key ?? "") && !tokens[k + 1]!.capital ? k : comma;
  }
  return comma;
}

const SITE_NOUNS_EN = new Set([...placeRules.englishCommonVenues.heads, ...placeRules.englishCommonVenues.visitedHeads]);
/** How far back in the sentence before "Its" its site's noun may stand. */
const SITE_NOUN_WITHIN = 25;

/** The last noun of a site ("post", "station", "base") in the sentence that ends at the full stop `stop`, or -1. */
function siteHeadBefore(tokens: Ctx["doc"]["tokens"], stop: number): number {
  for (let k = stop - 1; k >= 0 && stop - k <= SITE_NOUN_WITHIN; k--) {
    const t = tokens[k]!;
    if (t.text === "." || t.lineStart) return -1;
    if (!t.arabic && !t.capital && SITE_NOUNS_EN.has(t.key)) return k;
  }
  return -1;
}

/** Most words of a site's name between "the" and ", where". */
const SITE_WORDS = 8;

/**
 * "visited the Malanville customs post, where its head, X,": "its" in a clause opened by "where"
 * points back to the place the clause describes, named with "the" and a capitalized word right
 * before the comma: "the Malanville customs post". Null when no such name stands there.
 */
function whereClauseSite(ctx: Ctx, its: number): { text: string; at: number } | null {
  const { tokens, text } = ctx.doc;
  // "toured the Navy's patrol base at X with its commander, Y": the site the visit's object names.
  const withIts = tokens[its - 1]?.key === "with";
  // "… travelled to the X border post, opposite Y. Its officer in charge, Z,": "Its" opening the
  // sentence points to the site the sentence before named last.
  const opening = tokens[its]!.capital && tokens[its - 1]?.text === "." ? siteHeadBefore(tokens, its - 1) : -1;
  if (opening < 0 && !withIts && (tokens[its - 1]?.key !== "where" || !COMMAS.has(tokens[its - 2]?.text ?? ""))) return null;
  const end = opening >= 0 ? opening : withIts ? its - 2 : locativeAppositionStart(tokens, its - 2) - 1;
  let k = end;
  let capitals = 0;
  let words = 0;
  while (words < SITE_WORDS) {
    // "the Coastal Command's rescue centre": the body that owns the site, before its possessive.
    if (isPossessiveS(tokens, k) && tokens[k - 2]?.capital) {
      k -= 2;
      continue;
    }
    // "the patrol base at Walu Bay": the place the site stands at, after "at" or "in", is in its name.
    if ((tokens[k]?.key === "at" || tokens[k]?.key === "in") && tokens[k + 1]?.capital && k < end) {
      k--;
      words++;
      continue;
    }
    // A capitalized word of the name may be a stop word elsewhere ("Command", "Centre").
    if (tokens[k]?.kind !== "word" || tokens[k]!.arabic || tokens[k]!.key === "the" || (isStopToken(tokens[k]!) && !tokens[k]!.capital)) break;
    if (tokens[k]!.capital) capitals++;
    if (tokens[k]!.lineStart) return null;
    k--;
    words++;
  }
  if (tokens[k]?.key !== "the" || k === end || !capitals) return null;
  return { text: text.slice(tokens[k]!.start, tokens[end]!.end), at: end };
}
