import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-01" }).organizations.map((o) => [o.name, o.country]);

describe("a state's team in its coach's or player's office", () => {
  it("keeps the team named by its nationality inside the coach's office", () => {
    expect(orgs("عنوان\nوقال مدرب المنتخب العماني سالم خميس إن اللاعبين جاهزون للمباراة.")).toContainEqual(["المنتخب العماني", "OM"]);
  });

  it("keeps the team named by its state in construct", () => {
    expect(orgs("عنوان\nوقال مدرب منتخب كينيا سالم خميس إن اللاعبين جاهزون للمباراة.")).toContainEqual(["منتخب كينيا", "KE"]);
  });

  it("ends the team's name before a second state's adjective that goes with the coach's name", () => {
    const x = orgs("عنوان\nوقال مدرب المنتخب القطري الإثيوبي داويت كيروس إن العداءة ستشارك في السباق.");
    expect(x).toContainEqual(["المنتخب القطري", "QA"]);
    expect(x.map(([n]) => n)).not.toContain("المنتخب القطري الإثيوبي");
  });

  it("still reads a joint body named by two states' adjectives whole", () => {
    expect(orgs("عنوان\nواجتمعت اللجنة العسكرية المصرية السودانية المشتركة في القاهرة.").map(([n]) => n)).toContain("اللجنة العسكرية المصرية السودانية المشتركة");
  });
});

describe("a player named after the side she plays for", () => {
  const names = (text: string) => orgs(text).map(([n]) => String(n));
  it("ends the side's name before what the player plays as", () => {
    const x = names("عنوان\nوتألقت في صفوف المنتخب الوطني المغربي اللاعبة سلمى العلوي التي سجلت سبعة أهداف.");
    expect(x).toContain("المنتخب الوطني المغربي");
    expect(x.some((n) => n.includes("اللاعبة"))).toBe(false);
  });
});
