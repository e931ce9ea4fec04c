import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { mergeNamesOfOneBody } from "./one-body";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).organizations.map((o) => o.name).sort();

describe("a body said again by a shorter name", () => {
  it("reads a ministry's head with the article and its closing adjective as the ministry named before", () => {
    expect(names("خبر\n\nأطلقت وزارة التعليم الاتحادية اليوم برنامجا جديدا، وقال مسؤول في الوزارة الاتحادية إن البرنامج يشمل عشر ولايات.")).toEqual(["وزارة التعليم الاتحادية"]);
  });

  it("reads a university's head with the article and its nationality as the university named before", () => {
    expect(names("خبر\n\nزار الوفد جامعة العلوم البحرية الكينية أمس، وتعهدت الجامعة الكينية بتدريب عشرين ضابطا.")).toEqual(["جامعة العلوم البحرية الكينية"]);
  });

  it("lists no ministry named by its head and a nationality only", () => {
    expect(names("خبر\n\nوحضر الاجتماع خبراء من الوزارة البيروفية إلى جانب ممثلين عن منظمة الصحة العالمية.")).toEqual(["منظمة الصحة العالمية"]);
  });

  it("folds a force's head printed alone into the named force it opens", () => {
    const body = (name: string, start: number) => ({ name, country: null, mentions: [{ start, end: start + name.length, surface: name }] });
    const folded = mergeNamesOfOneBody("", [body("القوات البحرية الملكية الماليزية", 10), body("القوات البحرية", 90)]);
    expect(folded.map((o) => o.name)).toEqual(["القوات البحرية الملكية الماليزية"]);
    expect(folded[0]!.mentions.map((m) => m.start)).toEqual([10, 90]);
  });

  it("reads an English court's name without its town as the court named with it", () => {
    const x = extractArticle({ text: "Court fines trawler owner\n\nNAIROBI, May 4 -- The Mombasa High Court on Monday fined a trawler owner. The High Court said the fine must be paid within a month." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Mombasa High Court"]);
  });

  it("reads an acronym made of a body's initials as that body", () => {
    expect(names("News\n\nBoth states belong to the Indian Ocean Fisheries Commission. Kenya joined the IOFC in 2019.")).toEqual(["Indian Ocean Fisheries Commission"]);
  });

  it("keeps a body whose name only ends like another's apart", () => {
    expect(names("News\n\nThe State Border Guard and the State Border Guard Service held joint drills.")).toEqual(["State Border Guard", "State Border Guard Service"]);
  });

  it("reads an English name without the qualifier its full name opens with as that body", () => {
    expect(names("News\n\nNorway's Joint Northern Sea Command signed the pact in Tromsø. Officers of the Northern Sea Command will train the crews.")).toEqual(["Joint Northern Sea Command"]);
  });

  it("reads a service named again without its state and the force it belongs to as that service", () => {
    const x = extractArticle({ text: "News\n\nThe pact gives the Saint Lucia Defence Force Coast Guard new radars. On Tuesday the Coast Guard showed its boats to the visitors." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Saint Lucia Defence Force Coast Guard"]);
    expect(x.organizations[0]!.mentions).toHaveLength(2);
  });

  it("keeps a body apart whose full name differs by a nationality", () => {
    expect(names("News\n\nThe Icelandic Maritime Authority and the Maritime Authority of the port signed the plan.")).toContain("Icelandic Maritime Authority");
  });
});
