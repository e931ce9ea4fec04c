import { addDays, resolveWeekday } from "../dates/calendar";
import { findDates, findRelative } from "../dates/find";
import type { Doc } from "../document";
import type { LocationRead } from "../locations";
import type { Ctx } from "../persons/anchors";
import type { PersonRead } from "../persons";
import { notParticipantTrie } from "../persons/vocabulary";
import { cuesIn, type CueHit, type CueKind } from "./cues";

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
}

interface Unit {
  first: number;
  last: number;
  start: number;
  end: number;
}

const KIND_RANK: Record<string, number> = { site: 4, city: 3, region: 2, country: 1 };
const SPOKESMAN = /(متحدث|المتحدث|الناطق|ناطق|spokes)/u;
const DESTINATION = new Set(["الي", "الى", "إلى", "to", "in", "لـ", "ل"]);

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
): EventRead[] {
  const { doc } = ctx;
  const { tokens, text } = doc;
  const found: EventRead[] = [];
  const us = units(doc);
  const inRole = (k: number) => roleSpans.some((r) => k >= r.first && k <= r.last);
  let prev: EventRead | null = null;
  let prevUnit = -10;
  for (const [ui, u] of us.entries()) {
    const cues = cuesIn(tokens, text, u.first, u.last);
    if (!cues.length) continue;
    const types: EventType[] = [];
    const signing = has(cues, "signing");
    const agreementNoun = has(cues, "agreementNouns");
    if (signing && agreementNoun) types.push("agreement");
    const participation = has(cues, "participation");
    const gathering = cues.find((c) => c.kind === "gatheringNouns" && participation && c.first > participation.first);
    const sidelines = has(cues, "sidelines");
    if (participation && gathering && !(sidelines && sidelines.first < gathering.first)) types.push("conference");
    const welcome = has(cues, "welcome");
    const ceremony = has(cues, "ceremony");
    if (welcome && ceremony) types.push("reception");
    else if (ceremony && /(استقبال|الاستقبال)/u.test(text.slice(u.start, u.end))) types.push("reception");
    if (has(cues, "visit")) types.push("visit");
    const meetingCues = cues.filter((c) => c.kind === "meeting");
    const welcomeOnly = meetingCues.every((c) => cues.some((w) => w.kind === "welcome" && w.first === c.first));
    if (meetingCues.length && !(types.includes("reception") && welcomeOnly)) {
      // A meeting cue inside a gathering's name ("اجتماع وزراء دفاع") right after "على هامش" is no meeting of its own.
      const real = meetingCues.filter((c) => !(sidelines && c.first > sidelines.first && c.first - sidelines.last <= 2));
      if (real.length) types.push("meeting");
    }
    if (!types.length && has(cues, "other")) types.push("other");
    if (!types.length) continue;

    // Participants: persons named in the unit, minus spokesmen and the people others stand in for.
    const present: { idx: number; at: number }[] = [];
    persons.forEach((p, idx) => {
      const spans = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first));
      if (!spans.length) return;
      if (p.role && SPOKESMAN.test(p.role)) return;
      const at = Math.min(...spans.map((s) => s.first));
      const represented = spans.every((s) => {
        for (let k = Math.max(u.first, s.first - 5); k < s.first; k++) {
          const m = notParticipantTrie.matchAt(tokens, k, text);
          if (m && m.last < s.first) return true;
        }
        return false;
      });
      if (!represented) present.push({ idx, at });
    });
    present.sort((a, b) => a.at - b.at);
    let participants = present.map((p) => p.idx);
    let inherited = false;
    if (!participants.length && prev && ui - prevUnit <= 2) {
      participants = [...prev.participants];
      inherited = true;
    }

    // Location: the most specific place printed in the unit outside roles and names.
    const here = locations
      .flatMap((l) => l.spans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first)).map((s) => ({ l, s })))
      .sort((a, b) => a.s.first - b.s.first);
    const pick = (type: EventType) => {
      if (!here.length) return null;
      if (type === "visit") {
        const cue = cues.find((c) => c.kind === "visit");
        const dest = here.find((h) => cue && h.s.first > cue.last && DESTINATION.has(tokens[h.s.first - 1]?.key ?? "") );
        const destClitic = here.find((h) => cue && h.s.first > cue.last && /^(ل|ب)/.test(tokens[h.s.first]!.key) && !tokens[h.s.first]!.key.startsWith("ال"));
        if (dest) return dest.l;
        if (destClitic) return destClitic.l;
      }
      return [...here].sort((a, b) => (KIND_RANK[b.l.kind] ?? 0) - (KIND_RANK[a.l.kind] ?? 0) || a.s.first - b.s.first)[0]!.l;
    };
    const date = eventDate(doc, u, published);
    for (const type of types) {
      let ps = participants;
      if (type === "visit" && welcome && ps.length > 1) ps = ps.slice(1);
      let location = pick(type);
      if (!location && inherited && prev) location = prev.location;
      const e: EventRead = { type, participants: ps, location, date, start: u.start, end: u.end, unit: ui, inherited, fromTitle: u.end <= titleEnd };
      found.push(e);
    }
    prev = found[found.length - 1]!;
    prevUnit = ui;
  }
  return found;
}

function eventDate(doc: Doc, u: Unit, published: string | null): string | null {
  const monthFirst = doc.language === "en";
  for (const d of findDates(doc.tokens, doc.text, u.first, u.last, monthFirst)) {
    if (d.iso) return d.iso;
  }
  if (!published) return null;
  for (const r of findRelative(doc.tokens, doc.text, u.first, u.last)) {
    if (r.kind === "relative") return addDays(published, r.value);
    const prevTok = doc.tokens[r.firstToken - 1];
    const future = r.future || (prevTok ? ["غدا", "غدا", "tomorrow"].includes(prevTok.key) : false);
    return resolveWeekday(published, r.value, future && !r.past);
  }
  return null;
}
