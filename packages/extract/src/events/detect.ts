import { addDays, resolveWeekday } from "../dates/calendar";
import { findDates, findRelative } from "../dates/find";
import { yearlessDate } from "../dates/yearless";
import type { Doc } from "../document";
import type { LocationRead } from "../locations";
import type { Ctx } from "../persons/anchors";
import type { PersonRead } from "../persons";
import { notParticipantTrie } from "../persons/vocabulary";
import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import rules from "../rules/events.json";
import travel from "../rules/travel.json";
import { cuesIn, type CueHit, type CueKind } from "./cues";
import { daysBefore } from "./days-after";

/**
 * Events, sentence by sentence: the cues of a sentence decide which kinds of happening it reports
 * (see rules/events.json), the persons named in it are the participants, the most specific place
 * printed in it is the location, and a date printed or implied in it ("الأحد", "اليوم") is the
 * date. Sentences that continue an event ("وناقشا …", "تناول اللقاء …") take its participants.
 * Mentions of the same happening across the article are then merged.
 */

export type EventType = "visit" | "meeting" | "agreement" | "conference" | "reception" | "statement" | "other";

export interface EventRead {
  type: EventType;
  participants: number[];
  location: LocationRead | null;
  date: string | null;
  start: number;
  end: number;
  unit: number;
  inherited: boolean;
  fromTitle: boolean;
  /** The location is the dateline's city, which only says where the report was filed. */
  datelinePlace?: boolean;
  /** The sentence names its occasion by a definite noun ("المحادثات", "the talks"): one already reported. */
  told?: boolean;
  /** The sentence says it happened during the visit ("خلال الزيارة", "during his visit"). */
  duringVisit?: boolean;
  /** Told as what had happened before ("وكان … قد زار", "had visited"): an earlier occasion. */
  backstory?: boolean;
  /** A meeting of parties named without a person ("بحث وفدا البلدين …", "delegations met"). */
  collective?: boolean;
  /** An agreement told by a verb of agreeing ("اتفق الجانبان على", "agreed to"), not by a signing. */
  agreed?: boolean;
}

interface Unit {
  first: number;
  last: number;
  start: number;
  end: number;
}

const KIND_RANK: Record<string, number> = { site: 4, city: 3, region: 2, country: 1 };
const SPOKESMAN = /(متحدث|المتحدث|الناطق|ناطق|spokes)/u;
// "visiting" is left out: "the visiting US delegation" qualifies the guests.
const LATIN_VENUE_BEFORE = new Set(["in", "at", "to", "into", "near", "outside", "inside", "across", "around", "visit", "visited", "visits", "arrived", "reached", "capital", "city", "town", "port"]);
const LATIN_VENUE_OF = new Set(["coast", "coasts", "outskirts", "shores", "waters", "town", "city", "village", "port", "state", "province", "region", "district", "island"]);
const DESTINATION = new Set(["الي", "الى", "إلى", "to", "in", "لـ", "ل"]);
const SUBJECT_BEFORE_PLACE = new Set([...rules.subjectBeforePlace.ar, ...rules.subjectBeforePlace.en].map((w) => matchKey(w)));

// The definite nouns that name an occasion already reported, by the type of that occasion.
const toldOccasionTrie = new PhraseTrie<EventType>(Object.entries(rules.toldOccasion).flatMap(([type, phrases]) => phrases.map((p) => [p, type as EventType] as const)));

/**
 * Whether every cue of the sentence that reports `type` is a definite noun naming an occasion
 * already told ("وركزت المحادثات على …"): the sentence then adds to that occasion.
 */
function onlyToldAs(ctx: Ctx, type: EventType, cues: CueHit[]): boolean {
  if (!cues.length) return false;
  return cues.every((c) => {
    const m = toldOccasionTrie.matchAt(ctx.doc.tokens, c.first, ctx.doc.text);
    return !!m && m.value === type && m.last === c.last;
  });
}

// Cue kinds that report a happening of their own (the rest qualify one: with, between, during …).
const HAPPENING_KINDS = new Set<CueKind>(["visit", "meeting", "signing", "agreementNouns", "participation", "gatheringNouns", "welcome", "ceremony", "other", "otherVerbs", "statement"]);

/**
 * "وعقد اللقاء بحضور …", "The meeting was held in the presence of …": every happening the
 * sentence names is a definite noun for one already told, so it only says who attended it.
 */
function tellsNothingNew(ctx: Ctx, cues: CueHit[], attendance: CueHit): boolean {
  const { tokens, text } = ctx.doc;
  const toldEndingAt = (c: CueHit) => [c.first, c.first - 1].some((f) => f >= 0 && toldOccasionTrie.matchAt(tokens, f, text)?.last === c.last);
  return cues
    // "was attended by" holds the participation verb "attended", which is this attendance.
    // "وذكرت الوزارة في بيان أن اللقاء … حضره": the statement is how the report came, nothing new.
    .filter((c) => HAPPENING_KINDS.has(c.kind) && c.kind !== "statement" && !(c.first >= attendance.first && c.last <= attendance.last))
    // "وعقد اللقاء": عقد before a told occasion is the verb "held", not a contract.
    // "اللقاء الذي عقد في …": عقد after a relative pronoun is the verb too.
    .every((c) => toldEndingAt(c) || (c.kind === "agreementNouns" && c.first === c.last && (!!toldOccasionTrie.matchAt(tokens, c.last + 1, text) || RELATIVE.has(tokens[c.first - 1]?.key ?? ""))));
}

function units(doc: Doc): Unit[] {
  const out: Unit[] = [];
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i]!;
    const u: Unit = { first: s.first, last: s.last, start: s.start, end: s.end };
    // "… منهم:" followed by bullet lines belongs together.
    if (doc.text.slice(s.start, s.end).trimEnd().endsWith(":")) {
      let j = i + 1;
      while (j < ss.length && j - i <= 8 && /^[•\-*–·▪●\d]/u.test(doc.text.slice(ss[j]!.start, ss[j]!.start + 2))) {
        u.last = ss[j]!.last;
        u.end = ss[j]!.end;
        j++;
      }
      i = j - 1;
    }
    out.push(u);
  }
  return out;
}

function has(cues: CueHit[], kind: CueKind): CueHit | undefined {
  return cues.find((c) => c.kind === kind);
}

export function detectEvents(
  ctx: Ctx,
  persons: PersonRead[],
  locations: LocationRead[],
  published: string | null,
  titleEnd: number,
  roleSpans: { first: number; last: number }[],
  home: string | null = null,
  dateline: { line: { start: number }; first: number; last: number } | null = null,
): EventRead[] {
  const { doc } = ctx;
  // Lines above the dateline are headings (the headline, a subheading, a repeated lead): they
  // tell the event, but its own sentence is the one under the dateline.
  if (dateline) titleEnd = Math.max(titleEnd, dateline.line.start);
  const { tokens, text } = doc;
  const found: EventRead[] = [];
  const us = units(doc);
  const inRole = (k: number) => roleSpans.some((r) => k >= r.first && k <= r.last);
  let prev: EventRead | null = null;
  let prevUnit = -10;
  // A dateline printed on a line of its own ("القاهرة (أ ش أ)") opens the sentence under it.
  const datelineUnit = dateline ? us.findIndex((u) => dateline.first >= u.first && dateline.first < u.last) : -1;
  const datelineAlone = datelineUnit >= 0 && us[datelineUnit]!.last <= dateline!.last + 1;
  const datelinePlace = (u: Unit, ui: number): LocationRead | null => {
    if (!dateline) return null;
    if ((dateline.first < u.first || dateline.first >= u.last) && !(datelineAlone && ui === datelineUnit + 1)) return null;
    return locations.find((l) => l.spans.some((s) => s.first >= dateline.first && s.first < dateline.last)) ?? null;
  };
  // A cue word inside a name is part of the name ("فيصل" is not "ف" + "يصل", arrives).
  const inName = new Set(persons.flatMap((p) => p.tokenSpans.flatMap((sp) => Array.from({ length: sp.last - sp.first + 1 }, (_, i) => sp.first + i))));
  // The last full date a sentence printed, for a meeting "on the sidelines" of what it dated.
  let printed: { ui: number; iso: string } | null = null;
  for (const [ui, u] of us.entries()) {
    const cues = cuesIn(tokens, text, u.first, u.last).filter((c) => !inName.has(c.first));
    const printedBefore = printed;
    if (cues.some((c) => c.kind === "gatheringNouns" || c.kind === "sidelines" || c.kind === "meeting")) {
      const iso = findDates(tokens, text, u.first, u.last, doc.language === "en").find((d) => d.iso && !(dateline && d.firstToken >= dateline.first && d.firstToken < dateline.last))?.iso;
      if (iso) printed = { ui, iso };
    }
    if (!cues.length) continue;
    const presentHere = () =>
      persons
        .map((p, idx) => ({ idx, spans: p.tokenSpans.filter((sp) => sp.first >= u.first && sp.last < u.last) }))
        .filter((x) => x.spans.length)
        .sort((a, b) => a.spans[0]!.first - b.spans[0]!.first)
        .map((x) => x.idx);
    // "وحضر اللقاء ومراسم التوقيع X": the people named join the events just reported.
    const attendance = has(cues, "attendance");
    if (attendance && found.length && (attendance.first === cues[0]!.first || tellsNothingNew(ctx, cues, attendance))) {
      const who = presentHere();
      const wanted = new Set<EventType>();
      if (cues.some((c) => c.kind === "meeting")) wanted.add("meeting");
      if (cues.some((c) => c.kind === "signing")) wanted.add("agreement");
      if (cues.some((c) => c.kind === "ceremony")) wanted.add("reception");
      const targets = wanted.size ? [...wanted].map((t) => [...found].reverse().find((e) => e.type === t)).filter((e): e is EventRead => !!e) : [found[found.length - 1]!];
      for (const e of targets) for (const i of who) if (!e.participants.includes(i)) e.participants.push(i);
      continue;
    }
    const types: EventType[] = [];
    const signing = has(cues, "signing");
    const agreementNoun = has(cues, "agreementNouns");
    if (signing && agreementNoun) types.push("agreement");
    // "اتفقت الصومال وجيبوتي على …": a verb of agreeing that opens the sentence, or, as English
    // puts the subject first, one that nothing reported comes before ("X and Y agreed to …").
    else if (cues.some((c) => c.kind === "agreeVerbs" && agreesHere(tokens, u, c, cues))) types.push("agreement");
    const agreed = types.includes("agreement") && !signing;
    const participation = has(cues, "participation");
    const gathering = cues.find((c) => c.kind === "gatheringNouns" && participation && c.first > participation.first);
    const sidelines = has(cues, "sidelines");
    if (participation && gathering && !(sidelines && sidelines.first < gathering.first)) types.push("conference");
    const welcome = has(cues, "welcome");
    const ceremony = has(cues, "ceremony");
    if (welcome && ceremony) types.push("reception");
    else if (ceremony && /(استقبال|الاستقبال)/u.test(text.slice(u.start, u.end))) types.push("reception");
    const returns = cues.filter((c) => c.kind === "returnCues");
    // "وكان في استقباله لدى وصوله …": a welcome on arrival is part of the visit told before it.
    // "جولة جديدة من المحادثات": a round of talks, not a tour.
    const roundOfTalks = (c: CueHit) => ROUND.test(tokens[c.first]!.text) && cues.some((m) => m.kind === "meeting" && m.first > c.last && m.first - c.last <= 3);
    if (cues.some((c) => c.kind === "visit" && !roundOfTalks(c)) && !(welcome && found.some((e) => e.type === "visit"))) types.push("visit");
    // A discussion verb reports a meeting only with two people or a "with"; after a relative
    // pronoun it describes something else ("المؤتمر … والذي ناقش").
    const weak = new Set(cues.filter((c) => c.kind === "weakMeeting").map((c) => c.first));
    // "بحث وفدا البلدين …", "the delegations discussed …": parties named without a person.
    const collective = cues.filter((c) => c.kind === "collective");
    const namedHere = persons.filter((p) => p.tokenSpans.some((s) => s.first >= u.first && s.last < u.last)).length;
    const meetingCues = cues.filter((c) => {
      if (c.kind !== "meeting") return false;
      // "will meet in Basra": a plan, not a meeting.
      if (PLAN.has(tokens[c.first - 1]?.key ?? "")) return false;
      // "سيتوجه الأسبوع المقبل إلى أكرا لبحث …": whom a planned trip goes to meet is a plan too.
      if (PURPOSE_MEETING.test(tokens[c.first]!.text) && tokens.slice(u.first, c.first).some((t) => FUTURE_TRAVEL.has(t.key))) return false;
      // "وقعا الاتفاق خلال لقاء …", "signed after a day of talks": the agreement's occasion.
      if (types.includes("agreement") && occasionOfAgreement(tokens, c, cues)) return false;
      if (cues.some((r) => r.kind === "relative" && r.last === c.first - 1)) return false;
      if (!weak.has(c.first)) return true;
      return namedHere >= 2 || collective.some((g) => Math.abs(g.first - c.first) <= 4) || cues.some((w) => w.kind === "with" && w.first > c.first && w.first - c.last <= 12);
    });
    const welcomeOnly = meetingCues.every((c) => cues.some((w) => w.kind === "welcome" && w.first === c.first));
    // "flew to Abeche to meet local commanders", "وصل إلى عمّان لبحث …": whom a visit went to meet
    // is the visit's purpose, one occasion, not a meeting of its own.
    const purposeOnly = types.includes("visit") && meetingCues.length > 0 && meetingCues.every((c) => tokens[c.first - 1]?.key === "to" || PURPOSE_MEETING.test(tokens[c.first]!.text));
    if (meetingCues.length && !(types.includes("reception") && welcomeOnly) && !purposeOnly) {
      // A meeting cue inside a gathering's name ("اجتماع وزراء دفاع") right after "على هامش" is no meeting of its own.
      const real = meetingCues.filter((c) => !(sidelines && c.first > sidelines.first && c.first - sidelines.last <= 2));
      if (real.length) types.push("meeting");
    }
    const otherVerb = has(cues, "otherVerbs");
    // "met on Tuesday, two days after a shooting at a frontier post": an earlier happening of its own.
    const before = daysBefore(tokens, u.first, u.last);
    const earlier = before && cues.find((c) => c.kind === "other" && c.first > before.after && c.first - before.after <= 4) ? before : null;
    if (earlier && types.length && !types.includes("other")) types.push("other");
    if (((!types.length || types.every((t) => t === "visit")) && has(cues, "other")) || (otherVerb && !types.includes("other"))) types.push("other");
    if (!types.length) continue;

    // Participants: persons named in the unit, minus spokesmen and the people others stand in for.
    const repEnds: number[] = [];
    for (let k = u.first; k < u.last; k++) {
      const m = notParticipantTrie.matchAt(tokens, k, text);
      if (m) repEnds.push(m.last);
    }
    const present: { idx: number; at: number }[] = [];
    persons.forEach((p, idx) => {
      const spans = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first));
      if (!spans.length) return;
      if (p.role && SPOKESMAN.test(p.role)) return;
      const at = Math.min(...spans.map((s) => s.first));
      // Only the first person named after "مبعوثاً عن" is the one represented.
      const represented = spans.every((s) => repEnds.some((e) => e < s.first && s.first - e <= 14 && !persons.some((o, j) => j !== idx && o.tokenSpans.some((x) => x.first > e && x.first < s.first))));
      if (!represented) present.push({ idx, at });
    });
    present.sort((a, b) => a.at - b.at);
    let participants = present.map((p) => p.idx);
    let inherited = false;
    // "وناقشا …", "تناول اللقاء …", "كما اجتمع …": a sentence that continues the one before, whose
    // subject it leaves unsaid, has the same participants.
    const opensWithVerb = cues.some((c) => c.first - u.first <= 1 && c.kind !== "anaphora" && c.kind !== "between" && c.kind !== "with" && c.kind !== "collective") && /^(و|ف|كما)/.test(tokens[u.first]!.key);
    const adjacentProse = ui - prevUnit === 1 && u.last - u.first >= 8;
    if (!participants.length && prev && ui - prevUnit <= 2 && (has(cues, "anaphora") || opensWithVerb || adjacentProse)) {
      participants = [...prev.participants];
      inherited = true;
    }

    // Location: the most specific place printed in the unit outside roles and names.
    // Places after "بين" name the parties ("بين مصر وليبيا"), not the venue.
    const between = cues.filter((c) => c.kind === "between");
    const grouping = cues.filter((c) => c.kind === "grouping");
    const afterBetween = (k: number) => between.some((b) => k > b.last && k - b.last <= 4) || grouping.some((g) => k > g.last && k - g.last <= 2);
    // The dateline ("ISTANBUL (AA) -", "الرياض - واس") says where the wire filed from, not where it happened.
    const inDateline = (k: number) => !!dateline && k >= dateline.first && k < dateline.last;
    // "Turkiye’s minister": a state that owns a title is no venue.
    const possessor = (s: { last: number }) => ["’", "'"].includes(tokens[s.last + 1]?.text ?? "") && tokens[s.last + 2]?.key === "s";
    // English puts a venue after a preposition or a visit verb ("in Ankara", "visited Tehran"); a
    // bare state before a noun qualifies it ("US Army", "Jordan-US relations").
    const attributive = (s: { first: number; last: number }) => {
      const t = tokens[s.first]!;
      if (t.arabic) return false;
      const before = tokens[s.first - 1];
      // "off the coast of Fujairah", "on the outskirts of Kabul": the noun before "of" places it.
      if (before?.key === "of" && LATIN_VENUE_OF.has(tokens[s.first - 2]?.key ?? "")) return false;
      if (before && (LATIN_VENUE_BEFORE.has(before.key) || (before.key !== "visiting" && cues.some((c) => c.kind === "visit" && c.last === s.first - 1)))) return false;
      return true;
    };
    // "بحث تطورات الأوضاع في قطاع غزة", "discussed the situation in Sudan": the matter, not the venue.
    // "الأمن البحري في الخليج", "maritime security in the Gulf": an adjective may stand between.
    const subjectAt = (k: number) => SUBJECT_BEFORE_PLACE.has((tokens[k]?.key ?? "").replace(/^[وب](?=ال)/u, ""));
    const adjective = (k: number) => ADJECTIVE.test(tokens[k]?.key ?? "");
    const discussed = (s: { first: number }) => {
      const at = tokens[s.first - 1]?.key === "the" ? s.first - 1 : s.first;
      return ["في", "in"].includes(tokens[at - 1]?.key ?? "") && (subjectAt(at - 2) || (adjective(at - 2) && subjectAt(at - 3)));
    };
    const printedHere = locations
      .flatMap((l) => l.spans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first) && !afterBetween(s.first) && !inDateline(s.first) && !possessor(s) && !attributive(s) && !discussed(s)).map((s) => ({ l, s })))
      .sort((a, b) => a.s.first - b.s.first);
    // "وفي نيامي، أعلنت الوزارة أن جنديين قتلا قرب إنغال": the place before the announcement is
    // where it was announced; what happened happened at the place of the reported clause.
    // Only when what happened is told inside that clause: "التقى … وأكد أن … مع بكين" met elsewhere.
    const reported = reportedClauseStart(tokens, u);
    const happening = cues.find((c) => HAPPENING_KINDS.has(c.kind) && c.kind !== "statement");
    const inClause = reported === null || !happening || happening.first < reported ? [] : printedHere.filter((h) => h.s.first > reported);
    const here = inClause.length ? inClause : printedHere;
    const pick = (type: EventType) => {
      if (type === "visit") {
        // The place a visit goes to; the place after "عاد إلى" is home.
        const visitCues = cues.filter((c) => c.kind === "visit" && !returns.some((r) => r.first === c.first));
        const referenceOnly = visitCues.length > 0 && visitCues.every((c) => cues.some((r) => r.kind === "reference" && r.last < c.first && c.first - r.last <= 1));
        const homeWord = cues.find((c) => c.kind === "homeWords" && visitCues.some((v) => c.first > v.last && c.first - v.last <= 3));
        if (homeWord && home) {
          const h = locations.find((l) => l.kind === "country" && l.country === home);
          if (h) return h;
        }
        if (!here.length) return null;
        const afterReturn = (k: number) => returns.some((r) => k > r.last && k - r.last <= 6);
        for (const cue of visitCues) {
          const dest = here.find((h) => h.s.first > cue.last && h.s.first - cue.last <= 6 && (DESTINATION.has(tokens[h.s.first - 1]?.key ?? "") || (/^(ل|ب)/.test(tokens[h.s.first]!.key) && !tokens[h.s.first]!.key.startsWith("ال"))));
          if (dest) return dest.l;
        }
        // "خلال الزيارة": a visit told before; only an explicit destination places it.
        if (referenceOnly) return null;
        const rest = here.filter((h) => !afterReturn(h.s.first));
        if (!rest.length) return null;
        return [...rest].sort((a, b) => (KIND_RANK[b.l.kind] ?? 0) - (KIND_RANK[a.l.kind] ?? 0) || a.s.first - b.s.first)[0]!.l;
      }
      if (!here.length) return null;
      return [...here].sort((a, b) => (KIND_RANK[b.l.kind] ?? 0) - (KIND_RANK[a.l.kind] ?? 0) || a.s.first - b.s.first)[0]!.l;
    };
    const titleVenue = () => here.find((h) => ["في", "in"].includes(tokens[h.s.first - 1]?.key ?? "") || /^ب[^ا]/.test(tokens[h.s.first]!.key))?.l ?? null;
    // "وعلى هامش الجلسة، التقت …": the gathering told just before, with its printed day, is the day.
    const sidelinesOf = has(cues, "sidelines") && printedBefore && ui - printedBefore.ui <= 2 ? printedBefore.iso : null;
    const date = sidelinesOf ?? eventDate(doc, u, published, inDateline);
    // "عقد خلال الزيارة عدة اجتماعات", "during his visit": what the sentence tells happened on the visit.
    const visitWords = cues.filter((c) => c.kind === "visit" && !returns.some((r) => r.first === c.first));
    const duringVisit = cues.some((r) => r.kind === "reference" && visitWords.some((v) => v.first > r.last && v.first - r.last <= 1));
    const toldCues: Partial<Record<EventType, CueHit[]>> = { meeting: meetingCues, visit: visitWords, reception: cues.filter((c) => c.kind === "ceremony") };
    // "جاء ذلك خلال لقاء جمع …": the sentence tells where and among whom the event just told
    // happened; it adds to that event.
    const occasion = has(cues, "occasionOf");
    if (occasion && occasion.first - u.first <= 1 && prev && ui - prevUnit <= 2 && types.every((t) => t === "meeting")) {
      for (const i of participants) if (!prev.participants.includes(i)) prev.participants.push(i);
      const place = pick(prev.type);
      if (place) {
        prev.location = place;
        prev.datelinePlace = false;
      }
      prevUnit = ui;
      continue;
    }
    // The earlier happening stands where its own words place it; the occasion, before them.
    const earlierOwn = (type: EventType) => {
      if (!earlier) return null;
      const inClause = here.filter((h) => h.s.first > earlier.after);
      const ranked = (hs: typeof here) => [...hs].sort((a, b) => (KIND_RANK[b.l.kind] ?? 0) - (KIND_RANK[a.l.kind] ?? 0) || a.s.first - b.s.first)[0]?.l ?? null;
      return type === "other" ? ranked(inClause) : ranked(here.filter((h) => h.s.first < earlier.after));
    };
    for (const type of types) {
      let ps = participants;
      if (earlier && type === "other") ps = [];
      if (type === "visit" && welcome && ps.length > 1) ps = ps.slice(1);
      // A headline names the parties more often than the venue; "يبحث في روما" names the venue.
      // A sentence that continues an event ("وناقش الطرفان الاعتداءات … على الحدود مع أذربيجان")
      // names what was discussed, not where: it keeps the event's place.
      // A visit names where it went ("زارت الوزيرة القاعدة البحرية بـ…"): it keeps its own place.
      const ownVisitPlace = type === "visit" && inherited ? pick(type) : null;
      // A headline's agreement names what was agreed on ("تتفقان على دوريات في خليج عدن"), not where.
      const headlineVenue = () => (type === "agreement" && agreed ? null : titleVenue());
      const own = earlier && type === "other" ? earlierOwn(type) : (earlierOwn(type) ?? ownVisitPlace) ?? (inherited && prev?.location ? prev.location : u.end <= titleEnd ? headlineVenue() : pick(type));
      const filedAt = own || (earlier && type === "other") ? null : datelinePlace(u, ui);
      const location = own ?? filedAt;
      const told = !!toldCues[type] && onlyToldAs(ctx, type, toldCues[type]);
      const back = earlier && type === "other" && (date ?? published) ? addDays((date ?? published)!, -earlier.days) : null;
      const e: EventRead = { type, participants: ps, location, date: earlier && type === "other" ? back : date, start: u.start, end: u.end, unit: ui, inherited, fromTitle: u.end <= titleEnd, datelinePlace: !!filedAt || (inherited && !!prev?.datelinePlace), told, duringVisit: duringVisit && type !== "visit", backstory: pluperfect(tokens, u) };
      if (type === "meeting" && !ps.length && collective.length) e.collective = true;
      if (type === "agreement" && agreed) e.agreed = true;
      found.push(e);
    }
    prev = found[found.length - 1]!;
    prevUnit = ui;
  }
  return found;
}

/** "وكان X قد زار …", "had visited": the sentence tells what happened before the report's day. */
function pluperfect(tokens: readonly { key: string; text: string }[], u: Unit): boolean {
  const opener = tokens[u.first]?.text ?? "";
  if (/^و?كان(ت)?$/u.test(opener)) {
    for (let k = u.first + 1; k < u.last && k - u.first <= 10; k++) if (tokens[k]!.text === "قد") return true;
  }
  for (let k = u.first; k < u.last - 1; k++) if (tokens[k]!.key === "had" && /ed$/.test(tokens[k + 1]!.key)) return true;
  return false;
}

const PLAN = new Set(["will", "would", "shall", "to"]);
const ROUND = /^(ال)?جولة$/u;
// "في ختام اجتماع", "at the end of talks": the close of a meeting is a time too.
const TIME_PREPOSITION = new Set(["خلال", "اثناء", "بعد", "عقب", "ختام", "اختتام", "during", "after", "following", "at"]);
const ARTICLE = new Set(["the", "a", "an"]);
// Adjectives of a matter discussed: Arabic nisba forms with the article ("البحري", "الأمنية"), English ones
// in -al/-ic/-ary/-ime ("maritime", "regional", "economic", "military").
const ADJECTIVE = /^(ال\S+يه?|\w+(al|ic|ary|ime))$/u;

/**
 * Whether a verb of agreeing reports an agreement: it opens the sentence (Arabic puts the verb
 * first), or nothing reported and no "said" comes before it (English puts the parties first);
 * "the agreed text" is an adjective, and "قال إن الجانبين اتفقا" reports words, not the occasion.
 */
function agreesHere(tokens: readonly { key: string; text: string }[], u: Unit, c: CueHit, cues: CueHit[]): boolean {
  if (c.first - u.first <= 1) return true;
  if (ARTICLE.has(tokens[c.first - 1]?.key ?? "")) return false;
  if (cues.some((o) => o.first < c.first && HAPPENING_KINDS.has(o.kind))) return false;
  for (let k = u.first; k < c.first; k++) if (REPORT_VERB.test(tokens[k]!.text) || LATIN_REPORT.has(tokens[k]!.key)) return false;
  return true;
}

/** A meeting word up to four words after a preposition of time, with no other cue between. */
function occasionOfAgreement(tokens: readonly { key: string }[], c: CueHit, cues: CueHit[]): boolean {
  for (let k = c.first - 1; k >= 0 && c.first - k <= 4; k--) {
    if (TIME_PREPOSITION.has(tokens[k]!.key.replace(/^و(?=.{3})/u, ""))) return true;
    if (cues.some((o) => o !== c && o.first <= k && o.last >= k)) return false;
  }
  return false;
}

// Future forms of the verbs of travelling (سـ + imperfect): a trip not yet made.
const FUTURE_TRAVEL = new Set(travel.toward.ar.filter((w) => /^س[يت]/u.test(w)).map((w) => matchKey(w)));
const PURPOSE_MEETING = /^(لبحث|للقاء|لمناقشة|للتباحث|ليلتقي|لإجراء)/u;
const RELATIVE = new Set(["الذي", "التي", "الذى"]);
const REPORT_VERB = /^و?(قال|أعلن|اعلن|أكد|اكد|أوضح|اوضح|ذكر|أفاد|افاد|صرح)(ت)?$/u;
const THAT = new Set(["أن", "ان", "بأن", "بان", "that"]);
const LATIN_REPORT = new Set(["said", "says", "announced", "reported", "stated"]);

/**
 * The token after which a sentence's reported clause begins ("أعلنت … أن", "said … that"), when the
 * sentence reports one; null when it does not.
 */
function reportedClauseStart(tokens: readonly { key: string; text: string }[], u: Unit): number | null {
  for (let k = u.first; k < u.last; k++) {
    const t = tokens[k]!;
    if (!REPORT_VERB.test(t.text) && !LATIN_REPORT.has(t.key)) continue;
    for (let j = k + 1; j < u.last && j - k <= 12; j++) if (THAT.has(tokens[j]!.text.toLowerCase())) return j;
    return null;
  }
  return null;
}

function eventDate(doc: Doc, u: Unit, published: string | null, inDateline: (k: number) => boolean): string | null {
  const monthFirst = doc.language === "en";
  const all = findDates(doc.tokens, doc.text, u.first, u.last, monthFirst);
  // The dateline's date is the day the report was filed ("الرباط ٦ يونيو (و م ع) - استقبل … يوم
  // الثلاثاء الماضي"): the sentence's own day, printed or relative, comes first.
  const dates = all.filter((d) => !inDateline(d.firstToken));
  const filed = all.find((d) => inDateline(d.firstToken) && d.iso)?.iso ?? null;
  for (const d of dates) {
    if (d.iso) return d.iso;
  }
  if (!published) return filed;
  for (const d of dates) {
    const iso = d.hijri ? null : yearlessDate(d.month, d.day, published, false);
    if (iso) return iso;
  }
  for (const r of findRelative(doc.tokens, doc.text, u.first, u.last)) {
    if (inDateline(r.firstToken)) continue;
    if (r.kind === "relative") return addDays(published, r.value);
    const prevTok = doc.tokens[r.firstToken - 1];
    const future = r.future || (prevTok ? ["غدا", "غدا", "tomorrow"].includes(prevTok.key) : false);
    return resolveWeekday(published, r.value, future && !r.past);
  }
  for (const d of all) {
    const iso = d.iso ?? (d.hijri ? null : yearlessDate(d.month, d.day, published, true));
    if (iso) return iso;
  }
  return null;
}

/** An article that reports nothing but a statement ("أوضح البيان الشهري …") gets a statement event. */
export function statementEvent(doc: Doc): EventRead | null {
  for (const [ui, u] of units(doc).entries()) {
    const cues = cuesIn(doc.tokens, doc.text, u.first, u.last);
    if (cues.some((c) => c.kind === "statement")) return { type: "statement", participants: [], location: null, date: null, start: u.start, end: u.end, unit: ui, inherited: false, fromTitle: false };
  }
  return null;
}
