import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("a definite head with a state's name that is also its nationality", () => {
  it("reads الشركة السعودية alone as the Saudi company pointing back, no name", () => {
    expect(orgs("ووقع العقد عن الشركة السعودية مديرها العام، وقالت الشركة السعودية إن الأشغال تبدأ قريبا.")).toEqual([]);
  });

  it("keeps a name that goes on after the nationality, and a state in construct", () => {
    const names = orgs("ووقعت الشركة السعودية للكهرباء اتفاقا مع شركة السعودية للطيران.");
    expect(names).toEqual(expect.arrayContaining(["الشركة السعودية للكهرباء", "شركة السعودية للطيران"]));
  });
});
