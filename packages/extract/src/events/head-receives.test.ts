import { expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { headReceives } from "./head-receives";

// Every sentence below is written for these tests, not taken from a page.

const TALKS = "مونتيرا 14 أيار (وكالة) - عقد وزير الخارجية الفالداني ماركو ريتشي اليوم جلسة مباحثات مع نظيره رامي حداد في مقر وزارة الخارجية.";
/** The events read from the headline, the talks (told on `day`) and the sentence after them that names the host. */
const hostsEvents = (day: string, after: string) =>
  extractArticle({ text: ["وزير الخارجية الفالداني يبحث مع نظيره التعاون الثنائي", TALKS.replace("اليوم", day), after].join("\n\n"), publishedHint: "2031-05-14" }).events.filter((e) => e.evidence?.text.includes("سليم عواد"));

it.each([
  ["كما استقبله أمس رئيس وزراء فالدانيا، دولة ماركو ريتشي، في مكتبه.", true],
  ["وكان جلالة الملك ماركو الثاني قد استقبل الوزير في القصر الملكي.", true],
  ["وعقب التوقيع، استقبل الرئيس الفالداني ماركو ريتشي الوفد.", true],
  ["كما استقبل وزير الدفاع رامي حداد الوفد الزائر.", false],
  ["كما استقبل الرئيس التنفيذي للشركة سليم عواد الوفد.", false],
  ["وبعد لقائه رئيس الوزراء، استقبل وزير الدفاع رامي حداد الوفد.", false],
])("finds a head of state or government by the verb of receiving in %s: %s", (s, head) => {
  const tokens = tokenize(s);
  expect(headReceives(tokens, tokens.findIndex((t) => t.text.includes("استقبل")))).toBe(head);
});

it("reads a head of government receiving the guest after the talks told first as an audience, talks of their own, no reception", () => {
  const audience = hostsEvents("اليوم", "كما استقبل رئيس وزراء البلاد سليم عواد الوزير ريتشي في مكتبه، وبحث معه مشاريع الطاقة.");
  expect(audience.map((e) => e.type)).toEqual(["meeting"]);
  expect(audience[0]!.participants).toEqual(expect.arrayContaining(["سليم عواد", "ماركو ريتشي"]));
});

it("dates an audience told in the pluperfect 'صباح اليوم نفسه' to the day of the talks told before it", () => {
  const audience = hostsEvents("أمس", "وكان رئيس وزراء البلاد سليم عواد قد استقبل الوزير ريتشي صباح اليوم نفسه في مكتبه، حيث جرى بحث مشاريع الطاقة.");
  expect(audience.map((e) => [e.type, e.date])).toEqual([["meeting", "2031-05-13"]]);
});
