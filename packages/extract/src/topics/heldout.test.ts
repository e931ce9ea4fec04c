import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("topics of border services, peacekeeping, arms control, sea patrols and arms making", () => {
  it("reads the services that guard a border as border security", () => {
    expect(topics("التقى قائد حرس الحدود نظيره لبحث أمن حدودهما المشتركة.")).toContain("border-security");
    expect(topics("The border police chief said a frontier post came under fire at dawn.")).toContain("border-security");
  });

  it("reads peacekeepers and a ceasefire as regional stability, but not an institute's name", () => {
    expect(topics("زار القائد كتيبة قوات حفظ السلام المنتشرة في الجنوب.")).toContain("regional-stability");
    expect(topics("Peacekeepers said the ceasefire held through the night.")).toContain("regional-stability");
    expect(topics("تخرج الضابط في معهد التدريب على عمليات حفظ السلام.")).not.toContain("regional-stability");
  });

  it("reads disarmament and arms control as politics", () => {
    expect(topics("دعا السفير إلى استئناف أعمال مؤتمر نزع السلاح المتوقفة.")).toContain("politics");
    expect(topics("The envoy urged new talks on arms control and non-proliferation.")).toContain("politics");
  });

  it("reads sea surveillance and patrol boats as maritime security", () => {
    expect(topics("ستتولى الطائرات المراقبة البحرية فوق المنطقة الاقتصادية الخالصة.")).toContain("maritime-security");
    expect(topics("The navy will add a patrol boat to stop illegal fishing.")).toContain("maritime-security");
  });

  it("reads joint production and defence fairs as defense industry, not a minister's title", () => {
    expect(topics("وقعت الشركتان عقدا للإنتاج المشترك لمركبات مدرعة.")).toContain("defense-industry");
    expect(topics("The firms agreed to co-produce drones, unveiled at a defence exhibition.")).toContain("defense-industry");
    expect(topics("التقى وزير الدفاع والإنتاج الحربي نظيره في القاهرة.")).not.toContain("defense-industry");
  });

  it("reads shared radar data as intelligence sharing and the army's drilling as training", () => {
    expect(topics("The two navies agreed on the sharing of radar data.")).toContain("intelligence-sharing");
    expect(topics("وبحث الجانبان التعاون في مجال تدريب الجيش.")).toContain("training");
  });
});
