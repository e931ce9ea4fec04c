/**
 * CSRF defence for state-changing requests (OWASP: verify the origin with standard headers).
 * Browsers send `Origin` on every POST and `Sec-Fetch-Site` on every request; a request another
 * site made the browser send carries that site's origin. Programs (curl, the examples) send
 * neither and authenticate with a bearer token, which a browser never adds on its own.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return origin !== ownOrigin(request);
}

function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host") ?? url.host;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
