import { searchRuleKey } from "@marsad/db";
import { eventTypeSchema, topicSchema, watchKeys } from "@marsad/schema/zod";
import type postgres from "postgres";

// States the sample articles name, so pair and event-type rules really match (and alert).
const STATES = ["EG", "LY", "PK", "TN", "DZ", "SA", "TR", "US", "FR", "IT", "RU", "CN", "SD", "MA", "JO", "AE", "QA", "IR", "IQ", "SY"];
const SEARCHES = ["الجيش", "التعاون العسكري", "وزير الدفاع", "الحدود", "تدريب", "الصناعات الدفاعية", "Pakistan", "navy"];

interface RuleRow {
  watchlist_id: string;
  kind: string;
  match_key: string;
  label: string;
  countries: string[];
  event_type: string | null;
  topic: string | null;
  query: string | null;
}

const rule = (watchlistId: string, kind: string, matchKey: string, label: string, extra: Partial<RuleRow>): RuleRow => ({
  watchlist_id: watchlistId,
  kind,
  match_key: matchKey,
  label,
  countries: [],
  event_type: null,
  topic: null,
  query: null,
  ...extra,
});

/**
 * `BENCH_WATCHLISTS=N`: N watchlists as analysts would make them — each follows a pair of states,
 * an event type in a state and a topic; one in ten also a saved search — so that every article
 * is matched against all of them while the pipeline runs.
 */
export async function seedWatchlists(sql: postgres.Sql, count: number): Promise<number> {
  const types = eventTypeSchema.options;
  const topics = topicSchema.options;
  let rules = 0;
  for (let from = 0; from < count; from += 200) {
    const ids = await sql<Array<{ id: string }>>`
      insert into watchlists (name) select 'bench watchlist ' || g from generate_series(${from}::int, ${Math.min(count, from + 200) - 1}::int) g returning id`;
    const rows: RuleRow[] = [];
    ids.forEach(({ id }, k) => {
      const i = from + k;
      const a = STATES[i % STATES.length]!;
      const b = STATES[(i * 7 + 3) % STATES.length]!;
      const pair = a === b ? [a, STATES[(i + 1) % STATES.length]!] : [a, b];
      const type = types[i % types.length]!;
      const state = STATES[(i * 3) % STATES.length]!;
      const topic = topics[i % topics.length]!;
      rows.push(
        rule(id, "country-pair", watchKeys.pair(pair[0]!, pair[1]!), pair.join("–"), { countries: pair.sort() }),
        rule(id, "event-type", watchKeys.eventTypeInCountry(type, state), `${type} · ${state}`, { event_type: type, countries: [state] }),
        rule(id, "topic", watchKeys.topic(topic), topic, { topic }),
      );
      const query = SEARCHES[i % SEARCHES.length]!;
      const key = i % 10 === 0 ? searchRuleKey(query) : null;
      if (key) rows.push(rule(id, "search", key, query, { query }));
    });
    await sql`insert into watch_rules ${sql(rows, "watchlist_id", "kind", "match_key", "countries", "event_type", "topic", "query", "label")}`;
    rules += rows.length;
  }
  return rules;
}
