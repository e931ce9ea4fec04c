import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "@marsad/schema/zod";
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
    const reason = (name: string, content: Uint8Array) => {
      const read = readUpload(name, content);
      return read.kind === "refused" ? read.reason : null;
    };
    expect(reason("x.pdf", bytes("%PDF"))).toEqual({ k: "submit.readUpload.unsupportedType", values: { extension: ".pdf" } });
    expect(reason("README", bytes("نص"))).toEqual({ k: "submit.readUpload.unsupportedType", values: { extension: "README" } });
    expect(reason("x.txt", new Uint8Array())).toEqual({ k: "submit.readUpload.empty" });
    expect(reason("x.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ k: "submit.readUpload.binary" });
    expect(reason("x.txt", Uint8Array.from([0xc7, 0xe1, 0x20]))).toEqual({ k: "submit.readUpload.notUtf8" });
    expect(reason("x.txt", bytes(" \n\t "))).toEqual({ k: "submit.readUpload.onlyWhitespace" });
    expect(reason("x.txt", bytes("ب".repeat(MAX_TEXT_LENGTH + 1)))).toEqual({ k: "submit.readUpload.tooLong", values: { characters: MAX_TEXT_LENGTH } });
  });
});
