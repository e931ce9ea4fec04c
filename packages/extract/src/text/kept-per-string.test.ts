import { describe, expect, it } from "vitest";
import { keptPerString } from "./kept-per-string";

describe("keptPerString", () => {
  it("computes each string's answer once and gives it back", () => {
    const asked: string[] = [];
    const long = keptPerString((s: string) => {
      asked.push(s);
      return s.length > 3;
    });
    expect([long("قائد"), long("ab"), long("قائد"), long("ab")]).toEqual([true, false, true, false]);
    expect(asked).toEqual(["قائد", "ab"]);
  });

  it("keeps a null or false answer too", () => {
    let calls = 0;
    const none = keptPerString(() => {
      calls++;
      return null;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("keeps an undefined answer too, and gives back what it kept", () => {
    let calls = 0;
    const nothing = keptPerString((s: string) => {
      calls++;
      return s === "قائد" ? undefined : s.length;
    });
    expect([nothing("قائد"), nothing("قائد"), nothing("ab"), nothing("ab")]).toEqual([undefined, undefined, 2, 2]);
    expect(calls).toBe(2);
  });

  it("empties itself at its limit and computes again", () => {
    let calls = 0;
    const f = keptPerString((s: string) => {
      calls++;
      return s;
    }, 2);
    f("a");
    f("b");
    f("c"); // the limit is reached: the map is emptied before "c" is kept
    f("a");
    expect(calls).toBe(4);
  });
});
