import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isInitialsOfNamed } from "./editor-initials";

// Every line below is written for these tests, not taken from an article.

const arHeadline = "افتتاح معرض للخط العربي في العاصمة بمشاركة خمسين فنانا";
const arBody =
  "\n\nافتتح وزير الثقافة مساء أمس معرضا للخط العربي يضم أكثر من مئتي لوحة لخمسين فنانا من عشر دول، ويستمر حتى نهاية الشهر المقبل.\n\nوقال الوزير إن المعرض يعكس اهتمام البلاد بالفنون التقليدية.\n";

describe("a correspondent's byline in the forms newspapers print", () => {
  it("reads a letter from a place: 'رسالة PLACE: NAME'", () => {
    const x = extractArticle({ text: `الأفق\n\n${arHeadline}\n\nرسالة باريس: سلمى فهد العنزي${arBody}` });
    expect(x.author).toBe("سلمى فهد العنزي");
  });

  it("reads 'PLACE - رسالة NAME'", () => {
    const x = extractArticle({ text: `الأفق\n\n${arHeadline}\n\nباريس - رسالة سلمى فهد العنزي${arBody}` });
    expect(x.author).toBe("سلمى فهد العنزي");
  });

  it("reads 'PLACE / NAME' as the writer, not the outlet", () => {
    const x = extractArticle({ text: `جريدة الأفق\n\n${arHeadline}\n\nبغداد / سلمى فهد العنزي${arBody}` });
    expect(x.author).toBe("سلمى فهد العنزي");
    expect(x.source).toBe("جريدة الأفق");
  });

  it("reads a town whose name is also a name where a dateline prints it: 'فيكتوريا: NAME'", () => {
    const x = extractArticle({ text: `الأفق\n\n${arHeadline}\n\nفيكتوريا: فهد بن سالم العنزي${arBody}` });
    expect(x.author).toBe("فهد بن سالم العنزي");
  });
});

describe("a writer's initials closing a wire's report", () => {
  it("are no agency code when the story names the writer", () => {
    expect(isInitialsOfNamed("JO", "Agency reporter Jane Okafor said.")).toBe(true);
    expect(isInitialsOfNamed("JO", "No one of that name.")).toBe(false);
    expect(isInitialsOfNamed("AFP", "Anna Fay Palmer")).toBe(false);
  });

  it("leave the agency of the dateline the source, and name the writer", () => {
    const text =
      "Ports agree on joint customs desk\n\nHarbourtown, June 12 (XNA) - Customs chiefs of the two states on Wednesday opened a joint desk at the main port, XNA reporter Jane Okafor reported.\n\nThe desk will let officers of both states check cargo together.\n\n/JO/\n";
    const x = extractArticle({ text });
    expect(x.source).toBe("XNA");
    expect(x.author).toBe("Jane Okafor");
  });
});
