import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2031-05-06" }).persons.find((p) => p.name === name)?.country;

describe("the state of an officer of a ship or body named before", () => {
  it("reads the navy's nationality across its possessive before the ship's kind", () => {
    const text =
      "Patrol boats handed over\n\nAPIA - Samoa received two patrol boats on Monday at Matautu wharf. The Royal Canadian Navy's coastal defence ship HMCS Moncton also berthed at the wharf. Her commanding officer, Commander Helen Marsh, said the crew would train with the Samoan police.";
    expect(stateOf(text, "Helen Marsh")).toBe("CA");
  });

  it("reads the state of a ship from its navy's prefix when no nationality is printed", () => {
    const text =
      "Patrol ship visits\n\nSUVA, Fiji - The patrol ship HMAS Larrakia berthed at Suva on Monday. Her commanding officer, Lieutenant Commander Paul Rigby, said the crew would train with the Fijian navy.";
    expect(stateOf(text, "Paul Rigby")).toBe("AU");
  });

  it("gives the officer of a fund named for its state that state, not the host's", () => {
    const text =
      "Clinic opens\n\nHONIARA, Solomon Islands - Prime Minister Dr Peter Kwaio opened a new clinic in Honiara on Monday, paid for with a grant from the Saudi Fund for Development. He cut the ribbon with the fund's director of Asian operations, Khalid Al-Harbi.";
    expect(stateOf(text, "Khalid Al-Harbi")).toBe("SA");
  });
});

describe("a minister whose counterpart is of the state written from", () => {
  it("serves the outlet's own state, not the host's", () => {
    const text =
      "واس\n\nوزير الخارجية يبحث مع نظيره البرتغالي العلاقات الثنائية\n\nلشبونة 3 مايو 2031 م واس\nعقد صاحب السمو الأمير خالد بن سعد بن عبدالله وزير الخارجية، اليوم، جلسة مباحثات رسمية مع نظيره البرتغالي جواو مارتينز في لشبونة.";
    expect(stateOf(text, "جواو مارتينز")).toBe("PT");
    expect(stateOf(text, "خالد بن سعد بن عبدالله")).toBe("SA");
  });

  it("keeps an official of his ministry listed after the envoy on his side, not the host's", () => {
    const text =
      "واس\n\nوزير الخارجية يبحث مع نظيره البرتغالي العلاقات الثنائية\n\nلشبونة 3 مايو 2031 م واس\nعقد صاحب السمو الأمير خالد بن سعد بن عبدالله وزير الخارجية، اليوم، جلسة مباحثات رسمية مع نظيره البرتغالي جواو مارتينز في لشبونة.\n\nحضر الجلسة سفير خادم الحرمين الشريفين لدى البرتغال تركي بن ناصر السديري، ومدير عام الإدارة العامة للدول الأوروبية بوزارة الخارجية الدكتور ماجد بن فهد الشهري.";
    expect(stateOf(text, "ماجد بن فهد الشهري")).toBe("SA");
  });
});

describe("the state of a local official in a donor's report", () => {
  it("is that of the dateline's town, not the donor's", () => {
    const text =
      "قنا\n\nافتتاح مدرسة\n\nبيت جالا في 3 مايو /قنا/ افتتحت اليوم مدرسة الزهراء الثانوية، التي موّلها صندوق قطر للتنمية بتكلفة مليوني دولار.\n\nوتجول الحضور في الصفوف برفقة مديرة المدرسة، الأستاذة هالة إلياس سمعان، التي قالت إنها تتسع لستمئة طالبة.";
    expect(stateOf(text, "هالة إلياس سمعان")).toBe("PS");
  });
});

describe("a visit reported from Antigua", () => {
  it("reads the host's officials as Antiguan, though the visitor's state is named more", () => {
    const text =
      "DAILY OBSERVER\nMonday, May 5, 2031\n\nBritish minister visits Antigua\n\nThe visit lasted two days\n\nST JOHN'S, Antigua - Britain's Armed Forces Minister Tom Wells met Prime Minister Janice Hodge in St John's on Monday. Britain and the United Kingdom's Royal Navy will help Antigua train its coast guard, Wells said, and a British team will visit next month.";
    expect(stateOf(text, "Janice Hodge")).toBe("AG");
    expect(stateOf(text, "Tom Wells")).toBe("GB");
  });
});
