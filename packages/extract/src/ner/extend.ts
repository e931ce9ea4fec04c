/**
 * The tagger's part of an Arabic article's extraction. The rules read first (ranks, roles,
 * states, coreference, collision-safe names); the tagger then adds what they have no anchor for:
 *  - a person name the rules missed becomes a mention of a person they found when its words are
 *    that person's (the family name alone, or the same name), else a person of its own, who still
 *    gets the rank, the role and the state the text gives around the name (read by the persons
 *    module's own readers);
 *  - organizations and places the rules and the gazetteer do not know.
 * A tagger span never overrides a rule entity: it is added only where the rules found nothing.
 */
import type { PersonRead } from "../persons";
import type { Ctx, RankSpan, RoleSpan } from "../persons/anchor-spans";
import { isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { reportedRank } from "../persons/reported-rank";
import { roleAt } from "../persons/roles";
import { roleCountry } from "../persons/coref";
import { servesInternationalBody } from "../persons/international-body-said-again";
import { acrossWith } from "../persons/venue";
import { counterpartRole } from "../persons/counterpart-role";
import { sentenceOfToken } from "../document";
import { isEponym } from "../persons/eponyms";
import { namesNoPerson } from "../persons/no-name-words";
import { isOccasionWord } from "../persons/word-shapes";
import { phraseNotName } from "./phrase-not-name";
import { givenNameKeys, NAME_CONNECTORS, nameVerbKeys, rankQualifierKeys, speechKeys } from "../persons/vocabulary";
import { rawOffsetAfterLetters, tokenReadings, type Token } from "../text/tokens";
import { isGoverned } from "./governed-name";
import { defaultTagger } from "./model";
import { tagSpans, type TaggedSpan } from "./tagger";
import { cutAtNameEnd } from "./tagged-name-end";
import { isBarePlaceNoun } from "./bare-place-nouns";

/**
 * The margin over "O" a tagger span needs to become an entity of its own (chosen on the ANERcorp
 * development part; mentions of persons the rules found need none). `loneName`: a single word
 * with nothing beside it that says it is a person (about three in four are right from 20 on).
 */
export const NER_MIN_CONFIDENCE = { person: 10, organization: 20, place: 40, loneName: 20 };

export interface Span {
  first: number;
  last: number;
}

/** The tagger's spans over an Arabic document (none for other languages). */
export function taggedSpans(ctx: Ctx): TaggedSpan[] {
  if (ctx.doc.language !== "ar") return [];
  return tagSpans(defaultTagger(), {
    tokens: ctx.doc.tokens,
    text: ctx.doc.text,
    ranges: ctx.doc.sentences.map((s) => ({ first: s.first, last: s.last })),
    placeAt: ctx.placeAt,
  });
}

/** Token indices first…last (a plain loop: `Array.from` over an array-like with a mapping callback is many times slower, and this is asked per span per token test). */
export function tokenRange(first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(k);
  return out;
}

const overlaps = (a: Span, b: Span) => a.first <= b.last && b.first <= a.last;

/**
 * Letters of a proclitic (و ف ب ل ك, not the article) printed on the first word of a name. And
 * ("وكريم") is read off any word; ف، ب، ل، ك also open many names (فيرنانديز، بوتين، لافروف،
 * كلارك), so in a person's name they are read off only when what remains is a given name, or a
 * person's word of the names lexicon that does not hold the whole word (the lexicon holds words
 * both with and without their proclitics: "بوتين" and "وتين" are both there).
 */
function cliticLetters(t: Token, person: boolean, governed = false): number {
  if (!t.arabic || givenNameKeys.has(t.key) || governed) return 0;
  const names = defaultTagger().names;
  const strip = (rest: string) => !person || givenNameKeys.has(rest) || (!!names(rest)?.startsWith("PERS") && !names(t.key));
  let cut = 0;
  let k = t.key;
  if (/^[وف]/.test(k) && k.length - 1 >= 3 && (k[0] === "و" || strip(k.slice(1)))) {
    cut++;
    k = k.slice(1);
  }
  if (givenNameKeys.has(k)) return cut;
  if (/^[بلك]/.test(k) && k.length - 1 >= 3 && !k.startsWith("لل") && strip(k.slice(1))) cut++;
  return cut;
}

export interface Printed {
  start: number;
  end: number;
  surface: string;
  /** Name keys, "عبد X" / "أبو X" joined. */
  keys: string[];
}

/** The printed name of a span, without a proclitic on its first word. */
export function printed(ctx: Ctx, s: Span, person = false): Printed {
  const tokens = ctx.doc.tokens;
  const t0 = tokens[s.first]!;
  // A place of the gazetteer read from the word's first letter has no proclitic ("برشلونة").
  const place = ctx.placeAt[s.first];
  const cut = !person && place && !place.viaDemonym && place.start === t0.start ? 0 : cliticLetters(t0, person, isGoverned(tokens, s.first));
  const start = t0.start + (cut ? rawOffsetAfterLetters(t0.text, cut) : 0);
  const end = tokens[s.last]!.end;
  const keys: string[] = [];
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    const key = k === s.first ? t.key.slice(cut) : t.key;
    const prev = keys[keys.length - 1];
    if (prev === "عبد" || prev === "ابو") keys[keys.length - 1] = prev + key;
    else keys.push(key);
  }
  return { start, end, surface: ctx.doc.text.slice(start, end), keys };
}

const SEPARATORS = new Set(["/", ":", "،", ",", "-", "–"]);

/** A rank printed right before the name ("الفريق/ X"). */
function rankBefore(ctx: Ctx, first: number): RankSpan | null {
  let end = first - 1;
  // "الجنرال الفرنسي X": the nationality stands between the rank and the name.
  while (end >= 0 && ctx.placeAt[end]?.viaDemonym) end--;
  while (end >= 0 && SEPARATORS.has(ctx.doc.tokens[end]!.text) && first - end <= 2) end--;
  for (let j = end; j >= 0 && j >= end - 6; j--) {
    const r = rankAt(ctx, j);
    // "ولد الشيخ أحمد": a title right after ولد or بن is the father's name, no rank.
    if (r && r.last === end) return NAME_CONNECTORS.has(ctx.doc.tokens[r.first - 1]?.key ?? "") ? null : r;
  }
  return null;
}

/**
 * "ولد الشيخ أحمد حرص موريتانيا على …": a verb a name is the subject of (nameVerbs) after the first
 * word of a span ends the name, as it ends one the rules read; a given name spelt so stays.
 */
function cutAtNameVerb<S extends Span>(ctx: Ctx, s: S): S {
  const { tokens } = ctx.doc;
  for (let k = s.first + 1; k <= s.last; k++) {
    const t = tokens[k]!;
    if (t.arabic && nameVerbKeys.has(t.key) && !givenNameKeys.has(t.key) && !NAME_CONNECTORS.has(tokens[k - 1]!.key)) return { ...s, last: k - 1 };
  }
  return s;
}

/** A role printed right before the name, or after it (apposition after a comma). */
function roleAround(ctx: Ctx, s: Span): RoleSpan | null {
  const tokens = ctx.doc.tokens;
  let end = s.first - 1;
  const rank = rankBefore(ctx, s.first);
  if (rank) end = rank.first - 1;
  while (end >= 0 && SEPARATORS.has(tokens[end]!.text) && s.first - end <= 3) end--;
  for (let j = end; j >= 0 && j >= end - 16; j--) {
    const r = roleAt(ctx, j);
    if (r && !r.plural && r.last === end) return r;
    if (tokens[j]!.lineStart) break;
  }
  let after = s.last + 1;
  if (tokens[after] && (tokens[after]!.text === "،" || tokens[after]!.text === ",")) after++;
  const r = tokens[after] && !tokens[after]!.lineStart ? roleAt(ctx, after) : null;
  // "X ونظيرها البرازيلي Y", "X ووزير الدفاع Y": a role joined by و, or "his counterpart", after a
  // name opens the next person's title, never this one's.
  return r && !r.plural && !r.prepositional && !r.conjoined && !r.counterpart ? r : null;
}

/** The role of another person in the sentence of a "his counterpart" phrase, if one was read. */
function otherRoleInSentence(ctx: Ctx, persons: readonly PersonRead[], counterpart: Span): Span | null {
  const sentence = sentenceOfToken(ctx.doc, counterpart.first);
  if (!sentence) return null;
  const inSentence = (r: Span) => r.first >= sentence.first && r.last <= sentence.last && !overlaps(r, counterpart);
  for (const p of persons) for (const r of p.roleSpans) if (inSentence(r)) return r;
  return null;
}

/** A nationality adjective right before the name or its rank ("الفرنسي جان …"). */
function nationalityBefore(ctx: Ctx, first: number): string | null {
  const p = ctx.placeAt[first - 1];
  return p?.viaDemonym ? p.iso2 : null;
}

/**
 * A verb the name is the subject of: one of the verbs a name stands alone beside, right before it
 * ("وأكد X", Arabic puts the verb first), or a speech verb right after it ("X أكد").
 */
function verbBeside(ctx: Ctx, s: Span): boolean {
  const tokens = ctx.doc.tokens;
  const is = (t: Token | undefined, keys: ReadonlySet<string>) => !!t && t.kind === "word" && tokenReadings(t).some((r) => keys.has(r.key));
  return is(tokens[s.first - 1], nameVerbKeys) || is(tokens[s.first - 1], speechKeys) || is(tokens[s.last + 1], speechKeys);
}

/**
 * A single word the tagger is sure of that reads as a family name printed alone ("وتوقع كلارك",
 * "تصريحات رايس"): one token, not a given name (a first name alone is rarely how news names
 * someone, and many are common words: صباح، نور), not the second half of a name joined by عبد or
 * أبو that the tagger split ("عبد النور").
 */
function loneFamilyName(ctx: Ctx, s: TaggedSpan, name: Printed): boolean {
  if (s.first !== s.last || s.confidence < NER_MIN_CONFIDENCE.loneName || givenNameKeys.has(name.keys[0]!)) return false;
  const before = ctx.doc.tokens[s.first - 1];
  return !(before && (before.key === "عبد" || before.key === "ابو"));
}

/** `ofPerson`: a state across "مع" is the other party's, no person's here (a place's may be). */
function nearestState(ctx: Ctx, s: Span, ofPerson = false): string | null {
  const sentence = ctx.doc.sentences.find((x) => s.first >= x.first && s.first < x.last);
  if (!sentence) return null;
  let best: { d: number; iso: string } | null = null;
  for (let k = sentence.first; k < sentence.last; k++) {
    const pl = ctx.placeAt[k];
    // "بحث X مع وزير … السنغالي".
    if (!pl?.iso2 || (ofPerson && acrossWith(ctx, k, s.first))) continue;
    const d = Math.abs(k - s.first);
    if (!best || d < best.d) best = { d, iso: pl.iso2 };
  }
  return best?.iso ?? null;
}

/** The state most persons of the article serve, for a name the text says nothing more about. */
function commonState(persons: readonly PersonRead[]): string | null {
  const counts = new Map<string, number>();
  for (const p of persons) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const clean = (s: string) =>
  s
    .replace(/[\s،,:/]+$/u, "")
    .replace(/^[\s،,:/]+/u, "")
    .replace(/\s+/g, " ");

/**
 * "بن عيسى السفير الياباني": a rank or an office head ends a name the tagger ran on into the
 * title of the next person, as it ends one the rules read.
 */
function cutAtTitle<S extends Span>(ctx: Ctx, s: S): S {
  const { tokens } = ctx.doc;
  for (let k = s.first + 1; k <= s.last; k++) {
    const t = tokens[k]!;
    // Only a definite title with the state's adjective after it ("السفير الياباني"): a name goes on
    // through words that are also titles ("محمد الأمين ولد …", "عبد الأمير …", "محمد أمين …").
    if (!t.arabic || !t.key.startsWith("ال") || NAME_CONNECTORS.has(tokens[k - 1]!.key) || givenNameKeys.has(t.key)) continue;
    if ((rankAt(ctx, k) || isRoleHeadAt(ctx, k)) && ctx.placeAt[k + 1]?.viaDemonym) return { ...s, last: k - 1 };
  }
  return s;
}

/**
 * "بن عيسى" of "ليلى بن عيسى", "دي لوس سانتوس" of "ماريا دي لوس سانتوس": a family name that
 * opens with a connector is the tail of the known name it ends, not a person of its own; so is a
 * family name compounded with الله ("يار الله" of "عبد الأمير يار الله"), one name in two words.
 */
function familyTail(name: string[], known: string[]): boolean {
  const compound = NAME_CONNECTORS.has(name[0]!) || (name.length === 2 && name[1] === "الله");
  return name.length >= 2 && compound && known.length > name.length && known.slice(-name.length).join(" ") === name.join(" ");
}

/**
 * A span that opens with a word of an occasion (an agreement, a visit, a protocol: "وقع مع نظيره
 * بروتوكولا للتعاون") names no person, though a nationality or title before it anchors one.
 */
function opensWithEventWord(ctx: Ctx, s: Span): boolean {
  return isOccasionWord(ctx.doc.tokens[s.first]!);
}

/**
 * A nationality adjective printed alone ("الإندونيسي" of "المنتدى الكويتي الإندونيسي") qualifies a
 * noun before it; no new person is named by it alone.
 */
function nationalityAlone(ctx: Ctx, s: Span): boolean {
  const p = ctx.placeAt[s.first];
  return s.first === s.last && !!p?.viaDemonym && p.firstToken === s.first && p.lastToken === s.last;
}

/**
 * Adds the tagger's persons to the rules' persons (in place) and returns the persons added.
 * `minConfidence` is the margin a new person needs (mentions of known persons need none).
 */
export function addTaggedPersons(
  ctx: Ctx,
  persons: PersonRead[],
  spans: readonly TaggedSpan[],
  home: string | null,
  blocked: (s: Span) => boolean,
  minConfidence: number,
): PersonRead[] {
  const taken = persons.flatMap((p) => [...p.tokenSpans, ...p.roleSpans]);
  const added: PersonRead[] = [];
  const candidates = spans
    .filter((s) => s.type === "PERS")
    .map((s) => cutAtNameVerb(ctx, cutAtNameEnd(ctx, cutAtTitle(ctx, s))))
    .filter((s) => !taken.some((t) => overlaps(t, s)) && !blocked(s) && !isEponym(ctx, s.first) && !opensWithEventWord(ctx, s) && !phraseNotName(ctx.doc.tokens, s.first, s.last) && !namesNoPerson(ctx, s));
  // Full names first, so a family name printed alone later finds its person.
  const ordered = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  for (const s of ordered) {
    const name = printed(ctx, s, true);
    if (!name.keys.length || name.keys.some((k) => k.length < 2)) continue;
    const mention = { start: name.start, end: name.end, surface: name.surface };
    const family = name.keys[name.keys.length - 1]!;
    const owner = [...persons, ...added].find((p) =>
      p.keys.some(
        (k) =>
          k.join(" ") === name.keys.join(" ") ||
          (name.keys.length === 1 && k.length >= 2 && k[k.length - 1] === family) ||
          familyTail(name.keys, k),
      ),
    );
    if (owner) {
      owner.mentions.push(mention);
      owner.mentions.sort((a, b) => a.start - b.start);
      owner.tokenSpans.push({ first: s.first, last: s.last });
      if (!owner.keys.some((k) => k.join(" ") === name.keys.join(" ") || familyTail(name.keys, k))) owner.keys.push(name.keys);
      continue;
    }
    const rank = rankBefore(ctx, s.first);
    const around = roleAround(ctx, s);
    // A role the rules gave a person already names that person, not this word too ("أشرف قائد
    // القوات البحرية، اللواء X": the verb أشرف before the admiral's role is no name the role anchors).
    const role = around && !taken.some((t) => overlaps(t, around)) ? around : null;
    // "ونظيرها الجيبوتي X": the office of the other side, with this person's nationality.
    const other = role?.counterpart ? otherRoleInSentence(ctx, [...persons, ...added], role) : null;
    const nationality = nationalityBefore(ctx, s.first) ?? (rank ? nationalityBefore(ctx, rank.first) : null);
    // A rank, a role or a nationality adjective beside the name says it is a person whatever the
    // tagger's margin (foreign names are words it never saw, so their margins are small).
    const anchored = !!(rank || role || nationality);
    // A full name that opens with a known given name needs no margin either ("وغادة عادل").
    if (name.keys.length < 2) {
      // A single word is a family name or a first name: a person of its own when the text says
      // it is one (an anchor, or a verb it is the subject of) or the tagger is sure of a family
      // name, never a word of a known person's name (his first name, or a word of a name the
      // rules ran too far: "مصطفى مدبولي صباح").
      const wordOfKnown = [...persons, ...added].some((p) => p.keys.some((k) => k.length >= 2 && k.includes(family)));
      // A rank's qualifier ("البحري" of "العميد البحري") the document pass pushed towards a name.
      if (wordOfKnown || rankQualifierKeys.has(family) || nationalityAlone(ctx, s) || s.confidence < minConfidence || !(anchored || verbBeside(ctx, s) || loneFamilyName(ctx, s, name))) continue;
    } else if (!anchored && s.confidence < minConfidence && !givenNameKeys.has(name.keys[0]!)) continue;
    // An international body's officer serves no state, as readPersons has it (persons/index.ts).
    const stateless = !!role && servesInternationalBody(ctx, role);
    const country = stateless ? null : ((role ? roleCountry(ctx, role) : null) ?? nationality ?? nearestState(ctx, s, true) ?? home ?? commonState(persons));
    added.push({
      name: clean(name.surface),
      aliases: [],
      rank: rank ? reportedRank(ctx, rank, !!role && role.first > rank.last) : null,
      role: other && role ? counterpartRole(ctx, role, other) : role ? clean(role.surface) : null,
      country,
      mentions: [mention],
      tokenSpans: [{ first: s.first, last: s.last }],
      roleSpans: role ? [{ first: role.first, last: role.last }] : [],
      keys: [name.keys],
    });
  }
  // Other full spellings of an added person are its aliases.
  for (const p of added) {
    const seen = new Set([p.name]);
    for (const m of p.mentions) {
      const surface = clean(m.surface);
      if (!seen.has(surface) && surface.includes(" ")) {
        seen.add(surface);
        p.aliases.push(surface);
      }
    }
  }
  persons.push(...added);
  return added;
}

interface Named extends Printed, Span {
  /** The name as listed: the printed one, with the article's alef back after لل (للأمم → الأمم). */
  name: string;
}

/**
 * A name that holds a place of the gazetteer and words beyond it ("ريال مدريد", "سسكا موسكو"):
 * the rules found something named there, and the tagger says how far the name runs and what it
 * names. Like a tagged name over a person the rules found, it needs no margin (the place's word
 * pulls the tagger towards a place, which is what shrinks the margin).
 */
function extendsPlace(ctx: Ctx, s: Span): boolean {
  const range = tokenRange(s.first, s.last);
  const place = (k: number) => !!ctx.placeAt[k] && !ctx.placeAt[k].viaDemonym;
  return range.some(place) && range.some((k) => ctx.doc.tokens[k]!.kind === "word" && !place(k));
}

/** The tagger's organizations or places that no rule entity overlaps, with their printed names. */
function untakenSpans(
  ctx: Ctx,
  spans: readonly TaggedSpan[],
  type: "ORG" | "LOC",
  taken: (s: Span) => boolean,
  minConfidence: number,
): Named[] {
  const out: Named[] = [];
  for (const s of spans) {
    if (s.type !== type || taken(s)) continue;
    if (s.confidence < minConfidence && !(type === "ORG" && extendsPlace(ctx, s))) continue;
    const t0 = ctx.doc.tokens[s.first]!;
    const p = printed(ctx, s);
    let name = clean(p.surface);
    if (t0.arabic && p.start === t0.start && /^[وف]?لل/.test(t0.key) && t0.key.length >= 5) {
      // "للأمم المتحدة": the mention starts at the ل of the article, the name gets its alef back.
      const at = t0.start + rawOffsetAfterLetters(t0.text, t0.key.startsWith("لل") ? 1 : 2);
      p.start = at;
      p.surface = ctx.doc.text.slice(at, p.end);
      name = clean("ا" + p.surface);
    }
    if (p.keys.length && p.keys.every((k) => k.length >= 2))
      out.push({ ...p, name, first: s.first, last: s.last });
  }
  return out;
}

export interface TaggedOrganization {
  name: string;
  country: string | null;
  mentions: { start: number; end: number; surface: string }[];
}

/** Organizations only the tagger found, one per name, each with its state (`countryOf`). */
export function taggedOrganizations(
  ctx: Ctx,
  spans: readonly TaggedSpan[],
  taken: (s: Span) => boolean,
  countryOf: (s: Span, name: string) => string | null,
  minConfidence: number,
): TaggedOrganization[] {
  const byName = new Map<string, TaggedOrganization>();
  for (const p of untakenSpans(ctx, spans, "ORG", taken, minConfidence)) {
    const key = p.keys.join(" ");
    let o = byName.get(key);
    if (!o) {
      o = { name: p.name, country: countryOf(p, p.name), mentions: [] };
      byName.set(key, o);
    }
    o.mentions.push({ start: p.start, end: p.end, surface: p.surface });
  }
  return [...byName.values()];
}

export interface TaggedPlace {
  name: string;
  kind: "city";
  country: string | null;
  lat: null;
  lon: null;
  mentions: { start: number; end: number; surface: string }[];
  spans: Span[];
  id: string;
}

/**
 * Places only the tagger found (the gazetteer does not know them). Most unknown places in news
 * are towns, so they are listed as cities, in the state named nearest to them in the sentence.
 */
export function taggedPlaces(
  ctx: Ctx,
  spans: readonly TaggedSpan[],
  taken: (s: Span) => boolean,
  minConfidence: number,
): TaggedPlace[] {
  const byName = new Map<string, TaggedPlace>();
  for (const p of untakenSpans(ctx, spans, "LOC", taken, minConfidence)) {
    if (isBarePlaceNoun(p.keys)) continue;
    const key = p.keys.join(" ").replace(/^ال/, "");
    let l = byName.get(key);
    if (!l) {
      l = {
        name: p.name,
        kind: "city",
        country: nearestState(ctx, p),
        lat: null,
        lon: null,
        mentions: [],
        spans: [],
        id: `tagged:${key}`,
      };
      byName.set(key, l);
    }
    l.mentions.push({ start: p.start, end: p.end, surface: p.surface });
    l.spans.push({ first: p.first, last: p.last });
  }
  return [...byName.values()];
}
