import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text: "News\n\n" + text, fileName: "t.txt" }).persons;
const roleOf = (text: string, name: string) => persons(text).find((p) => p.name === name)?.role;

describe("the office a person is appointed to (English)", () => {
  it("reads 'appointed X as ROLE' and 'named X as ROLE', past a rank", () => {
    expect(roleOf("The president on Friday appointed Lt. Gen. Daniel Korir as commander of the Kenya Army.", "Daniel Korir")).toBe("commander of the Kenya Army");
    expect(roleOf("He also named Maj. Gen. Alice Wanjiru as vice chief of the defence forces.", "Alice Wanjiru")).toBe("vice chief of the defence forces");
  });

  it("reads the passive, with or without 'who' ('was appointed ROLE', 'has been named as the new ROLE', 'who was sworn in as ROLE')", () => {
    expect(roleOf("Rear Admiral Kofi Adjei was appointed chief of the naval staff on Monday.", "Kofi Adjei")).toBe("chief of the naval staff");
    expect(roleOf("Col. Esi Boateng has been named as the new spokesperson of the Ghana Armed Forces.", "Esi Boateng")).toBe("spokesperson of the Ghana Armed Forces");
    expect(roleOf("Brig. Yaw Frimpong, who was sworn in as commander of the Ghana Army, spoke briefly.", "Yaw Frimpong")).toBe("commander of the Ghana Army");
  });

  it("gives no office where 'as' follows no appointing verb, nor to a name after 'named'", () => {
    expect(roleOf("Lt. Gen. Daniel Korir spoke as commander of the Kenya Army at the parade.", "Daniel Korir")).toBeNull();
    expect(roleOf("Lt. Gen. Daniel Korir was praised as commander of the Kenya Army.", "Daniel Korir")).toBeNull();
  });

  it("reads a name with no title between an appointing verb and 'as' ('picked X as ROLE')", () => {
    const p = persons("The president also picked Samuel Osei as national security adviser.").find((x) => x.name === "Samuel Osei");
    expect(p?.role).toBe("national security adviser");
    expect(persons("The ship was named Golden Star as a gift.").map((x) => x.name)).not.toContain("Golden Star");
  });
});
