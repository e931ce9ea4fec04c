import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { findPlaceHits } from "./gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => findPlaceHits(tokenize(text), text).map((h) => h.surface);

describe("a place name that is also a word, read by what stands around it", () => {
  it("is a place in a list of places, in English and in Arabic", () => {
    expect(places("The mission keeps troops in Juba, Bor and Malakal.")).toEqual(["Juba", "Bor", "Malakal"]);
    expect(places("The mission keeps troops in Juba, Malakal and Bor.")).toEqual(["Juba", "Malakal", "Bor"]);
    expect(places("تنتشر قوات البعثة في جوبا وبور وملكال.")).toEqual(["جوبا", "بور", "ملكال"]);
  });

  it("stays a word beside one place alone", () => {
    expect(places("زار الوفد كانو ثم القاهرة")).toEqual(["القاهرة"]);
    expect(places("غادروا القاهرة وكانو متعبين")).toEqual(["القاهرة"]);
  });

  it("is a place after a town's or a village's noun", () => {
    expect(places("وصلت التعزيزات إلى بلدة بور صباح الأحد")).toEqual(["بور"]);
    expect(places("Fighting spread to the town of Bor overnight.")).toEqual(["Bor"]);
  });

  it("'لاي' and 'الصبية' are places only after a cue", () => {
    expect(places("جرت المناورات قرب مدينة لاي الساحلية")).toEqual(["لاي"]);
    expect(places("لاي سبب تأخر الاجتماع؟")).toEqual([]);
    expect(places("زار الوزير مركزا للتدريب في منطقة الصبية")).toEqual(["الصبية"]);
    expect(places("لعب الصبية في الحديقة")).toEqual([]);
  });

  it("is a place at one end of a road after بين or between", () => {
    expect(places("أغلق الجيش الطريق بين جوبا وبور.")).toEqual(["جوبا", "بور"]);
    expect(places("The road between Juba and Bor was closed.")).toEqual(["Juba", "Bor"]);
    expect(places("فرق بين القاهرة وكانو")).toEqual(["القاهرة", "كانو"]);
  });

  it("is a town after the coast it gives its name to", () => {
    expect(places("أنقذت البحرية أمس عشرين مهاجرا قرب ساحل الجديدة.")).toEqual(["الجديدة"]);
    expect(places("وتبدو المدينة الجديدة أكبر من القديمة.")).toEqual([]);
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });
const placesOf = (dateline: string, body: string) => readWithDateline(dateline, body).locations.map((l) => [l.name, l.kind, l.country]);

describe("a listed town said as a thing or said again", () => {
  it("the Boma closing its phrase is a thing called so, no town of Congo", () => {
    const x = readWithDateline("LUSAKA, Zambia", "Zambian Health Minister Mara Tembo and Irish minister Aidan Quell met at the district office, known locally as the Boma, on Tuesday.");
    expect(x.locations.map((l) => l.name)).not.toContain("Boma");
    expect(x.countries).not.toContain("CD");
  });

  it("a homonym named a town once is that town again after a preposition of place, in its own state", () => {
    const bars = placesOf("PODGORICA, Montenegro", "On Monday the Italian minister Rino Calve visited the navy base at Bar. An Italian training ship berthed at Bar the same morning, Italy's navy said.").filter((p) => p[0] === "Bar");
    expect(bars).toEqual([["Bar", "city", "ME"]]);
  });
});
