import { extractionSchema } from "@marsad/schema";
import { describe, expect, it } from "vitest";
import { countryOf, findPlaceHits, isPlaceName } from "../places/gazetteer";
import { extractArticle } from "../index";
import { tokenize, wordKey } from "../text/tokens";
import cities from "./cities.json";
import countries from "./countries.json";
import homonyms from "./place-homonyms.json";
import figures from "./public-figures.json";
import regions from "./regions.json";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text);
const ISO2 = /^[A-Z]{2}$/;
const inRange = (lat: number, lon: number) => lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat === 0 && lon === 0);
const twoDecimals = (x: number) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

describe("countries.json", () => {
  const sovereign = countries.filter((c) => c.sovereign);

  it("lists every sovereign state: the UN members and Palestine, the Vatican, Kosovo, Taiwan, Western Sahara", () => {
    expect(sovereign.length).toBeGreaterThanOrEqual(195);
    const codes = new Set(sovereign.map((c) => c.iso2));
    for (const iso of ["PS", "VA", "XK", "TW", "EH", "EG", "LY", "TD", "NE", "ML", "BF", "MR", "SS", "US", "GB", "FR", "CN", "RU", "IN", "PK", "BD", "AF", "IR", "TR", "YE", "SO", "ER", "DJ"]) expect(codes, iso).toContain(iso);
  });

  it("has no duplicate code and a complete row for every state", () => {
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(countries.length);
    for (const c of countries) {
      expect(c.iso2, c.iso2).toMatch(ISO2);
      expect(c.ar.length, c.iso2).toBeGreaterThan(0);
      expect(c.en.length, c.iso2).toBeGreaterThan(0);
      for (const n of c.ar) expect(n, c.iso2).toMatch(/\p{Script=Arabic}/u);
    }
    for (const c of sovereign) {
      expect(c.capital, c.iso2).toBeDefined();
      const cap = c.capital!;
      expect(cap.ar, c.iso2).toMatch(/\p{Script=Arabic}/u);
      expect(cap.en.length, c.iso2).toBeGreaterThan(0);
      expect(inRange(cap.lat, cap.lon), `${c.iso2} ${cap.en}`).toBe(true);
      expect(twoDecimals(cap.lat) && twoDecimals(cap.lon), `${c.iso2} ${cap.en}`).toBe(true);
      // The Republic of the Congo shares "Congolese" and الكونغولي with its larger neighbour, which
      // keeps them; Dominica shares الدومينيكي with the Dominican Republic, whose it is in news.
      const demonyms = c.demonymsEn.length + c.demonymStems.length + ((c as { demonymForms?: string[] }).demonymForms?.length ?? 0);
      if (c.iso2 !== "CG" && c.iso2 !== "DM") expect(demonyms, c.iso2).toBeGreaterThan(0);
    }
  });

  it("lists each state's capital among the cities, at the same place", () => {
    for (const c of sovereign) {
      const city = cities.find((x) => x.iso2 === c.iso2 && x.ar.includes(c.capital!.ar));
      expect(city, `${c.iso2} ${c.capital!.ar}`).toBeDefined();
      expect(city!.lat, c.iso2).toBe(c.capital!.lat);
      expect(city!.lon, c.iso2).toBe(c.capital!.lon);
    }
  });
});

describe("cities.json and regions.json", () => {
  it("has at least 600 cities, each with a country, an Arabic name and coordinates", () => {
    expect(cities.length).toBeGreaterThanOrEqual(600);
    const states = new Set(countries.map((c) => c.iso2));
    const ids = new Set<string>();
    for (const c of cities) {
      expect(states, c.ar[0]).toContain(c.iso2);
      expect(c.ar[0], c.en[0]).toMatch(/\p{Script=Arabic}/u);
      expect(inRange(c.lat, c.lon), c.ar[0]).toBe(true);
      ids.add(`${c.iso2}:${c.ar[0]}`);
    }
    expect(ids.size).toBe(cities.length);
  });

  it("covers the main cities of Libya and the Sahel", () => {
    const names = new Set(cities.map((c) => `${c.iso2}:${c.en[0]}`));
    for (const n of ["LY:Benghazi", "LY:Tobruk", "LY:Misrata", "LY:Sirte", "LY:Sabha", "LY:Derna", "LY:Tripoli", "LY:Ajdabiya", "LY:Al Kufrah", "LY:Az Zawiyah", "LY:Ghat", "TD:Abéché", "NE:Agadez", "ML:Timbuktu", "BF:Bobo-Dioulasso"]) expect(names, n).toContain(n);
  });

  it("gives every region an Arabic name and a country code or none", () => {
    const ids = new Set(regions.map((r) => `${r.iso2}:${r.ar[0]}`));
    expect(ids.size).toBe(regions.length);
    for (const r of regions) {
      expect(r.iso2 === "" || ISO2.test(r.iso2), r.ar[0]).toBe(true);
      expect(r.ar[0], r.en[0]).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it("points the ambiguity rules at entries that exist", () => {
    // The alternative is a city (عمّان), a region (زنجبار, the Tanzanian island) or a state (الكونغو).
    const placeIds = new Set([...cities.map((c) => `city:${c.iso2}:${c.ar[0]}`), ...regions.map((r) => `region:${r.iso2}:${r.ar[0]}`), ...countries.map((c) => `country:${c.iso2}`)]);
    for (const rule of Object.values(homonyms.ambiguous)) expect(placeIds).toContain(rule.alternative);
    expect(homonyms.homonyms.map(wordKey)).toContain(wordKey("الخبر"));
  });
});

describe("findPlaceHits", () => {
  it("does not take common adjectives for demonyms", () => {
    expect(hits("تأمين الطرق الصحراوية والمناطق الصحراوية النائية")).toEqual([]);
  });

  it("reads a capital of the Sahel", () => {
    const [h] = hits("وصل الوفد إلى نواكشوط مساء الأحد.");
    expect(h).toMatchObject({ kind: "city", iso2: "MR", surface: "نواكشوط", viaDemonym: false });
    expect(h!.lat).toBeCloseTo(18.09, 1);
  });

  it("reads a state from its demonym, in every form", () => {
    for (const text of ["انتشر الجيش التشادي على الحدود.", "القوات التشادية", "الجنود التشاديين", "المسؤولون التشاديون"]) {
      const [h] = hits(text);
      expect(h, text).toMatchObject({ kind: "country", iso2: "TD", viaDemonym: true });
    }
    expect(hits("الخبراء المصريين")[0]).toMatchObject({ iso2: "EG", viaDemonym: true });
    expect(hits("السفارة الأمريكية")[0]).toMatchObject({ iso2: "US", viaDemonym: true });
    expect(hits("the Libyan coast guard")[0]).toMatchObject({ iso2: "LY", viaDemonym: true });
  });

  it("reads the demonyms of small states written out whole, and gives a minister her state by them", () => {
    const cases: [string, string][] = [
      ["وزيرة الخارجية البنينية", "BJ"],
      ["الضباط المونتينيغريين", "ME"],
      ["خفر السواحل الترينيدادي", "TT"],
      ["الجيش التيموري", "TL"],
      ["البحارة الكابوفيرديون", "CV"],
      ["الشرطة البهامية", "BS"],
    ];
    for (const [text, iso2] of cases) expect(hits(text).at(-1), text).toMatchObject({ kind: "country", iso2, viaDemonym: true });
    const a = extractArticle({ text: "تعاون بحري\n\nكوتونو - قالت وزيرة الخارجية البنينية سيلفي أهوانغبو إن بلادها ستعزز دورياتها في خليج غينيا." });
    expect(a.persons.find((p) => p.name.includes("أهوانغبو"))?.country).toBe("BJ");
  });

  it("reads a city with its coordinates after a preposition", () => {
    const [h] = hits("عقد الاجتماع في مدينة بنغازي شرقي البلاد.");
    expect(h).toMatchObject({ kind: "city", iso2: "LY", surface: "بنغازي" });
    expect(h!.lat).toBeCloseTo(32.12, 1);
    expect(h!.lon).toBeCloseTo(20.09, 1);
  });

  it("reads country names with and without hamza, and in English", () => {
    for (const text of ["زار أمريكا", "زار امريكا", "زار الولايات المتحدة", "visited the United States"]) expect(countryOf(text), text).toBe("US");
    expect(countryOf("من إثيوبيا")).toBe("ET");
    expect(countryOf("من اثيوبيا")).toBe("ET");
  });

  it("reads a city that is also a common word only after a cue", () => {
    expect(hits("نقلت الخبر وكالات الأنباء").filter((h) => h.kind === "city")).toEqual([]);
    expect(hits("وصل إلى مدينة الخبر")[0]).toMatchObject({ kind: "city", iso2: "SA" });
    expect(hits("البيت الأبيض").filter((h) => h.kind === "city")).toEqual([]);
  });

  it("keeps the state for a name that is also a capital", () => {
    expect(hits("في الكويت")[0]).toMatchObject({ kind: "country", iso2: "KW" });
    expect(isPlaceName("طبرق")).toBe(true);
    expect(isPlaceName("المملكة العربية السعودية")).toBe(true);
  });
});

describe("extract", () => {
  it("lists cities with their state and coordinates, and states met only by demonym as countries", () => {
    const x = extractionSchema.parse(
      extractArticle({
        text: "وزير الدفاع يزور مصراتة\nوصل وزير الدفاع إلى مدينة مصراتة اليوم، حيث التقى قادة الجيش التشادي والوفد التشادي المرافق، قبل أن يتوجه إلى سبها.",
        fileName: "t.txt",
      }),
    );
    const misrata = x.locations.find((l) => l.name === "مصراتة");
    expect(misrata).toMatchObject({ kind: "city", country: "LY" });
    expect(misrata!.lat).toBeCloseTo(32.38, 1);
    expect(x.locations.find((l) => l.name === "سبها")).toMatchObject({ kind: "city", country: "LY" });
    expect(x.countries).toContain("LY");
    expect(x.countries).toContain("TD");
  });
});

describe("the Dominican demonym", () => {
  it("reads 'الدومينيكي' as the Dominican Republic's, as Arabic news uses it, not Dominica's", () => {
    const x = extractArticle({ text: "عنوان\nوقال الجيش الدومينيكي إن دورياته على الحدود مع هايتي تضاعفت." });
    expect(x.organizations).toContainEqual(expect.objectContaining({ name: "الجيش الدومينيكي", country: "DO" }));
  });
});

describe("public-figures.json", () => {
  const states = new Set(countries.map((c) => c.iso2));
  const fold = (s: string) => tokenize(s).filter((t) => t.kind === "word").map((t) => t.key).join(" ");

  it("lists at least 400 figures, each with English and Arabic names, a state or none, and offices", () => {
    expect(figures.length).toBeGreaterThanOrEqual(400);
    for (const f of figures) {
      const id = f.en[0] ?? "?";
      if (f.iso2) expect(states, id).toContain(f.iso2);
      expect(f.en.length, id).toBeGreaterThan(0);
      expect(f.ar.length, id).toBeGreaterThan(0);
      for (const n of f.ar) expect(n, id).toMatch(/^[\p{Script=Arabic} ]+$/u);
      for (const n of f.en) expect(n, id).not.toMatch(/\p{Script=Arabic}/u);
      expect(f.offices.length, id).toBeGreaterThan(0);
      // A full name has two words or more; one word names a figure only in `alone`.
      for (const n of [...f.ar, ...f.en]) expect(fold(n).split(" ").length, n).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives no two figures the same printed form", () => {
    const owner = new Map<string, string>();
    for (const f of figures)
      for (const n of [...f.ar, ...f.en, ...(f.alone ?? [])]) {
        const k = fold(n);
        expect(owner.get(k) ?? f.en[0], n).toBe(f.en[0]);
        owner.set(k, f.en[0]!);
      }
  });

  it("puts the Arab states first", () => {
    const arab = new Set(["", "EG", "LY", "SD", "SS", "DZ", "TN", "MA", "MR", "SA", "AE", "QA", "KW", "BH", "OM", "IQ", "SY", "LB", "JO", "PS", "YE"]);
    const firstOther = figures.findIndex((f) => !arab.has(f.iso2));
    expect(firstOther).toBeGreaterThan(300);
  });
});

describe("the towns of Western Sahara", () => {
  it("gives those Morocco administers west of the berm to Morocco, as its regions there", () => {
    const found = hits("عبرت الشاحنات معبر الكركرات قادمة من مدينة بوجدور ومدينة السمارة");
    for (const name of ["الكركرات", "بوجدور", "السمارة"]) expect(found.find((h) => h.name === name)?.iso2).toBe("MA");
  });

  it("leaves the towns east of the berm to Western Sahara", () => {
    expect(hits("وصل الوفد إلى تيفاريتي").find((h) => h.name === "تيفاريتي")?.iso2).toBe("EH");
  });
});
