import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { namesSharedWater } from "./shared-waters";

// Every sentence below is written for these tests, not taken from an article.

const place = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name);

describe("a strait, shoal or river between states takes no state from around it", () => {
  it("lists a strait named with its noun under no state, though a coastal state is printed", () => {
    const text = "عبور\n\nعبرت الفرقاطة اليونانية مضيق باب المندب أمس الثلاثاء قبالة سواحل جيبوتي، وفق بيان للبحرية اليونانية.";
    const strait = place(text, "مضيق باب المندب");
    expect(strait).toBeDefined();
    expect(strait!.country).toBeNull();
  });

  it("lists an unlisted shoal under no state", () => {
    const text = "Standoff at sea\n\nMANILA, May 4 (AP) — A Philippine supply boat was blocked by two Chinese vessels near Halvorsen Shoal on Sunday, the Philippine navy said.";
    const shoal = place(text, "Halvorsen Shoal");
    expect(shoal).toBeDefined();
    expect(shoal!.country).toBeNull();
  });

  it("lists an unlisted border river under no state, Arabic or English", () => {
    const ar = "حدود\n\nقالت السلطات التايلاندية إن قذيفتين سقطتا قرب نهر كوارا على الحدود مع ميانمار أمس.";
    expect(place(ar, "نهر كوارا")?.country).toBeNull();
    const en = "Border\n\nLUSAKA, June 2 (Reuters) - Zambian soldiers patrolled the banks of the Kalomo River near the border with Zimbabwe on Friday.";
    expect(place(en, "Kalomo River")?.country).toBeNull();
  });

  it("keeps the state of a river the gazetteer lists in one state", () => {
    const text = "انتشار\n\nانتشرت وحدات من الجيش اللبناني جنوب نهر الليطاني أمس.";
    expect(place(text, "نهر الليطاني")?.country).toBe("LB");
  });

  it("still gives an unlisted area after an area's head the nearest state", () => {
    const text = "تمرين\n\nنفذت القوات الأردنية تمرينا في وادي عربة الجنوبي قرب الحدود.";
    expect(place(text, "وادي عربة الجنوبي")?.country).toBe("JO");
  });

  it("knows the heads by their place in the name", () => {
    expect(namesSharedWater("Strait of Sumbawa")).toBe(true);
    expect(namesSharedWater("مضيق كالي")).toBe(true);
    expect(namesSharedWater("River Plaza Hotel")).toBe(false);
    expect(namesSharedWater("نهري")).toBe(false);
  });
});

describe("an English site's name starts on its own line", () => {
  it("does not join the headline's last word to a dateline printed in capitals", () => {
    const text = "Navy seizes boat carrying fuel off Tamarind\n\nPORT OF SPAIN (CMC) — The coast guard intercepted a pirogue off Tamarind on Sunday, officials said.";
    const names = extractArticle({ text }).locations.map((l) => l.name.toLowerCase());
    expect(names.some((n) => n.includes("\n"))).toBe(false);
    expect(names).toContain("port of spain");
  });
});
