// A stand-in origin: relative paths are resolved against it, and only what stays on it is kept.
const SITE = new URL("http://marsad.invalid/");

/**
 * A path on this site to go back to after signing in or switching language; anything that leads
 * elsewhere becomes `/`. Decided the way a browser decides — by parsing the value as a URL relative
 * to the site — never by looking at its first characters: the parser drops TAB/CR/LF and reads `\`
 * as `/`, so `/\t/evil.example` and `/\evil.example` are other hosts, not paths. What is returned is
 * the parsed path, query and fragment, percent-encoded: safe in a `Location` header.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return "/";
  }
  if (url.origin !== SITE.origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
