import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5Prefix } from "./md5-prefix";

const expected = (s: string) => {
  const d = createHash("md5").update(s, "utf8").digest();
  return [d.readUInt32BE(0), d.readUInt32BE(4)];
};

describe("md5Prefix", () => {
  const out = new Uint32Array(2);
  const prefix = (text: string, next?: string) => {
    md5Prefix(out, text, next);
    return [out[0], out[1]];
  };

  it("gives node:crypto's MD5 for strings of every script and of lengths around block ends", () => {
    const strings = [
      "",
      "a",
      "القوات",
      "وبالقوات المسلحة",
      "Haftar",
      "عمّان ١٢ tonnes",
      "😀 الصورة",
      // Lone surrogates are encoded as U+FFFD, as Buffer encodes them.
      "a\ud800b",
      "z\udc00",
      "end\ud83d",
      ...Array.from({ length: 140 }, (_, n) => "x".repeat(n)),
      ...Array.from({ length: 70 }, (_, n) => "ب".repeat(n)),
      "ح".repeat(700),
    ];
    for (const s of strings) expect(prefix(s), JSON.stringify(s)).toEqual(expected(s));
  });

  it("hashes a word and the next as the two joined by a space", () => {
    expect(prefix("رئيس", "الأركان")).toEqual(expected("رئيس الأركان"));
    expect(prefix("ح".repeat(40), "b".repeat(300))).toEqual(expected(`${"ح".repeat(40)} ${"b".repeat(300)}`));
    // A long pair after a short one: the buffer grown for the first is no longer needed.
    expect(prefix("a", "b")).toEqual(expected("a b"));
  });
});
