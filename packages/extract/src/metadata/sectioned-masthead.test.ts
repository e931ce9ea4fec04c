import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isPlaceName } from "../places/gazetteer";
import { isLabel, mastheadOverSection } from "./sectioned-masthead";

// Every line below is written for these tests, not taken from an article.

const arHeadline = "وزيرا الدفاع في البلدين يوقعان في العاصمة اتفاقا للتعاون في صيانة السفن وتدريب الأطقم البحرية المشتركة";
const arBody =
  "\n\nالأحد 12 مارس 2028 - 10:15 صباحاً\nالرباط - سلمى فهد العنزي\n\nوقع وزير الدفاع اليوم مع نظيره الزائر اتفاقا للتعاون في صيانة السفن وتدريب الأطقم، وذلك في ختام جلسة مباحثات رسمية عقدها الجانبان في مقر الوزارة.\n\nوقال الوزير إن الاتفاق يفتح الباب أمام مشاريع مشتركة في السنوات المقبلة.\n";
const enHeadline = "Defence ministers sign ship maintenance pact at the northern naval base";
const enBody =
  "\n\nJane Okafor\nMon, 13 March 2028 4:10PM\n\nThe two defence ministers signed a statement of intent on ship maintenance and crew training on Monday after three hours of talks at the base.\n\nThe ministers said the pact would open the way for joint projects.\n";

describe("an outlet's masthead over the section the story runs in", () => {
  it("reads the name before the bar as the outlet and the line under it as the headline", () => {
    const x = extractArticle({ text: `المرصد | الدفاع\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("المرصد");
    expect(x.published).toBe("2028-03-12");
    expect(x.author).toBe("سلمى فهد العنزي");
  });

  it("reads a name and a section parted by a spaced dash, over a line of the date", () => {
    const x = extractArticle({ text: `الفجر الجديد - الوطني\n2028/03/12\n\n${arHeadline}\n\nبقلم: سامي يوسف${arBody.replace(/^\n\n[^\n]+\n[^\n]+/u, "")}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("الفجر الجديد");
    expect(x.published).toBe("2028-03-12");
  });

  it("reads a capitalised English masthead over a section line", () => {
    const x = extractArticle({ text: `THE NORTHERN HERALD\nDefence\n\n${enHeadline}${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.source).toBe("THE NORTHERN HERALD");
    expect(x.published).toBe("2028-03-13");
  });

  it("takes no place, personal name or sentence for a masthead", () => {
    expect(mastheadOverSection("الرباط - سلمى فهد العنزي", isPlaceName)).toBeNull();
    expect(mastheadOverSection("Jane Okafor | Nairobi", isPlaceName)).toBeNull();
    expect(mastheadOverSection("المرصد | الدفاع", isPlaceName)).toBe("المرصد");
    expect(isLabel("Jane Okafor", 4, isPlaceName)).toBe(false);
    expect(isLabel("The ministers met.", 4, isPlaceName)).toBe(false);
    expect(isLabel("THE NORTHERN HERALD", 4, isPlaceName)).toBe(true);
    expect(isLabel("Defence", 3, isPlaceName)).toBe(true);
  });
});
