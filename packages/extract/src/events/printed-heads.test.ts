import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-02-08" });

describe("the head a place is printed with", () => {
  it("places an attack at the town ('قرب بلدة X'), not at the region named before it ('في منطقة Y')", () => {
    const x = read(
      "هجوم",
      "",
      "أغاديز - قال مسؤول إن الجماعات المسلحة كثفت هجماتها في منطقة أغاديز، مشيرا إلى أن هجوما على دورية للجيش قرب بلدة كاروما أسفر عن مقتل جنديين.",
    );
    expect(x.events.find((e) => e.type === "other")?.location).toBe("كاروما");
  });

  it("does the same in English ('in the Agadez region … near the town of Karoma')", () => {
    const x = read("Attack", "", "NIAMEY - Gunmen stepped up raids in the Agadez region, and an ambush on an army patrol near the town of Karoma killed two soldiers on Sunday.");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Karoma");
  });
});
