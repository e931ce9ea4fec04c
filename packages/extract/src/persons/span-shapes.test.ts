import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import type { Ctx } from "./anchor-spans";
import { nameAt } from "./names";
import { rankAt } from "./ranks";
import { roleAt } from "./roles";

// Sentences written for these tests. The spans of ranks, roles and names are built with their
// fields written out (no spread, for speed): these pin every field and its order.
function ctxOf(text: string, language: "ar" | "en" = "ar"): Ctx {
  const doc = buildDoc(text, language);
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
}
const at = (ctx: Ctx, word: string) => ctx.doc.tokens.findIndex((t) => t.text === word);

describe("spans of ranks, roles and names", () => {
  const text = "استقبل اللواء سامر الحلبي وزير الدفاع الأردني في مكتبه.";
  const ctx = ctxOf(text);

  it("a rank: the span and whether it is military", () => {
    const r = rankAt(ctx, at(ctx, "اللواء"));
    expect(r && Object.keys(r)).toEqual(["first", "last", "start", "end", "surface", "military"]);
    expect(r).toMatchObject({ surface: "اللواء", military: true, start: text.indexOf("اللواء") });
  });

  it("a role: the span and its flags, with a proclitic on the head", () => {
    const r = roleAt(ctx, at(ctx, "وزير"));
    expect(r && Object.keys(r)).toEqual(["first", "last", "start", "end", "surface", "prepositional", "counterpart", "plural", "conjoined"]);
    expect(r).toMatchObject({ surface: "وزير الدفاع الأردني", prepositional: false, conjoined: false, plural: false, counterpart: false });
    const c = ctxOf("التقى الوفد بوزير الدفاع الأردني.");
    expect(roleAt(c, at(c, "بوزير"))).toMatchObject({ prepositional: true, surface: "وزير الدفاع الأردني" });
  });

  it("no role where no office head opens", () => {
    expect(roleAt(ctx, at(ctx, "استقبل"))).toBeNull();
    expect(roleAt(ctx, at(ctx, "مكتبه"))).toBeNull();
  });

  it("a name: the span and its keys", () => {
    const n = nameAt(ctx, at(ctx, "سامر"), true);
    expect(n && Object.keys(n)).toEqual(["first", "last", "start", "end", "surface", "keys"]);
    expect(n).toMatchObject({ surface: "سامر الحلبي", start: text.indexOf("سامر") });
  });

  it("an English role drops its article from the surface and the start", () => {
    const en = "The ceremony was opened by the defence minister, Jane Roe, on Monday.";
    const c = ctxOf(en, "en");
    const r = roleAt(c, at(c, "defence")) ?? roleAt(c, at(c, "minister"));
    expect(r?.surface.startsWith("the ")).toBe(false);
  });
});
