import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("names one body goes by", () => {
  it("reads the movement's popular name in the headline and its own name in the body as one body", () => {
    const x = extractArticle({ text: "الحوثيون يعلنون إسقاط طائرة مسيرة\n\nصنعاء - أعلنت جماعة أنصار الله إسقاط طائرة فوق الحديدة، فيما قالت حماس إن الهدنة صامدة." });
    expect(x.organizations.map((o) => o.name)).toEqual(["جماعة أنصار الله", "حماس"]);
    expect(x.organizations[0]!.mentions).toHaveLength(2);
  });

  it("keeps two companies of one state apart", () => {
    const x = extractArticle({ text: "News\n\nThe helicopters are built by Sikorsky, a unit of Lockheed Martin, in Connecticut." });
    expect(x.organizations.map((o) => o.name).sort()).toEqual(["Lockheed Martin", "Sikorsky"]);
  });
});
