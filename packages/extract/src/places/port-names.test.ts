import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { withoutPortAdjective } from "./port-names";

// Every sentence below is written for these tests, not taken from an article.

describe("a port named with the adjective of its trade", () => {
  it("lists the port by its noun and name alone", () => {
    expect(withoutPortAdjective("ميناء نوردهام التجاري")).toBe("ميناء نوردهام");
    expect(withoutPortAdjective("ميناء نوردهام النهري")).toBe("ميناء نوردهام");
    expect(withoutPortAdjective("ميناء نوردهام الدولي")).toBe("ميناء نوردهام الدولي");
    expect(withoutPortAdjective("مطار نوردهام التجاري")).toBe("مطار نوردهام التجاري");
  });

  it("places a visit at the port so named", () => {
    const x = extractArticle({ text: "خبر\n\nوزار وزير النقل الأردني، سامر حداد، أمس ميناء كوبر التجاري، حيث اطلع على أرصفة الشحن.", publishedHint: "2027-03-02" });
    expect(x.locations.map((l) => l.name)).toContain("ميناء كوبر");
    expect(x.events.find((e) => e.type === "visit")?.location).toBe("ميناء كوبر");
  });
});
