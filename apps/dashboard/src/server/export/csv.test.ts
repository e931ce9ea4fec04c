import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "./csv";

/** A tiny RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csvCell", () => {
  it("quotes fields with quotes, commas and line breaks, doubling inner quotes", () => {
    expect(csvCell('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvCell("أ، ب, ج")).toBe('"أ، ب, ج"');
    expect(csvCell("سطر\nسطر")).toBe('"سطر\nسطر"');
    expect(csvCell("عادي")).toBe("عادي");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    // A real number stays a number.
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes nothing for null, ISO dates, and lists joined", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2026-01-13T10:00:00Z"))).toBe("2026-01-13T10:00:00.000Z");
    expect(csvCell(["EG", "LY"])).toBe("EG; LY");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines in CRLF and reads back cell for cell", () => {
    const rows = [
      { name: "اللواء سامر الحديدي", note: 'قال: "نلتقي"،\nغداً' },
      { name: "=1+1", note: null },
    ];
    const csv = toCsv(
      [
        { header: "name", value: (r: (typeof rows)[number]) => r.name },
        { header: "note", value: (r: (typeof rows)[number]) => r.note },
      ],
      rows,
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ["name", "note"],
      ["اللواء سامر الحديدي", 'قال: "نلتقي"،\nغداً'],
      ["'=1+1", ""],
    ]);
  });
});
