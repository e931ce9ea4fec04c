import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const roles = (text: string) => extractArticle({ text: `خبر\n\n${text}`, fileName: "t.txt", tagger: false }).persons.map((p) => [p.name, p.role]);

describe("the holder's occupation between his office and his name", () => {
  it("leaves a definite occupation printed after a closed office out of the office", () => {
    expect(roles("وقال رئيس النقابة المحامي سامي حسن عبدالرحيم إن المطالب عادلة.")).toContainEqual(["سامي حسن عبدالرحيم", "رئيس النقابة"]);
  });

  it("still chains an indefinite head and a head that completes the construct", () => {
    expect(roles("وقال القائد العام للقوات المسلحة وزير الدفاع سامي حسن عبدالرحيم إن الحدود آمنة.")).toContainEqual(["سامي حسن عبدالرحيم", "القائد العام للقوات المسلحة وزير الدفاع"]);
    expect(roles("وقال نائب الرئيس سامي حسن عبدالرحيم إن الحدود آمنة.")).toContainEqual(["سامي حسن عبدالرحيم", "نائب الرئيس"]);
  });
});
