import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { outletValue } from "./source-value";
import { datelineThenByline } from "./dateline-then-byline";

// Every line below is written for these tests, not taken from an article.

const body =
  "\n\nThe port authority on Tuesday opened a new container terminal on the northern quay, doubling the harbour's capacity for deep-sea vessels.\n\nThe authority said the terminal would handle its first ship next month.\n";

describe("what a header prints beside an outlet is no outlet", () => {
  it("never takes a time zone, a handle, a hashtag, an address or a weekday", () => {
    for (const v of ["UTC+04:00", "GMT", "UTC -5", "@harbourtimes", "#PortNews", "https://harbour.example.com/news", "www.harbour.example.com", "Tuesday"]) expect(outletValue(v)).toBeNull();
    expect(outletValue("Harbour Times")).toBe("Harbour Times");
  });

  it("reads the outlet beside the time and date under a handle's byline", () => {
    const x = extractArticle({ text: "New terminal doubles harbour capacity\n\nBy: Marta Velikova - Reporter / @harbourtimes\nHarbour Evening Times / 09:40 AM March 3, 2027" + body });
    expect(x.source).toBe("Harbour Evening Times");
    expect(x.author).toBe("Marta Velikova");
    expect(x.published).toBe("2027-03-03");
  });

  it("keeps a writer's name before a slash and a date out of the source", () => {
    const x = extractArticle({ text: "New terminal doubles harbour capacity\n\nMarta Velikova / March 3, 2027" + body });
    expect(x.source).not.toBe("Marta Velikova");
  });
});

describe("a writer signed after the dateline on its line", () => {
  it("reads the writer and the outlet, not the zone of the time above", () => {
    const x = extractArticle({ text: "New terminal doubles harbour capacity\n\n3 March 2027 09:40 (UTC+03:00)\n\nVARNA, Bulgaria, March 3. By Petar Dobrev – Black Sea Wire:" + body });
    expect(x.author).toBe("Petar Dobrev");
    expect(x.source).toBe("Black Sea Wire");
    expect(x.published).toBe("2027-03-03");
  });

  it("needs a personal name between By and the dash", () => {
    expect(datelineThenByline("VARNA, Bulgaria, March 3. By Petar Dobrev – Black Sea Wire:")).toEqual({ writer: "Petar Dobrev", outlet: "Black Sea Wire" });
    expect(datelineThenByline("VARNA, Bulgaria, March 3. By the sea – Black Sea Wire:")).toBeNull();
  });
});

describe("the outlet in the page's footer", () => {
  it("reads the outlet barred off its date closing the page, not a writer signing there", () => {
    const x = extractArticle({ text: "New terminal doubles harbour capacity\n\nVARNA –" + body + "\nHarbour Evening Times | 03.03.2027\n" });
    expect(x.source).toBe("Harbour Evening Times");
    const signed = extractArticle({ text: "New terminal doubles harbour capacity\n\nVARNA –" + body + "\nPetar Dobrev | 03.03.2027\n" });
    expect(signed.source).toBeNull();
  });
});

describe("a writer's handle and a paper after a town that is also a word", () => {
  const arBody =
    "\n\nافتتحت هيئة الموانئ اليوم محطة جديدة للحاويات في الرصيف الشمالي، مما يضاعف قدرة الميناء على استقبال السفن.\n\nوقالت الهيئة إن المحطة ستستقبل أول سفينة الشهر المقبل.\n";

  it("ends the byline's name before the writer's handle", () => {
    const x = extractArticle({ text: "New terminal doubles harbour capacity\n\nBy Marta Velikova @martavel\nMarch 3, 2027\n\nVARNA (Reuters) -" + body });
    expect(x.author).toBe("Marta Velikova");
    expect(x.source).toBe("Reuters");
  });

  it("takes the paper naming itself by its kind after the town filed from, not the whole line", () => {
    const x = extractArticle({ text: "افتتاح محطة جديدة للحاويات في الرصيف الشمالي\n\nالزرقاء - صحيفة الرصيف" + arBody });
    expect(x.source).toBe("صحيفة الرصيف");
  });
});
