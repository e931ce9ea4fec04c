import type { ArticleFacts, MatchedRule } from "@marsad/db";
import { describe, expect, it } from "vitest";
import { alertsForKey, articleMatchKeys, articleTopicKeys } from "./match-article-facts";

const ARTICLE = "00000000-0000-4000-8000-00000000000a";
const PERSON = "00000000-0000-4000-8000-0000000000b1";
const EVENT = "00000000-0000-4000-8000-0000000000e1";

const facts = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
  article: { id: ARTICLE, title: "عنوان", status: "done", createdAt: new Date("2026-03-02T00:00:00Z") },
  events: [
    {
      articleId: ARTICLE,
      eventId: EVENT,
      ordinal: 0,
      type: "agreement",
      countries: ["EG", "PK"],
      hidden: false,
      summary: "اتفاق",
      location: null,
      locationEntityId: null,
      date: null,
      joinedBy: null,
      participantIds: [PERSON],
    },
  ],
  entities: [
    {
      articleId: ARTICLE,
      entityId: PERSON,
      name: "كريم الجبالي",
      type: "person",
      country: "EG",
      rank: "الفريق أول",
      role: "وزير الدفاع",
    },
  ],
  topics: ["defense-industry"],
  ...over,
});

const rule = (over: Partial<MatchedRule>): MatchedRule => ({
  kind: "entity",
  matchKey: `entity:${PERSON}`,
  entityId: PERSON,
  scope: "events",
  countries: [],
  eventType: null,
  createdAt: new Date("2026-03-01T00:00:00Z"),
  ...over,
});

const titleIsNew = () => true;

describe("matching an article's facts", () => {
  it("looks rules up by the article's people, states, pairs and event types, and topics apart", () => {
    const keys = articleMatchKeys(facts());
    for (const key of [
      `entity:${PERSON}`,
      "pair:EG:PK",
      "type:agreement",
      "type:agreement:country:PK",
      `type:agreement:person:${PERSON}`,
      "country:EG",
    ]) {
      expect(keys).toContain(key);
    }
    expect(keys).not.toContain("topic:defense-industry");
    expect(articleTopicKeys(facts())).toEqual(["topic:defense-industry"]);
  });

  it("an events rule alerts once per event he takes part in, and not for a mention", () => {
    expect(alertsForKey([rule({})], facts(), titleIsNew)).toMatchObject([
      { kind: "new-event", eventId: EVENT, subject: "event:0:agreement" },
    ]);
    expect(alertsForKey([rule({})], facts({ events: [] }), titleIsNew)).toEqual([]);
  });

  it("a mentions rule alerts for a passing mention and for a title seen nowhere before", () => {
    const drafts = alertsForKey([rule({ scope: "mentions" })], facts({ events: [] }), titleIsNew);
    expect(drafts.map((d) => d.kind)).toEqual(["mention", "new-title"]);
    const known = alertsForKey([rule({ scope: "mentions" })], facts({ events: [] }), () => false);
    expect(known.map((d) => d.kind)).toEqual(["mention"]);
  });

  it("a pair rule needs both states; a hidden event and an article older than the rule alert nothing", () => {
    const pair = rule({
      kind: "country-pair",
      matchKey: "pair:EG:PK",
      entityId: null,
      countries: ["EG", "PK"],
    });
    expect(alertsForKey([pair], facts(), titleIsNew)).toHaveLength(1);
    expect(
      alertsForKey([rule({ kind: "country-pair", entityId: null, countries: ["EG", "LY"] })],
        facts(),
        titleIsNew,
      ),
    ).toEqual([]);
    const hidden = facts({ events: facts().events.map((e) => ({ ...e, hidden: true })) });
    expect(alertsForKey([pair], hidden, titleIsNew)).toEqual([]);
    expect(
      alertsForKey([rule({ createdAt: new Date("2026-03-05T00:00:00Z") })], facts(), titleIsNew),
    ).toEqual([]);
  });

  it("rules of one key share its alerts: mentions only when one of them follows every mention, and only rules older than the article count", () => {
    const late = new Date("2026-03-05T00:00:00Z");
    const both = [rule({}), rule({ scope: "mentions" })];
    expect(alertsForKey(both, facts({ events: [] }), titleIsNew).map((d) => d.kind)).toEqual(["mention", "new-title"]);
    expect(alertsForKey(both, facts(), () => false)).toEqual([
      { matchKey: `entity:${PERSON}`, articleId: ARTICLE, eventId: EVENT, kind: "new-event", subject: "event:0:agreement" },
    ]);
    // The mentions rule came after the article: only the events rule's alerts are stored.
    expect(alertsForKey([rule({}), rule({ scope: "mentions", createdAt: late })], facts({ events: [] }), titleIsNew)).toEqual([]);
  });

  it("an event type with a person alerts for his events of that type only, not for another type, another person's or a mention", () => {
    const withHim = rule({ kind: "event-type", matchKey: `type:agreement:person:${PERSON}`, eventType: "agreement", scope: "events" });
    expect(alertsForKey([withHim], facts(), titleIsNew)).toEqual([
      { matchKey: `type:agreement:person:${PERSON}`, articleId: ARTICLE, eventId: EVENT, kind: "new-event", subject: "event:0:agreement" },
    ]);
    const [agreement] = facts().events;
    const visit = { ...agreement!, ordinal: 1, eventId: "00000000-0000-4000-8000-0000000000e2", type: "visit" as const };
    const withoutHim = { ...agreement!, ordinal: 2, eventId: "00000000-0000-4000-8000-0000000000e3", participantIds: ["00000000-0000-4000-8000-0000000000b2"] };
    // His visit and an agreement he is not in: no key of the rule's, and no alert if asked anyway.
    const others = facts({ events: [visit, withoutHim] });
    expect(articleMatchKeys(others)).not.toContain(`type:agreement:person:${PERSON}`);
    expect(alertsForKey([withHim], others, titleIsNew)).toEqual([]);
    // Named in passing (no event of his): nothing.
    expect(alertsForKey([withHim], facts({ events: [] }), titleIsNew)).toEqual([]);
    // A new report of a known event is told as such.
    const report = facts({ events: [{ ...agreement!, joinedBy: { sharedParticipants: [PERSON], date: "same-day", place: "not-stated", types: "agreement", countries: ["EG", "PK"] } }] });
    expect(alertsForKey([withHim], report, titleIsNew).map((d) => d.kind)).toEqual(["new-report"]);
  });

  it("a state is followed by its code, whichever entity of that state a rule was made on", () => {
    const egypt = rule({ matchKey: "country:EG", entityId: "00000000-0000-4000-8000-0000000000c1", scope: "mentions" });
    const named = facts({
      events: [],
      entities: [{ articleId: ARTICLE, entityId: "00000000-0000-4000-8000-0000000000c2", name: "مصر", type: "country", country: "EG", rank: null, role: null }],
    });
    expect(alertsForKey([egypt], named, titleIsNew).map((d) => d.kind)).toEqual(["mention"]);
  });
});
