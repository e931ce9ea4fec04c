import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { groupOfStates } from "./group-parties";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("parties named as a counted group of states", () => {
  it("counts the group, in Arabic and in English", () => {
    expect(groupOfStates("ويأتي ذلك بعد توقيع البلدين مذكرة تفاهم")).toBe(2);
    expect(groupOfStates("وكان وزراء دفاع الدول الثلاث قد وقعوا")).toBe(3);
    expect(groupOfStates("The two countries signed a deal in May.")).toBe(2);
    expect(groupOfStates("وقع البلدان اتفاقا")).toBe(2);
  });

  it("reads no group in a plural, nor in the borders the states share", () => {
    expect(groupOfStates("دعم البلدان الأفريقية")).toBeNull();
    expect(groupOfStates("near where the borders of the three countries meet")).toBeNull();
    expect(groupOfStates("قرب حدود البلدين")).toBeNull();
  });

  it("gives an agreement told with the group the article's states", () => {
    const x = read(
      "اشتباك على الحدود بين زامبيا وملاوي",
      "",
      "لوساكا - قتل جنديان في اشتباك بين دوريتين من زامبيا وملاوي قرب الحدود، وفق ما أعلن جيش زامبيا.",
      "وقالت ملاوي إن دوريتها تعرضت لإطلاق نار أولا.",
      "ويأتي الحادث بعد نحو شهرين من توقيع البلدين في ليلونغوي مذكرة تفاهم لتنسيق الدوريات.",
    );
    const agreement = x.events.find((e) => e.type === "agreement");
    expect(agreement?.countries.sort()).toEqual(["MW", "ZM"]);
  });
});

describe("signing verbs of several signers", () => {
  it("reads a plural or a feminine dual signing as an agreement", () => {
    const plural = read("اجتماع في باكو", "", "باكو - بحث وزراء دفاع أذربيجان وكازاخستان اليوم أمن الملاحة.", "وكان وزراء دفاع الدول الثلاث قد وقعوا قبل شهر في عشق آباد مذكرة تفاهم لتنسيق الدوريات.");
    expect(plural.events.some((e) => e.type === "agreement")).toBe(true);
    const dual = read("أرمينيا وأذربيجان", "", "يريفان - قالت الحكومة إن المحادثات مستمرة.", "وكانت أرمينيا وأذربيجان قد وقعتا بالأحرف الأولى مسودة اتفاق سلام في آب الماضي.");
    expect(dual.events.some((e) => e.type === "agreement")).toBe(true);
  });
});
