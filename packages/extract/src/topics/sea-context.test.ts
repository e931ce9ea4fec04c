import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text }).topics;

describe("smuggling and shared information about the sea are maritime security", () => {
  it("does not read smuggling at sea as border security", () => {
    const t = topics("Navy stops fuel boat in the gulf\n\nThe navy said on Monday it had stopped a wooden boat off the northern cape. Officers said the crew was smuggling diesel to ships waiting in the strait. The coast guard has stepped up sea patrols since the spring.");
    expect(t).toContain("maritime-security");
    expect(t).not.toContain("border-security");
  });

  it("does not read information on ships shared by navies as intelligence sharing", () => {
    const t = topics("قائد البحرية يستقبل نظيره\n\nاستقبل قائد القوات البحرية اليوم الأحد نظيره الزائر وبحثا سبل تعزيز الأمن البحري. وقال القائد إن الجانبين سيتبادلان المعلومات عن حركة السفن في المضيق.");
    expect(t).toContain("maritime-security");
    expect(t).not.toContain("intelligence-sharing");
  });

  it("still reads smuggling across a land border, and information on armed men at sea", () => {
    expect(topics("Raid at the crossing\n\nCustoms officers at the border crossing seized cattle that traders were smuggling by boat across the river.")).toContain("border-security");
    expect(topics("Navies agree on coastal watch\n\nThe two navies will exchange information on militants moving boats along the coast.")).toContain("intelligence-sharing");
  });

  it("keeps a headline that names the topic", () => {
    expect(topics("Two navies agree to exchange information on ships\n\nThe two navies signed the memorandum in the port city on Sunday.")).toContain("intelligence-sharing");
  });
});
