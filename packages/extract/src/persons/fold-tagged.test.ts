import { describe, expect, it } from "vitest";
import type { PersonRead } from "./index";
import { foldTaggedPersons } from "./fold-tagged";

// Names invented for these tests.

function person(name: string, at: number, extra: Partial<PersonRead> = {}): PersonRead {
  const keys = name.split(" ");
  return {
    name,
    aliases: [],
    rank: null,
    role: null,
    country: null,
    mentions: [{ start: at, end: at + name.length, surface: name }],
    tokenSpans: [{ first: at, last: at + keys.length - 1 }],
    roleSpans: [],
    keys: [keys],
    ...extra,
  };
}

describe("tagged short forms of a person the rules hold", () => {
  it("folds the first and last word of a longer name into that person, and fills what it lacks", () => {
    const full = person("عمر ناصر الجبوري", 10, { rank: "الفريق" });
    const short = person("عمر الجبوري", 40, { role: "قائد القوات البرية", country: "IQ" });
    const persons = [full, short];
    foldTaggedPersons(persons, [short]);
    expect(persons).toEqual([full]);
    expect(full.mentions.map((m) => m.surface)).toEqual(["عمر ناصر الجبوري", "عمر الجبوري"]);
    expect(full.rank).toBe("الفريق");
    expect(full.role).toBe("قائد القوات البرية");
    expect(full.country).toBe("IQ");
  });

  it("keeps names that share words apart: other first word, other last word, or two owners", () => {
    const father = person("ناصر الجبوري", 0, { rank: "المشير" });
    const son = person("عمر ناصر الجبوري", 10, { rank: "الفريق" });
    const other = person("سالم ناصر", 20, { rank: "الفريق" });
    const tagged = person("ناصر الجبوري", 30);
    const cousins = [person("علي حسن الجبوري", 40), person("علي كريم الجبوري", 50)];
    const ambiguous = person("علي الجبوري", 60);
    const persons = [father, son, other, ...cousins, tagged, ambiguous];
    foldTaggedPersons(persons, [tagged, ambiguous]);
    // "ناصر الجبوري" is the father's whole name, not a short form of the son's.
    expect(son.mentions).toHaveLength(1);
    expect(other.mentions).toHaveLength(1);
    // Two cousins fit "علي الجبوري": it joins neither.
    expect(persons).toContain(ambiguous);
    expect(cousins.every((c) => c.mentions.length === 1)).toBe(true);
  });
});
