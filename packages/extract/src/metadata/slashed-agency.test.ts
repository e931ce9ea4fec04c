import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { extractArticle } from "../index";
import { agencyBetweenSlashes } from "./slashed-agency";

// Every article below is written for these tests, not taken from a page.

const BODY = "توجه وزير النقل سالم فارس اليوم إلى تونس في زيارة رسمية يلتقي خلالها نظيره التونسي.";
const source = (dateline: string) => extractArticle({ text: `وزير النقل يزور تونس\n${dateline} ${BODY}` }).source;

describe("an agency between slashes", () => {
  it("is read from the slash that opens it, with the token after the one that closes it", () => {
    const doc = buildDoc("عمان في 3 أيار/مايو /بترا/ - قال", "ar");
    const opens = doc.tokens.map((t, k) => (t.text === "/" ? k : -1)).filter((k) => k >= 0);
    expect(agencyBetweenSlashes(doc, opens[0]!)).toBeNull();
    const read = agencyBetweenSlashes(doc, opens[1]!);
    expect(read?.agency).toBe("بترا");
    expect(doc.tokens[read!.end]!.text).toBe("-");
  });

  it("is the source after a month printed in two names joined by a slash", () => {
    expect(source("عمان في 3 أيار/مايو /بترا/")).toBe("بترا");
  });
});
