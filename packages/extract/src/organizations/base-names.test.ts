import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { namesBase } from "./base-names";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a military base named by its noun", () => {
  it("is a site, no body", () => {
    expect(namesBase("القاعدة البحرية ببنزرت")).toBe(true);
    expect(namesBase("RAAF Base Tindal")).toBe(true);
    expect(orgs("عنوان\nتفقد الوزير اليوم القاعدة الجوية بقابس، والتقى قائدها.").some((n) => n.includes("القاعدة"))).toBe(false);
  });

  it("leaves the armed group of that name", () => {
    expect(namesBase("القاعدة")).toBe(false);
    expect(namesBase("القاعدة في بلاد المغرب الإسلامي")).toBe(false);
    expect(namesBase("Base")).toBe(false);
  });
});
