/**
 * Text of a fetched body in the charset the server or the page declares: windows-1256 and
 * ISO-8859-6 are still common on Arabic news sites. Unknown labels fall back to UTF-8.
 */
export function charsetOf(contentType: string | null, body: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> or <?xml encoding="…"?>
  const head = new TextDecoder("latin1").decode(body.subarray(0, 2048));
  const fromPage = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return (fromPage ?? "utf-8").toLowerCase();
}

export function decodeBody(contentType: string | null, body: Uint8Array): string {
  const charset = charsetOf(contentType, body);
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
