import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.kind, h.iso2]);

describe("mountains, highlands, islands and gulfs lying in one state carry that state", () => {
  it.each([
    ["تمشط وحدات الجيش المسالك الوعرة في جبل السلوم منذ الفجر", "جبل السلوم", "TN"],
    ["وصلت قافلة إغاثة إلى القرى المحيطة بجبل مرة", "جبل مرة", "SD"],
    ["غرق قارب صيد قرب جزر قرقنة ليلة أمس", "جزر قرقنة", "TN"],
    ["تهب رياح قوية على خليج قابس منذ يومين", "خليج قابس", "TN"],
    ["تهطل الأمطار الموسمية على المرتفعات الإثيوبية في الصيف", "المرتفعات الإثيوبية", "ET"],
    ["نفذت المروحيات طلعات فوق جبال الأوراس", "جبال الأوراس", "DZ"],
    ["فر المسلحون إلى جبال حمرين بعد الهجوم", "جبال حمرين", "IQ"],
    ["Coffee growers on the Bolaven Plateau expect a larger crop", "Bolaven Plateau", "LA"],
    ["Floods reached several provinces of the Mekong Delta", "Mekong Delta", "VN"],
    ["A patrol boat crossed the Balabac Strait at dawn", "Balabac Strait", "PH"],
    ["The frigate rounded Cape Horn in a storm", "Cape Horn", "CL"],
  ])("%s", (text, surface, iso2) => {
    expect(hits(text)).toContainEqual([surface, "region", iso2]);
  });

  it("leaves a lake or a park shared by several states without a state", () => {
    expect(hits("Ferries cross Lake Titicaca twice a day")).toContainEqual(["Lake Titicaca", "region", null]);
    expect(hits("Rangers tracked the herd across W National Park for a week")).toContainEqual(["W National Park", "region", null]);
    expect(hits("Lions returned to the Kavango-Zambezi Transfrontier Conservation Area this year")).toContainEqual(["Kavango-Zambezi Transfrontier Conservation Area", "region", null]);
  });

  it("reads the Bolivian lakeside town and the Fijian airport town", () => {
    expect(hits("Pilgrims gathered in Copacabana for the feast")).toContainEqual(["Copacabana", "city", "BO"]);
    expect(hits("The delegation landed in Nadi on Friday")).toContainEqual(["Nadi", "city", "FJ"]);
  });
});

describe("طرابلس, the Libyan capital and a Lebanese port city", () => {
  const stateOfTripoli = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations.find((l) => l.name === "طرابلس")?.country;

  it("is the Lebanese city in a story that names Lebanon and not Libya", () => {
    expect(stateOfTripoli("دوريات بحرية\n\nبيروت - وكالات\n\nكثف الجيش اللبناني دورياته قبالة طرابلس لمنع تهريب المهاجرين.")).toBe("LB");
  });

  it("stays the Libyan capital in a story that names Libya", () => {
    expect(stateOfTripoli("زيارة رسمية\n\nبيروت - وكالات\n\nوصل وزير الخارجية اللبناني إلى طرابلس في أول زيارة له إلى ليبيا منذ سنوات.")).toBe("LY");
  });

  it("stays the Libyan capital when no state is named", () => {
    expect(stateOfTripoli("اجتماع أمني\n\nعقد المجلس البلدي اجتماعا في طرابلس لبحث الوضع الأمني.")).toBe("LY");
  });

  it("reads the English name the same way", () => {
    const locs = extractArticle({ text: "Navy patrol\n\nLebanese army boats patrolled off Tripoli to stop smugglers on Monday.", fileName: "t.txt" }).locations;
    expect(locs.find((l) => l.name === "Tripoli" || l.name === "طرابلس")?.country).toBe("LB");
  });
});
