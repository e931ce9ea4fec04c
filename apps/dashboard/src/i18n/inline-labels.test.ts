import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findHardCodedText } from "./hard-coded-text";
import { findInlinePairs, icuLiteral } from "./inline-labels";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("findInlinePairs", () => {
  it("finds JSX pairs, literal or not, and bilingual object literals", () => {
    const source = `
      const a = <T ar="الأشخاص" en="People &amp; places" sep="/" />;
      const b = <T ar={<>عدد {n}</>} en={\`count \${n}\`} />;
      const c = { href: "/x", ar: "خريطة", en: "Map" };
      const d = { k: "common.siteNav.map" };
      const e = <T k="common.siteNav.people" />;`;
    const pairs = findInlinePairs("x.tsx", source);
    expect(pairs.map((p) => [p.kind, p.ar, p.en])).toEqual([
      ["jsx", "الأشخاص", "People & places"],
      ["jsx", null, null],
      ["object", "خريطة", "Map"],
    ]);
    expect(pairs[0]?.keep).toBe("");
    expect(source.slice(pairs[2]?.start, pairs[2]?.end)).toBe('ar: "خريطة", en: "Map"');
  });

  it("escapes what ICU would read as syntax", () => {
    expect(icuLiteral("visitor's {x} <b>")).toBe("visitor's '{'x'}' '<'b'>'");
  });
});

describe("findHardCodedText", () => {
  it("finds words in JSX text, shown literals and readable attributes; passes figures, data and URLs", () => {
    const source = `
      const a = <td>{minutes} min</td>;
      const b = <p>{done ? "ready" : "—"} · {n}</p>;
      const c = <span aria-label={\`\${n} waiting\`} title="https://example.test/feed">{n}</span>;
      const d = <b className={\`badge \${kind}\`}>{\`\${a} – \${b}\`}</b>;
      const e = <i>لا شيء</i>;`;
    expect(findHardCodedText("x.tsx", source)).toEqual([
      { line: 2, text: "min" },
      { line: 3, text: "ready" },
      { line: 4, text: "waiting" },
      { line: 6, text: "لا شيء" },
    ]);
  });
});

describe("the dashboard's components", () => {
  it("print no inline Arabic/English label pair: every label is in messages/*.json", () => {
    const left = sourceFiles(appDir).flatMap((file) =>
      findInlinePairs(file, readFileSync(file, "utf8")).map((pair) => `${path.relative(appDir, file)}:${pair.line}`),
    );
    expect(left, "move them with `pnpm --filter @marsad/dashboard move-labels`").toEqual([]);
  });

  it("print no word of their own: units, states and labels come from messages/*.json", () => {
    const left = sourceFiles(appDir).flatMap((file) =>
      findHardCodedText(file, readFileSync(file, "utf8")).map((hit) => `${path.relative(appDir, file)}:${hit.line} ${hit.text}`),
    );
    expect(left).toEqual([]);
  });
});
