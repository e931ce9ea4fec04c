import { MAX_HTML_UPLOAD_BYTES, MAX_TEXT_LENGTH } from "@marsad/schema/zod";
import type { Label } from "../../i18n/message-key";

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** What an uploaded file becomes before it is sent: text to submit, a page to read, or a refusal. */
export type UploadPayload =
  | { kind: "text"; text: string }
  | { kind: "html"; base64: string }
  | { kind: "refused"; reason: Label };

const utf8 = new TextDecoder("utf-8", { fatal: true });

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Checks an uploaded file in the browser, so a wrong file is refused with its reason before any
 * upload: unsupported type, binary content, empty, too large, or (for text) not UTF-8. HTML pages
 * go to the server as bytes, which decodes them by their declared charset (windows-1256 too).
 */
export function readUpload(name: string, bytes: Uint8Array): UploadPayload {
  const ext = extensionOf(name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext))
    return refused("submit.readUpload.unsupportedType", { extension: ext || name });
  if (bytes.length === 0) return refused("submit.readUpload.empty");
  if (bytes.includes(0)) return refused("submit.readUpload.binary");
  if (ext === ".html" || ext === ".htm") {
    if (bytes.length > MAX_HTML_UPLOAD_BYTES)
      return refused("submit.readUpload.pageTooLarge", { megabytes: MAX_HTML_UPLOAD_BYTES / 1024 / 1024 });
    return { kind: "html", base64: toBase64(bytes) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refused("submit.readUpload.notUtf8");
  }
  if (text.trim() === "") return refused("submit.readUpload.onlyWhitespace");
  if (text.length > MAX_TEXT_LENGTH) return refused("submit.readUpload.tooLong", { characters: MAX_TEXT_LENGTH });
  return { kind: "text", text };
}

/** A refusal whose reason is a catalogue message, so it reads in the interface's language. */
function refused(k: Label["k"], values?: Label["values"]): UploadPayload {
  return { kind: "refused", reason: values ? { k, values } : { k } };
}
