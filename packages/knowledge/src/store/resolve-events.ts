import { sql } from "drizzle-orm";
import type { StorableEvent } from "./extraction-shape";
import { dayNumber } from "./day-number";
import { compatibleTypes, typeFamily } from "./occasion";
import { prepared, type PendingWrites } from "./prepared";
import { EVENT_WINDOW_DAYS, judgeReport, mergeGains, withGain, type EventCandidate, type EventGain, type NewEvent, type StoredEvent } from "./resolve-event";
import type { Tx } from "./tx";

/** One article of a batch, as its events are resolved: its reports in the order it tells them. */
export interface ReportingArticle {
  articleId: string;
  extractorVersion: string;
  reports: EventCandidate[];
}

/** A stored event as the batch knows it, changed by what the batch's earlier articles reported. */
interface KnownEvent extends StoredEvent {
  anchor_date: string;
  /** Its participants' rows (`event_participants`). */
  linked: string[];
  /** Participants an analyst rejected, ever: they still identify the event. */
  rejectedEver: string[];
  /** The participant corrections in force, by entity. */
  corrections: Map<string, string>;
  /** Articles whose report of it an analyst detached: they never join it again. */
  rejectedReports: string[];
}

/**
 * The events near a batch's reports, read once, and what the batch does to them as its articles
 * are resolved in order: events created, participants added, dates and places learnt. Every event
 * an earlier article changed was read (it was near that article's report), so asking the memory
 * for a later report gives what one lookup would give after the earlier articles had committed.
 */
class EventMemory {
  /** The events of each family of compatible types (`typeFamily`), in the order read or created. */
  private readonly byFamily = new Map<string, KnownEvent[]>();
  private readonly byId = new Map<string, KnownEvent>();

  constructor(rows: KnownEvent[]) {
    for (const e of rows) this.add(e);
  }

  get(id: string): KnownEvent | undefined {
    return this.byId.get(id);
  }

  /**
   * The events a report may tell of: of a compatible type, and near its day, or reported by its
   * article before, or naming two of its people; never one this article already reports, nor one
   * an analyst detached this article's report from. The memory's own objects, in its order: a
   * batch asks this for every report, and copying every event near each cost more than judging it.
   */
  nearby(articleId: string, c: EventCandidate, taken: string[]): StoredEvent[] {
    const types = compatibleTypes(c.event.type);
    const day = dayNumber(c.anchorDate);
    const before = c.reportedBefore ?? [];
    return (this.byFamily.get(typeFamily(c.event.type)) ?? []).filter(
      (e) =>
        types.includes(e.type) &&
        !taken.includes(e.id) &&
        !e.rejectedReports.includes(articleId) &&
        (Math.abs(dayNumber(e.anchor_date) - day) <= EVENT_WINDOW_DAYS ||
          before.includes(e.id) ||
          e.linked.filter((p) => c.participantIds.includes(p)).length >= 2),
    );
  }

  add(event: KnownEvent): void {
    // Its participants as matching reads them: those linked, and those an analyst rejected.
    event.participants = [...new Set([...event.linked, ...event.rejectedEver])];
    const family = typeFamily(event.type);
    const events = this.byFamily.get(family);
    if (events) events.push(event);
    else this.byFamily.set(family, [event]);
    this.byId.set(event.id, event);
  }

  /** The participants a report gives an event, as its corrections leave them. */
  participantsGiven(id: string, participantIds: string[]): string[] {
    const corrections = this.byId.get(id)!.corrections;
    const accepted = [...corrections].filter(([, action]) => action === "accept").map(([entity]) => entity);
    return [...new Set([...participantIds.filter((p) => corrections.get(p) !== "reject"), ...accepted])];
  }

  join(id: string, participants: string[]): void {
    const e = this.byId.get(id)!;
    const rejected = new Set([...e.corrections].filter(([, action]) => action === "reject").map(([entity]) => entity));
    e.linked = [...new Set([...e.linked, ...participants])].filter((p) => !rejected.has(p));
    e.participants = [...new Set([...e.linked, ...e.rejectedEver])];
  }

  learn(gain: EventGain): void {
    const e = this.byId.get(gain.id)!;
    Object.assign(e, withGain(e, gain));
  }
}

/** The rows the batch's reports write: new events, their participants, and the reports themselves. */
interface EventRows {
  created: NewEvent[];
  participants: Array<{ eventId: string; entityId: string }>;
  /** Participants an analyst rejected, taken off the events reported (the extraction just put them back). */
  rejected: Array<{ eventId: string; entityId: string }>;
  coverage: Array<{ eventId: string; articleId: string; ordinal: number; event: StorableEvent; extractorVersion: string; joinedBy: string | null }>;
}

/**
 * Records the reports of a batch of articles: one lookup of every stored event near any of them,
 * then, article after article and report after report, the stored event each tells of (see
 * `judgeReport`) or a new one, and one statement writing every new event, participant and report.
 * Analysts' corrections apply: participants they rejected are taken off the events reported, those
 * they accepted kept, and a report they detached from an event never joins it again. Returns each
 * article's events in the order it tells them, and what the reports teach stored events (written
 * with the counters).
 */
export async function resolveBatchEvents(
  tx: Tx,
  writes: PendingWrites,
  articles: ReportingArticle[],
): Promise<{ eventIds: string[][]; gains: EventGain[] }> {
  const memory = new EventMemory(await lookupEvents(tx, articles.flatMap((a) => a.reports)));
  const rows: EventRows = { created: [], participants: [], rejected: [], coverage: [] };
  const eventIds: string[][] = [];
  let batchGains: EventGain[] = [];
  for (const a of articles) {
    const taken: string[] = [];
    const gains: EventGain[] = [];
    for (const [ordinal, report] of a.reports.entries()) {
      const verdict = judgeReport(report, memory.nearby(a.articleId, report, taken));
      let id: string;
      if ("created" in verdict) {
        id = verdict.created.id;
        memory.add({ ...verdict.created, linked: [], rejectedEver: [], corrections: new Map(), rejectedReports: [] });
        rows.created.push(verdict.created);
      } else {
        id = verdict.joined.id;
        if (verdict.gain) gains.push(verdict.gain);
      }
      const given = memory.participantsGiven(id, report.participantIds);
      memory.join(id, given);
      rows.participants.push(...given.map((entityId) => ({ eventId: id, entityId })));
      for (const [entityId, action] of memory.get(id)!.corrections) if (action === "reject") rows.rejected.push({ eventId: id, entityId });
      rows.coverage.push({
        eventId: id,
        articleId: a.articleId,
        ordinal,
        event: report.event,
        extractorVersion: a.extractorVersion,
        joinedBy: "joined" in verdict ? JSON.stringify(verdict.reason) : null,
      });
      taken.push(id);
    }
    // Written with the counters once the article is stored: later articles find the events so.
    for (const g of mergeGains(gains)) memory.learn(g);
    batchGains = mergeGains([...batchGains, ...gains]);
    eventIds.push(taken);
  }
  writeEventRows(tx, writes, rows);
  return { eventIds, gains: batchGains };
}

const uuids = (xs: Array<string | null>) => sql`${sql.param(xs)}::uuid[]`;
const texts = (xs: Array<string | null>) => sql`${sql.param(xs)}::text[]`;
const ints = (xs: Array<number | null>) => sql`${sql.param(xs)}::int[]`;

/**
 * Every stored event near any of these reports, in one statement whatever their number (the
 * reports' days, types and people travel as arrays): of a compatible type within
 * EVENT_WINDOW_DAYS of a report's day — a range the (type, anchor_date) index answers —, or
 * reported before by a report's article, or naming two of a report's people. With each, its
 * participants, the participant corrections (newest first) and the reports analysts detached.
 */
async function lookupEvents(tx: Tx, reports: EventCandidate[]): Promise<KnownEvent[]> {
  if (reports.length === 0) return [];
  const typePairs = reports.flatMap((r, i) => compatibleTypes(r.event.type).map((type) => ({ i, type })));
  const peoplePairs = reports.flatMap((r, i) => r.participantIds.map((entityId) => ({ i, entityId })));
  const rows = await prepared<Omit<KnownEvent, "corrections" | "rejectedEver" | "participants" | "rejectedReports"> & { participant_corrections: string[]; rejected_reports: string[] }>(
    tx,
    sql`with q as (select * from unnest(${ints(reports.map((_, i) => i))}, ${sql.param(reports.map((r) => r.anchorDate))}::text[]::date[]) as q(i, anchor)),
      qt as (select * from unnest(${ints(typePairs.map((p) => p.i))}, ${sql.param(typePairs.map((p) => p.type))}::event_type[]) as t(i, type)),
      qp as (select * from unnest(${ints(peoplePairs.map((p) => p.i))}, ${uuids(peoplePairs.map((p) => p.entityId))}) as p(i, entity_id)),
      hits as (
        select e.id from q join qt on qt.i = q.i join events e on e.type = qt.type
          and e.anchor_date between q.anchor - ${EVENT_WINDOW_DAYS}::int and q.anchor + ${EVENT_WINDOW_DAYS}::int
        union
        select unnest(${uuids([...new Set(reports.flatMap((r) => r.reportedBefore ?? []))])})
        union
        select p.event_id from qp join event_participants p on p.entity_id = qp.entity_id group by qp.i, p.event_id having count(*) >= 2)
      select e.id, e.type, e.date::text as date, e.date_source, e.anchor_date::text as anchor_date, e.location, e.location_kind,
        e.location_country, e.location_entity_id, e.countries,
        array(select p.entity_id from event_participants p where p.event_id = e.id) as linked,
        -- Ranges, not expressions, so the (fact_type, fact_key) index finds them among all corrections.
        array(select split_part(c.fact_key, ':', 2) || ':' || c.action from fact_corrections c
          where c.fact_type = 'participant' and c.fact_key > e.id::text || ':' and c.fact_key < e.id::text || ';'
          order by c.created_at desc, c.id desc) as participant_corrections,
        array(select k.article_id from (
            select distinct on (c.fact_key) split_part(c.fact_key, ':', 2) as article_id, c.action from fact_corrections c
            where c.fact_type = 'report' and c.fact_key > e.id::text || ':' and c.fact_key < e.id::text || ';'
            order by c.fact_key, c.created_at desc, c.id desc) k
          where k.action = 'reject') as rejected_reports
      -- Joined, not "id = any(array(…))": every event of a busy week is a hit, and the array
      -- form tests each event row against the whole array (hits × events comparisons).
      from events e join hits h on h.id = e.id
      order by e.anchor_date, e.created_at, e.id`,
  );
  // Field by field, not by rest and spread: a batch reads every event of its days, and copying
  // properties by enumeration cost more than the rest of reading them.
  return rows.map((r): KnownEvent => {
    const corrections = new Map<string, string>();
    const rejectedEver: string[] = [];
    for (const entry of r.participant_corrections) {
      const [entityId, action] = entry.split(":") as [string, string];
      if (!corrections.has(entityId)) corrections.set(entityId, action);
      if (action === "reject") rejectedEver.push(entityId);
    }
    return {
      id: r.id,
      type: r.type,
      date: r.date,
      date_source: r.date_source,
      anchor_date: r.anchor_date,
      location: r.location,
      location_kind: r.location_kind,
      location_country: r.location_country,
      location_entity_id: r.location_entity_id,
      countries: r.countries,
      linked: r.linked,
      participants: [],
      corrections,
      rejectedEver,
      rejectedReports: r.rejected_reports,
    };
  });
}

/**
 * The batch's new events, participants and reports in one statement, not awaited: the next
 * statement the transaction awaits carries it. Participants an analyst accepted are written only
 * while their entity exists.
 */
function writeEventRows(tx: Tx, writes: PendingWrites, rows: EventRows): void {
  const { created, participants, rejected, coverage } = rows;
  if (coverage.length === 0) return;
  const c = <T>(f: (e: NewEvent) => T) => created.map(f);
  writes.add(
    prepared(
      tx,
      sql`with created as (
          insert into events (id, type, date, date_source, anchor_date, location, location_kind, location_country, location_entity_id, countries, summary)
          select e.id, e.type, e.date, e.date_source, e.anchor_date, e.location, e.location_kind, e.location_country, e.location_entity_id,
            coalesce(array(select jsonb_array_elements_text(e.countries)), '{}'), e.summary
          from unnest(${uuids(c((e) => e.id))}, ${sql.param(c((e) => e.type))}::event_type[], ${sql.param(c((e) => e.date))}::text[]::date[],
            ${sql.param(c((e) => e.date_source))}::text[]::event_date_source[], ${sql.param(c((e) => e.anchor_date))}::text[]::date[], ${texts(c((e) => e.location))},
            ${texts(c((e) => e.location_kind))}, ${texts(c((e) => e.location_country))}, ${uuids(c((e) => e.location_entity_id))},
            ${sql.param(c((e) => JSON.stringify(e.countries)))}::text[]::jsonb[], ${texts(c((e) => e.summary))})
            as e(id, type, date, date_source, anchor_date, location, location_kind, location_country, location_entity_id, countries, summary)),
        dropped as (
          delete from event_participants p using unnest(${uuids(rejected.map((r) => r.eventId))}, ${uuids(rejected.map((r) => r.entityId))}) as r(event_id, entity_id)
          where p.event_id = r.event_id and p.entity_id = r.entity_id),
        participants as (
          insert into event_participants (event_id, entity_id)
          select distinct n.event_id, n.entity_id
          from unnest(${uuids(participants.map((p) => p.eventId))}, ${uuids(participants.map((p) => p.entityId))}) as n(event_id, entity_id)
          join entities x on x.id = n.entity_id
          on conflict do nothing),
        coverage as (
          insert into event_articles (event_id, article_id, ordinal, evidence, evidence_start, evidence_end, summary, extractor_version, joined_by)
          select * from unnest(${uuids(coverage.map((r) => r.eventId))}, ${uuids(coverage.map((r) => r.articleId))}, ${ints(coverage.map((r) => r.ordinal))},
            ${texts(coverage.map((r) => r.event.evidence?.text ?? null))}, ${ints(coverage.map((r) => r.event.evidence?.start ?? null))},
            ${ints(coverage.map((r) => r.event.evidence?.end ?? null))}, ${texts(coverage.map((r) => r.event.summary))},
            ${texts(coverage.map((r) => r.extractorVersion))}, ${sql.param(coverage.map((r) => r.joinedBy))}::text[]::jsonb[]))
      select 1`,
    ),
  );
}
