import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import type { CueHit } from "./cues";
import { inspectionIsVisit } from "./inspection-visit";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-06-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")} @ ${e.location ?? "-"}`);

describe("an inspection", () => {
  it("told in English ('who inspected the site') is a visit of its own, not a part of the happening told before", () => {
    const x = kinds(
      "Ferry sinks in lake storm",
      "Dodoma, 9 June 2026 (TNA) - A ferry capsized in Lake Victoria off Ukerewe island on Monday night, leaving at least eight people missing, police said.",
      "Interior Minister Juma Kassim Mrisho, who inspected the site on Tuesday afternoon, directed the rescue teams to keep searching.",
    );
    expect(x).toEqual(["other:  @ Lake Victoria", "visit: Juma Kassim Mrisho @ -"]);
  });

  it("that is all the sentence reports is a visit to the place inspected", () => {
    const x = kinds("قائد الجيش يتفقد الوحدات الحدودية", "تفقد قائد الجيش التونسي الفريق أول منير الحامدي اليوم الثلاثاء الوحدات المنتشرة في مدينة بن قردان.");
    expect(x).toEqual(["visit: منير الحامدي @ بن قردان"]);
  });

  it("told after 'where' in a visit's sentence is what the visit did there", () => {
    const x = kinds("وزير الدفاع يزور قاعدة جوية", "زار وزير الدفاع الأردني العميد خالد سليم العبادي اليوم قاعدة الملك فيصل الجوية، حيث تفقد مركز تدريب الطيارين.");
    expect(x.map((e) => e.split(":")[0])).toEqual(["visit"]);
  });

  it("told 'during it' in a visit's sentence is what the visit did", () => {
    const ar = kinds("تعاون عسكري", "وزار وزير الدفاع الغاني كوفي منساه مدينة كلميم المغربية أمس الثلاثاء، تفقد خلالها ميادين الرماية.");
    expect(ar.map((e) => e.split(":")[0])).toEqual(["visit"]);
    const en = kinds("Navy ties", "ACCRA (GNA) - Defence Minister Ama Boateng ended a three-day visit to Takoradi on Tuesday, during which she inspected the naval dockyard.");
    expect(en.map((e) => e.split(":")[0])).toEqual(["visit"]);
  });

  it("joined to an act told 'during it' is what the visit did too", () => {
    const x = kinds("تعاون عسكري", "ويزور وزير الدفاع الغامبي لامين سيساي السنغال منذ الأحد في زيارة تستمر أربعة أيام، يلتقي خلالها عددا من القادة العسكريين، ويتفقد اليوم قاعدة بحرية في مدينة زيغينشور.");
    expect(x.map((e) => e.split(":")[0])).toEqual(["visit"]);
  });
});

describe("inspectionIsVisit on cues", () => {
  const tokens = tokenize("وبعد الاجتماع تفقد الوزير المعسكر");
  const meeting: CueHit = { kind: "meeting", first: 1, last: 1 };
  const inspect: CueHit = { kind: "other", first: 2, last: 2 };

  it("reads an inspection after talks named only as its time as a visit", () => {
    expect(inspectionIsVisit(tokens, [meeting, inspect], ["meeting", "other"])).toBe(true);
  });

  it("keeps talks told as a happening of their own beside the inspection", () => {
    const held = tokenize("عقد الوزير الاجتماع ثم تفقد المعسكر");
    expect(inspectionIsVisit(held, [{ kind: "meeting", first: 2, last: 2 }, { kind: "other", first: 4, last: 4 }], ["meeting", "other"])).toBe(false);
  });
});
