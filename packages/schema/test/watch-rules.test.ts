import { describe, expect, it } from "vitest";
import { watchKeys, watchRuleInputSchema } from "../src/zod/watchlists";

const PERSON = "7d3f5b4e-2c1a-4f6e-9b8d-0a1b2c3d4e5f";

describe("event-type watch rules", () => {
  it("take an optional person, and key the rule by type and person", () => {
    expect(watchRuleInputSchema.parse({ kind: "event-type", eventType: "visit", personId: PERSON })).toEqual({
      kind: "event-type",
      eventType: "visit",
      personId: PERSON,
    });
    expect(watchKeys.eventTypeWithPerson("visit", PERSON)).toBe(`type:visit:person:${PERSON}`);
    expect(watchKeys.eventTypeWithPerson("visit", PERSON)).not.toBe(watchKeys.eventTypeWithPerson("meeting", PERSON));
  });

  it("refuse a country and a person together, and a person that is not an id", () => {
    const both = watchRuleInputSchema.safeParse({ kind: "event-type", eventType: "visit", country: "EG", personId: PERSON });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(["personId"]);
    expect(watchRuleInputSchema.safeParse({ kind: "event-type", eventType: "visit", personId: "him" }).success).toBe(false);
    expect(watchRuleInputSchema.safeParse({ kind: "event-type", eventType: "visit", country: "EG" }).success).toBe(true);
  });
});
