import { entities, eventParticipants, events } from "@marsad/schema/tables";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { listMapEvents } from "./event-map";
import { getNetwork } from "./network";

const handle = useTestDatabase();
const ids: Record<string, string> = {};

// Fictional people of two fictional meetings and one visit:
//   2026-01-05 meeting in EG: A, B, C      2026-02-10 meeting in EG: A, B
//   2026-03-01 visit to JO: A (EG) and D (JO)      an organization takes part in the first one.
async function person(key: string, name: string, country: string | null, type: "person" | "organization" = "person") {
  const [row] = await handle.db
    .insert(entities)
    .values({ type, canonicalName: name, nameKey: name, country })
    .returning({ id: entities.id });
  ids[key] = row!.id;
}

async function event(date: string, type: "meeting" | "visit", locationCountry: string, who: string[]) {
  const [row] = await handle.db
    .insert(events)
    .values({ type, date, anchorDate: date, locationCountry, countries: [locationCountry], summary: `حدث ${date}` })
    .returning({ id: events.id });
  await handle.db.insert(eventParticipants).values(who.map((k) => ({ eventId: row!.id, entityId: ids[k]! })));
  return row!.id;
}

beforeAll(async () => {
  await person("A", "العميد وهمي الأول", "EG");
  await person("B", "اللواء وهمي الثاني", "EG");
  await person("C", "الفريق وهمي الثالث", "LY");
  await person("D", "الوزير وهمي الرابع", "JO");
  await person("org", "هيئة وهمية", "EG", "organization");
  await event("2026-01-05", "meeting", "EG", ["A", "B", "C", "org"]);
  await event("2026-02-10", "meeting", "EG", ["A", "B"]);
  await event("2026-03-01", "visit", "JO", ["A", "D"]);
}, 60_000);

describe("getNetwork", () => {
  it("links persons who attended the same events, weighted by how many", async () => {
    const net = await getNetwork(handle.db, { limit: 300 });
    expect(net.totalPersons).toBe(4);
    expect(net.persons.map((p) => [p.id, p.activity])).toEqual([
      [ids.A, 3],
      [ids.B, 2],
      // Ties are broken by name: الفريق… before الوزير….
      [ids.C, 1],
      [ids.D, 1],
    ]);
    expect(net.persons.some((p) => p.id === ids.org)).toBe(false);
    const weight = (x: string, y: string) =>
      net.meetings.find((m) => [m.sourceId, m.targetId].sort().join() === [ids[x], ids[y]].sort().join())?.weight;
    expect(weight("A", "B")).toBe(2);
    expect(weight("A", "C")).toBe(1);
    expect(weight("B", "C")).toBe(1);
    expect(weight("A", "D")).toBe(1);
    expect(weight("C", "D")).toBeUndefined();
    expect(net.meetings).toHaveLength(4);
    for (const m of net.meetings) expect(m.sourceId < m.targetId).toBe(true);
  });

  it("keeps the most active persons only, and edges among them", async () => {
    const net = await getNetwork(handle.db, { limit: 2 });
    expect(net.persons.map((p) => p.id)).toEqual([ids.A, ids.B]);
    expect(net.totalPersons).toBe(4);
    expect(net.meetings).toEqual([{ sourceId: [ids.A!, ids.B!].sort()[0], targetId: [ids.A!, ids.B!].sort()[1], weight: 2 }]);
  });

  it("counts only events in the date range and of the chosen state", async () => {
    const february = await getNetwork(handle.db, { from: "2026-02-01", to: "2026-03-31", limit: 300 });
    expect(new Set(february.persons.map((p) => p.id))).toEqual(new Set([ids.A, ids.B, ids.D]));
    expect(february.persons.find((p) => p.id === ids.A)?.activity).toBe(2);
    expect(february.meetings.map((m) => m.weight).sort()).toEqual([1, 1]);

    const jordan = await getNetwork(handle.db, { country: "jo", limit: 300 });
    expect(new Set(jordan.persons.map((p) => p.id))).toEqual(new Set([ids.A, ids.D]));

    const none = await getNetwork(handle.db, { from: "2027-01-01", limit: 300 });
    expect(none).toEqual({ persons: [], meetings: [], totalPersons: 0 });
  });
});

describe("listMapEvents", () => {
  it("returns located events and a visit arrow from each foreign participant's state", async () => {
    const map = await listMapEvents(handle.db, { limit: 100 });
    expect(map.events).toHaveLength(3);
    expect(map.visits).toEqual([
      { from: "EG", to: "JO", events: 1 },
      { from: "LY", to: "EG", events: 1 },
    ]);
    const visitsOnly = await listMapEvents(handle.db, { type: "visit", limit: 100 });
    expect(visitsOnly.events.map((e) => e.type)).toEqual(["visit"]);
    expect(visitsOnly.visits).toEqual([{ from: "EG", to: "JO", events: 1 }]);
  });
});
