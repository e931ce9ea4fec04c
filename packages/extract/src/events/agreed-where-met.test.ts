import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("a meeting told where an agreement was reached", () => {
  it("is the agreement's occasion, one event with the people who met", () => {
    const x = read(
      "Patrols",
      "",
      "GABORONE - The two countries agreed on joint patrols on Saturday in Maun, where Zambia's defence minister, Peter Banda, met Malawi's defence minister, Grace Phiri, at a session of their joint commission.",
      "Officials said the area was calm.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
    expect(x.events[0]?.participants).toEqual(["Peter Banda", "Grace Phiri"]);
  });

  it("in Arabic too", () => {
    const x = read("دوريات", "", "لوساكا - اتفقت زامبيا وملاوي أمس على تسيير دوريات مشتركة في بلدة ليفينغستون، حيث التقى وزير الدفاع الزامبي بيتر باندا نظيره الملاوي.", "وقال ضابط إن الوضع هادئ.");
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("keeps a meeting told before the agreement apart", () => {
    const x = read("Talks", "", "LUSAKA - Peter Banda met Grace Phiri in Lusaka on Monday, where they discussed patrols.", "The two countries signed a patrol agreement on Friday in Maun.");
    expect(x.events.map((e) => e.type)).toEqual(["meeting", "agreement"]);
  });
});
