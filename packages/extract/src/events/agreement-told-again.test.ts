import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-20" });
const agreements = (...lines: string[]) => read(...lines).events.filter((e) => e.type === "agreement");

describe("an agreement told again by its noun", () => {
  it("is the signing told before, with the signatories it names", () => {
    const x = agreements(
      "خبر",
      "الكويت - وقع الصندوق الكويتي للتنمية الاقتصادية العربية اليوم الاثنين اتفاقية قرض مع جمهورية طاجيكستان بقيمة 20 مليون دينار لتمويل مشروع طريق يربط مدينة خجند بالمناطق الجبلية.",
      "ووقع الاتفاقية عن الصندوق مديره العام بالإنابة، سالم فهد العتيبي، وعن الجانب الطاجيكي وزير المالية فيروز رحيموف، وذلك في مقر الصندوق بمدينة الكويت.",
    );
    expect(x).toHaveLength(1);
    expect(x[0]!.participants.join(" ")).toContain("العتيبي");
  });

  it("says where it was signed", () => {
    const x = agreements(
      "Story",
      "The defence ministers of Ecuador and Peru signed an agreement on joint river patrols on Monday during a visit to Ecuador, the two ministries said.",
      "The agreement was signed in Guayaquil by Ecuadorian Defence Minister Pablo Herrera and his Peruvian counterpart, Rosa Quispe.",
    );
    expect(x).toHaveLength(1);
    expect(x[0]!.location).toBe("Guayaquil");
  });
});
