import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("regional stability from spreading violence and bombers near a state's airspace", () => {
  it("reads violence that spreads or rises as regional stability", () => {
    expect(topics("حذر الباحث من اتساع رقعة العنف نحو المدن الساحلية.")).toContain("regional-stability");
    expect(topics("أدت أعمال العنف في الإقليم إلى نزوح آلاف الأسر.")).toContain("regional-stability");
    expect(topics("Aid groups warned of a new wave of violence in the valley.")).toContain("regional-stability");
  });

  it("reads bombers met at the edge of the air defence zone as regional stability", () => {
    expect(topics("Two fighter jets escorted the bombers out of the air defence identification zone.")).toContain("regional-stability");
    expect(topics("رصدت الرادارات قاذفات استراتيجية تحلق فوق المياه المحايدة.")).toContain("regional-stability");
  });
});

describe("warships are maritime security", () => {
  it("reads warships calling at a port as maritime security", () => {
    expect(topics("رست سفن حربية في ميناء المدينة صباح أمس في زيارة تستمر ثلاثة أيام.")).toContain("maritime-security");
    expect(topics("Two warships docked at the naval pier on Friday for a four-day stay.")).toContain("maritime-security");
  });
});

describe("a state's northern or southern border counts half a cue of border security", () => {
  it("makes border security of a border named twice in passing", () => {
    expect(topics("Gunmen attacked a police post near the border with its neighbour. The minister sent more trucks to units on the northern border.")).toContain("border-security");
  });

  it("does not make border security of one mention", () => {
    expect(topics("The new road will link the capital with towns on the southern border.")).not.toContain("border-security");
  });
});
