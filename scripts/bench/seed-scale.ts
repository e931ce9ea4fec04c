import { matchKey, nameSkeleton, searchTerms } from "@marsad/extract/text";
import type postgres from "postgres";
import { variant } from "./article-mix";

/**
 * Fills a database with `articles` processed articles and a proportional knowledge graph
 * (entities with aliases, mentions, events with participants), by bulk SQL — fast enough to
 * reach 100,000 articles in a couple of minutes on this machine.
 */
export async function seedAtScale(sql: postgres.Sql, texts: string[], articles: number) {
  const persons = Math.max(50, Math.floor(articles / 20));
  const given = ["محمد", "أحمد", "خالد", "صدام", "عبد المجيد", "علي", "حسن", "يوسف", "عمر", "سالم"];
  const family = ["حفتر", "صقر", "خليفة", "الدبيبة", "المنفي", "الحداد", "العبيدي", "الشريف", "الورفلي", "التاجوري"];
  const entityRows = Array.from({ length: persons }, (_, i) => {
    const name = `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]} ${i}`;
    // Keyed as the store keys people: the name's matching key and its family name's skeleton.
    return { name, key: matchKey(name), skeleton: nameSkeleton(name).at(-1) ?? null };
  });
  for (let i = 0; i < entityRows.length; i += 2000) {
    const chunk = entityRows.slice(i, i + 2000);
    await sql`insert into entities ${sql(chunk.map((e) => ({ type: "person", canonical_name: e.name, name_key: e.key, family_skeleton: e.skeleton, country: "LY", mention_count: 0 })))}`;
  }
  await sql`insert into entity_aliases (entity_id, alias, alias_key) select id, canonical_name, name_key from entities`;
  const ids = (await sql<Array<{ id: string }>>`select id from entities order by name_key`).map((r) => r.id);

  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < articles; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, articles - i) }, (_, j) => {
      const n = i + j;
      const text = variant(texts, n).slice(0, 1500);
      return {
        status: "done",
        content_hash: `seed-${n}`,
        raw_text: text,
        cleaned_text: text,
        title: text.split("\n")[0]!.slice(0, 200),
        language: "ar",
        published_at: day(n),
        source: ["الأناضول", "رويترز", "سبوتنيك", "الوسط"][n % 4]!,
        extractor_version: "seed",
      };
    });
    const ids = await sql<Array<{ id: string; created_at: Date }>>`insert into articles ${sql(rows)} returning id, created_at`;
    const terms = rows.map((r) => searchTerms(r.raw_text));
    await sql`
      insert into article_search (article_id, created_at, vector)
      select id::uuid, created_at::timestamptz, strip(to_tsvector('simple', terms))
      from unnest(${sql.array(ids.map((r) => r.id))}::text[], ${sql.array(ids.map((r) => r.created_at.toISOString()))}::text[], ${sql.array(terms)}::text[])
        as t(id, created_at, terms)`;
  }
  // Three people per article, mentions at made-up offsets, and one event per ten articles.
  await sql`
    with a as (select id, row_number() over (order by created_at, id) as n from articles),
         e as (select id, row_number() over (order by name_key) - 1 as k from entities)
    insert into article_entities (article_id, entity_id, name, rank, role, country, mention_count, extractor_version)
    select a.id, e.id, 'seed', case when a.n % 2 = 0 then 'الفريق' else 'اللواء' end, 'رئيس الأركان', 'LY', 2, 'seed'
    from a cross join generate_series(0, 2) g join e on e.k = (a.n * 7 + g * 131) % ${ids.length}`;
  await sql`
    insert into mentions (article_id, entity_id, start, "end", surface, extractor_version)
    select article_id, entity_id, o * 10, o * 10 + 5, 'seed', 'seed'
    from (select article_id, entity_id, row_number() over (partition by article_id order by entity_id) * 2 as base from article_entities) ae
    cross join lateral (select ae.base + s as o from generate_series(0, 1) s) g`;
  // Egypt, named in nearly every article of this beat: the entity whose counters are hottest.
  await sql`
    with egypt as (
      insert into entities (type, canonical_name, name_key, country, mention_count)
      values ('country', 'مصر', 'iso:eg', 'EG', 0) returning id),
    links as (
      insert into article_entities (article_id, entity_id, name, country, mention_count, extractor_version)
      select a.id, egypt.id, 'مصر', 'EG', 1, 'seed' from articles a, egypt)
    insert into mentions (article_id, entity_id, start, "end", surface, extractor_version)
    select a.id, egypt.id, 0, 3, 'مصر', 'seed' from articles a, egypt`;
  await sql`update entities set mention_count = m.n from (select entity_id, count(*)::int n from mentions group by 1) m where m.entity_id = entities.id`;
  // Fingerprints and stories, one story per five articles, as the worker leaves them.
  await sql`
    with stories as (
      insert into story_clusters (label) select 'seed story ' || g from generate_series(0, ${Math.ceil(articles / 5)}) g returning id),
    numbered as (select id, row_number() over () - 1 as k from stories),
    a as (select id, row_number() over (order by created_at, id) - 1 as n from articles)
    update articles set simhash = (random() * 9.2e18)::bigint - (random() * 9.2e18)::bigint, story_id = numbered.id
    from a join numbered on numbered.k = a.n / 5 where articles.id = a.id`;
  await sql`
    with a as (select id, published_at, row_number() over (order by created_at, id) as n from articles)
    insert into events (type, date, date_source, anchor_date, location, countries, summary, article_count)
    select (array['visit','meeting','agreement','reception'])[1 + (n / 10) % 4]::event_type, published_at,
           case when published_at is null then null else 'publication'::event_date_source end, published_at,
           'القاهرة', array['EG','LY'], 'seed event ' || n, 1
    from a where n % 10 = 0`;
  await sql`
    with ev as (select id, row_number() over (order by created_at, id) as n from events),
         a as (select id, row_number() over (order by created_at, id) as n from articles where 1=1)
    insert into event_articles (event_id, article_id, ordinal, summary, extractor_version)
    select ev.id, a.id, 0, 'seed', 'seed' from ev join a on a.n = ev.n * 10`;
  await sql`
    insert into event_participants (event_id, entity_id)
    select distinct ea.event_id, ae.entity_id from event_articles ea join article_entities ae on ae.article_id = ea.article_id`;
  // What autovacuum does after so many inserts (the test server runs with it off): statistics, and
  // the visibility map that lets counts read indexes alone, as they do on a live archive.
  await sql`vacuum analyze`;
  return { persons: ids.length };
}
