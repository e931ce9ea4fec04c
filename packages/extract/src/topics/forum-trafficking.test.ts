import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).topics;

describe("a forum of many states, drug trafficking across a border, and data two services exchange", () => {
  it("files a conference of four states under what it discusses, not military cooperation", () => {
    const t = topics(
      "مؤتمر في نواكشوط يبحث تأمين الحدود في غرب إفريقيا",
      "",
      "نواكشوط (وكالات) - افتتح وزير الدفاع الموريتاني العميد سالم ولد أحمد، اليوم الاثنين، مؤتمرا إقليميا حول تأمين الحدود بمشاركة وزراء الدفاع في مالي والسنغال وغينيا.",
      "وناقش المؤتمر سبل تأمين الحدود المشتركة من تسلل الجماعات المسلحة، وقال وزير الدفاع السنغالي إن الجيوش الأربعة تواجه الخطر ذاته.",
    );
    expect(t).toContain("border-security");
    expect(t).not.toContain("military-cooperation");
  });

  it("reads drug trafficking on a river between two states as border security", () => {
    const t = topics(
      "Two neighbours set up river squad against drug trafficking",
      "",
      "The interior ministers of Norland and Sudland agreed on Monday to set up a squad to watch the Varna river, which drug traffickers use to move cargo between the two countries.",
    );
    expect(t).toContain("border-security");
  });

  it("keeps patrol boats of a story whose headline names a task force against trafficking", () => {
    const t = topics(
      "Two neighbours agree river task force against trafficking",
      "",
      "The ministers later toured a station where officials showed them two patrol boats bought last year.",
    );
    expect(t).toContain("maritime-security");
  });

  it("reads the sharing of intelligence and exchanged data as intelligence sharing", () => {
    expect(topics("خبر", "", "The two armies agreed on the sharing of intelligence about armed groups in the hills.")).toContain("intelligence-sharing");
    expect(topics("خبر", "", "The two police forces will exchange data on stolen cars every week.")).toContain("intelligence-sharing");
  });
});
