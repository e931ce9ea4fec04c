import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const meeting = (x: ReturnType<typeof read>) => x.events.find((e) => e.type === "meeting");

describe("where an event happened, not where the wire filed", () => {
  it("takes the place the event's sentence names over the dateline city", () => {
    const x = read(
      "Defense ministers meet in Ankara",
      "ISTANBUL (AA) - Defense Minister Kemal Ozturk met his Tajik counterpart Rustam Nazarov in Ankara on Monday to discuss military training.",
    );
    expect(meeting(x)?.location).toBe("Ankara");
  });

  it("keeps the dateline city when nothing else says where", () => {
    const x = read("Army chiefs discuss cooperation", "AMMAN — Chief of Staff Maj. Gen. Omar Haddad met with the visiting US Army Lt. Gen. Mark Ellison on Thursday to discuss joint training.");
    expect(meeting(x)?.location).toBe("Amman");
  });

  it("takes the place of the visit the meeting happened during", () => {
    const x = read(
      "Army chiefs hold talks",
      "DOHA — Qatari Chief of Staff Lt. Gen. Salem Al-Marri held talks on Monday with his Turkish counterpart Gen. Murat Aydin on deepening defence ties.",
      "The talks took place during Al-Marri's trip to Ankara, made at Turkey's invitation.",
    );
    expect(meeting(x)?.location).toBe("Ankara");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });

  it("does not take a state that owns a title for the venue", () => {
    const x = read("Ministers sign accord", "BAKU (AA) - Turkiye’s Defense Minister Kemal Ozturk and his Azerbaijani counterpart Elchin Guliyev signed a training agreement.");
    const agreement = x.events.find((e) => e.type === "agreement");
    expect(agreement?.location).not.toBe("Turkiye");
  });
});

describe("the event's own sentence, not a subheading", () => {
  it("summarises the event by the sentence under the dateline", () => {
    const x = read(
      "Army chiefs hold talks",
      "Qatari Chief of Staff Lt. Gen. Salem Al-Marri meets his Turkish counterpart Gen. Murat Aydin in Ankara on Monday.",
      "",
      "DOHA — Qatari Chief of Staff Lt. Gen. Salem Al-Marri held talks on Monday with his Turkish counterpart Gen. Murat Aydin on deepening defence ties.",
    );
    const m = meeting(x);
    expect(m?.summary.startsWith("DOHA")).toBe(true);
    expect(m?.location).toBe("Ankara");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});

describe("a place the talks were about is not where they happened", () => {
  it("in Arabic and in English", () => {
    const ar = read("وزيرا خارجية تونس ومالطا يبحثان الأوضاع الإقليمية", "التقى وزير الخارجية التونسي محمد علي النفطي اليوم نظيره المالطي إيان بورغ، وبحث الجانبان تطورات الأوضاع في ليبيا وسبل دعم الاستقرار.");
    expect(meeting(ar)?.location).toBeNull();
    const en = read("Foreign ministers talk regional issues", "Tunisian Foreign Minister Mohamed Ali Nafti met his Maltese counterpart Ian Borg on Monday and discussed the situation in Libya.");
    expect(meeting(en)?.location).toBeNull();
  });
});
