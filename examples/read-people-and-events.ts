/**
 * Reads people and events straight from Marsad's Postgres with Drizzle and the package's tables.
 *
 *   DATABASE_URL=postgres://… npx tsx read-people-and-events.ts
 *
 * Read-only: it prints the most mentioned people with the ranks and roles they were given, and
 * the latest events with their participants.
 */
import { entities, eventParticipants, events, articleEntities } from "@marsad/schema/tables";
import { and, desc, eq, inArray, isNull, isNotNull, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("set DATABASE_URL to Marsad's database, e.g. postgres://postgres@127.0.0.1:5432/marsad");
  process.exit(2);
}

const client = postgres(url, { max: 2 });
const db = drizzle(client, { casing: "snake_case" });

try {
  const people = await db
    .select({ id: entities.id, name: entities.canonicalName, country: entities.country, mentions: entities.mentionCount })
    .from(entities)
    .where(and(eq(entities.type, "person"), isNull(entities.mergedInto)))
    .orderBy(desc(entities.mentionCount))
    .limit(10);

  const titles = people.length
    ? await db
        .selectDistinct({ entityId: articleEntities.entityId, rank: articleEntities.rank, role: articleEntities.role })
        .from(articleEntities)
        .where(and(inArray(articleEntities.entityId, people.map((p) => p.id)), isNotNull(articleEntities.role)))
    : [];

  console.log(`people (${people.length}):`);
  for (const person of people) {
    const roles = titles.filter((t) => t.entityId === person.id).map((t) => [t.rank, t.role].filter(Boolean).join(" "));
    console.log(`- ${person.name} [${person.country ?? "?"}] ${person.mentions} mentions${roles.length ? ` — ${roles.join(" | ")}` : ""}`);
  }

  // By their known date, undated events (date null) last: anchorDate is an internal matching key.
  const latest = await db.select().from(events).orderBy(sql`${events.date} desc nulls last`, desc(events.createdAt)).limit(10);
  const participants = latest.length
    ? await db
        .select({ eventId: eventParticipants.eventId, name: entities.canonicalName })
        .from(eventParticipants)
        .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
        .where(inArray(eventParticipants.eventId, latest.map((e) => e.id)))
    : [];

  console.log(`events (${latest.length}):`);
  for (const event of latest) {
    const who = participants.filter((p) => p.eventId === event.id).map((p) => p.name);
    console.log(`- ${event.date ?? "undated"} ${event.type}${event.location ? ` @ ${event.location}` : ""}: ${who.join("، ") || "no named participants"} (${event.articleCount} articles)`);
  }
} finally {
  await client.end();
}
