import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });
const visitPlaces = (x: ReturnType<typeof extractArticle>) => x.events.filter((e) => e.type === "visit").map((e) => e.location);

describe("a visit to the town said again by its bare noun", () => {
  it("goes to the town named last before it ('وصل … إلى المدينة')", () => {
    const x = read("مساعدات", "", "هرجيسا، الأحد (صونا) - وزع الهلال الأحمر اليوم مساعدات على الأسر المتضررة من الجفاف في مدينة بيدوا.", "", "ووصل وزير الصحة الصومالي أحمد نور إلى المدينة أمس السبت على متن طائرة عسكرية.");
    expect(visitPlaces(x)).toEqual(["بيدوا"]);
  });

  it("goes to the town named last before it ('arrived in the city')", () => {
    const x = read("Aid", "", "NAIROBI (Reuters) - Aid agencies handed out food to families in the town of Garissa on Sunday.", "", "Health Minister John Kamau arrived in the city on Saturday.");
    expect(visitPlaces(x)).toEqual(["Garissa"]);
  });
});

describe("an event held 'in the city'", () => {
  it("is placed in the town of the story, not a town named later in passing", () => {
    const x = read(
      "Rice fair opens in Mandalay",
      "",
      "A rice fair opened in Mandalay on Tuesday with traders from Bago and Sagaing.",
      "",
      "On Wednesday, Thai trade official Somchai Rattanakorn and Myanmar official Aung Min Htet co-chaired a meeting of the rice working group in the city.",
    );
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("Mandalay");
  });
});
