/**
 * CSRF defence for state-changing requests (OWASP: verify the origin with standard headers).
 * Browsers send `Origin` on every POST and `Sec-Fetch-Site` on every request; a request another
 * site made the browser send carries that site's origin. Programs (curl, the examples) send
 * neither and authenticate with a bearer token, which a browser never adds on its own.
 */
export function isCrossSiteWrite(request: Request, ownOrigin: string): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // `ownOrigin` comes from requestSource: X-Forwarded-Host counts only from a trusted proxy.
  return origin !== ownOrigin;
}

/**
 * The 403 of a refused cross-site write. Behind a TLS-terminating proxy that TRUST_PROXY does not
 * name, this server sees http while the browser's Origin says https: say how to fix that too.
 */
export const CROSS_SITE_REFUSAL =
  "cross-site request refused: its Origin is not this server (behind a reverse proxy, name it in TRUST_PROXY)";
