import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("information shared with what is shared named between the verb and the noun", () => {
  it("reads an English verb of sharing and a noun of information a few words after it", () => {
    expect(topics("The police forces of the two states will share criminal records databases from next month, the ministers said.")).toContain("intelligence-sharing");
  });

  it("reads an Arabic exchange of expertise and information", () => {
    expect(topics("وقع الجانبان مذكرة تفاهم تشكل إطارا لتبادل الخبرات والمعلومات بين جهازي الشرطة في البلدين.")).toContain("intelligence-sharing");
  });

  it.each([
    "The two police forces agreed on the exchange of criminal records between their border offices.",
    "The two ministers agreed to pool drone detection along the river from next spring.",
  ])("reads records and detection shared or pooled as what is known: %s", (sentence) => {
    expect(topics(sentence)).toContain("intelligence-sharing");
  });

  it("reads surveillance pooled by two armies, but not surveillance drones pooled", () => {
    expect(topics("The two armies will pool surveillance of the mountain passes from next spring.")).toContain("intelligence-sharing");
    expect(topics("The two border services will pool their surveillance drones for the summer season.")).not.toContain("intelligence-sharing");
  });

  it("leaves a noun of information too far from the verb alone", () => {
    expect(topics("The two clubs will share the cost of the new stadium lights and the ticket office information desk.")).not.toContain("intelligence-sharing");
  });

  it("leaves information shared on the side of a health story out", () => {
    const text = "Clinics open vaccination drive in the north as fever cases rise\n\nHealth workers in the northern district began a vaccination drive on Monday as fever cases tripled, and the district's doctors are sharing case data with colleagues across the river.\n\nThe ministry said the drive would reach every village by the end of the month.\n";
    expect(extractArticle({ text }).topics).not.toContain("intelligence-sharing");
  });
});

describe("cues of coastal surveillance and political consultations", () => {
  it("reads coastal surveillance as maritime security", () => {
    expect(topics("بحث الجانبان سبل تعزيز التعاون في مجال مراقبة السواحل خلال الصيف المقبل.")).toContain("maritime-security");
  });

  it("reads political consultations between two ministries as politics", () => {
    expect(topics("وقع الوزيران مذكرة تفاهم تنشئ آلية للمشاورات السياسية بين وزارتي الخارجية في البلدين.")).toContain("politics");
  });
});
