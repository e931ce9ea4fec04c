import { describe, expect, it } from "vitest";
import { compatibleNames, nameKey } from "./person-names";

describe("compatibleNames", () => {
  it("matches spelling variants of one name", () => {
    expect(compatibleNames("عبدالمجيد صقر", "عبد المجيد صقر")).toBe(true);
    expect(compatibleNames("أحمد خليفة", "احمد خليفه")).toBe(true);
  });

  it("matches a name with the father's name inserted", () => {
    expect(compatibleNames("صدام حفتر", "صدام خليفة حفتر")).toBe(true);
  });

  it("never merges people who share a family name or a name token", () => {
    expect(compatibleNames("أحمد خليفة", "خليفة حفتر")).toBe(false);
    expect(compatibleNames("خليفة حفتر", "صدام خليفة حفتر")).toBe(false);
    expect(compatibleNames("خالد حفتر", "صدام حفتر")).toBe(false);
    expect(compatibleNames("حفتر", "صدام حفتر")).toBe(false);
  });

  it("keys names without diacritics or hamza differences", () => {
    expect(nameKey("أَحْمَد خليفة")).toBe(nameKey("احمد خليفه"));
  });
});

describe("compatibleNames across scripts and spellings", () => {
  it("an English name and its Arabic rendering are one name", () => {
    expect(compatibleNames("Hulusi Akar", "خلوصي أكار")).toBe(true);
    expect(compatibleNames("دونغ جون", "Dong Jun")).toBe(true);
    expect(compatibleNames("Guido Crosseto", "جويديو كروسيتو")).toBe(true);
    expect(compatibleNames("Yousef Huneiti", "يوسف الحنيطي")).toBe(true);
    expect(compatibleNames("Saddam Haftar", "صدام خليفة حفتر")).toBe(true);
    expect(compatibleNames("Khawaja Asif", "خواجا محمد آصف")).toBe(true);
    // Latin "gh" renders Persian ق as often as غ.
    expect(compatibleNames("Mohammad Bagheri", "محمد باقري")).toBe(true);
    expect(compatibleNames("Ghassan Salame", "غسان سلامة")).toBe(true);
  });

  it("letters that are sure stay apart across scripts", () => {
    expect(compatibleNames("Kamal Hassan", "جمال حسن")).toBe(false);
  });

  it("never merges across scripts on a shared family name alone", () => {
    expect(compatibleNames("Khaled Haftar", "صدام حفتر")).toBe(false);
    expect(compatibleNames("Khaled Haftar", "خليفة حفتر")).toBe(false);
    expect(compatibleNames("Saddam Haftar", "خالد حفتر")).toBe(false);
    expect(compatibleNames("Haftar", "حفتر")).toBe(false);
    expect(compatibleNames("Ali Sisi", "علي السيسي")).toBe(false);
  });

  it("forgives Latin spellings of one name but not different names", () => {
    expect(compatibleNames("Sedki Sobhi", "Sedqi Sobhi")).toBe(true);
    expect(compatibleNames("Hassan Ali Khan", "Hussein Ali Khan")).toBe(false);
  });

  it("a courtesy word before a name is not its given name", () => {
    expect(compatibleNames("Asim Munir", "Syed Asim Munir")).toBe(true);
    expect(compatibleNames("عاصم منير", "سيد عاصم منير")).toBe(true);
    expect(compatibleNames("Syed Asim Munir", "عاصم منير")).toBe(true);
  });
});
