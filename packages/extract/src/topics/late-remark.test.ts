import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).topics;

describe("the economy named once as the story closes, beside what the story is about, is a remark", () => {
  const accord = [
    "Two neighbours sign accord to guard their mountain border",
    "",
    "The interior ministers of Norland and Sudland signed an accord on Monday to put joint border patrols on the mountain passes between the two countries.",
    "Under the accord, border guards of both sides will meet each month at the Tarn crossing point and patrol the passes together in winter.",
    "The ministers later visited a post of the Sudland border police, where officers showed them new thermal cameras.",
    "Norland's minister said the patrols would begin in March and that a second post would open next year.",
    "The road over the passes carries about a tenth of the exports of both states.",
  ];

  it("leaves out the economy named only in the closing sentence of a border story", () => {
    const t = topics(...accord);
    expect(t).toContain("border-security");
    expect(t).not.toContain("economy");
  });

  it("keeps the economy when the lead names it", () => {
    const [headline, blank, lead, ...rest] = accord;
    expect(topics(headline!, blank!, lead!.replace("countries.", "countries, where exports move each day."), ...rest)).toContain("economy");
  });

  it("keeps the economy of a story that has no other topic", () => {
    const port = [
      "Port of Velmar opens its new container quay",
      "",
      "The port of Velmar opened a container quay of 600 metres on Tuesday, after two years of building work by a local firm.",
      "The mayor cut the ribbon in front of the first ship to berth there, a feeder carrying fruit from the south.",
      "Cranes bought from a foreign maker will be fitted in the summer, the port's director said.",
      "Dock workers said the quay had already brought new jobs to the old harbour district.",
      "The port handles about a third of the region's exports.",
    ];
    expect(topics(...port)).toContain("economy");
  });
});
