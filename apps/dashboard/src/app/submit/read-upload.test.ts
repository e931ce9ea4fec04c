import { describe, expect, it } from "vitest";
import { readUpload } from "./read-upload";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("readUpload", () => {
  it("takes UTF-8 text and Markdown as text", () => {
    expect(readUpload("a.txt", bytes("نص المقال"))).toEqual({ kind: "text", text: "نص المقال" });
    expect(readUpload("b.MD", bytes("# عنوان\nنص"))).toMatchObject({ kind: "text" });
  });

  it("sends HTML pages as base64 bytes, whatever their charset", () => {
    const page = Uint8Array.from([0x3c, 0x70, 0x3e, 0xc7, 0xe1, 0x3c, 0x2f, 0x70, 0x3e]); // <p>ال</p> in windows-1256
    const read = readUpload("page.html", page);
    expect(read).toEqual({ kind: "html", base64: Buffer.from(page).toString("base64") });
  });

  it("refuses each bad file with its reason", () => {
    expect(readUpload("x.pdf", bytes("%PDF"))).toEqual({ kind: "refused", reason: expect.stringContaining("unsupported file type \".pdf\"") as unknown });
    expect(readUpload("x.txt", new Uint8Array())).toEqual({ kind: "refused", reason: "empty file" });
    expect(readUpload("x.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ reason: expect.stringContaining("binary") as unknown });
    expect(readUpload("x.txt", Uint8Array.from([0xc7, 0xe1, 0x20]))).toEqual({ kind: "refused", reason: "not valid UTF-8 text" });
    expect(readUpload("x.txt", bytes(" \n\t "))).toMatchObject({ reason: expect.stringContaining("whitespace") as unknown });
  });
});
