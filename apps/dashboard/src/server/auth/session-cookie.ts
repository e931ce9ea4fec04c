import { SESSION_TTL_MS } from "@marsad/api";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * POSTs), and over HTTPS Secure with the `__Host-` prefix (bound to this host, path /). Plain
 * HTTP on a developer's machine gets the same cookie without Secure, which browsers would drop.
 */
export const SESSION_COOKIE = "marsad_session";
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Whether the browser reached us over HTTPS (directly or through a TLS-terminating proxy). */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}

export function sessionCookie(request: Request, token: string) {
  const secure = isHttps(request);
  return {
    name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    value: token,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure,
      path: "/",
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    },
  };
}

/** The session token from a cookie reader (a request's or `next/headers`'). */
export function sessionTokenFrom(cookies: {
  get(name: string): { value: string } | undefined;
}): string | undefined {
  return cookies.get(SECURE_SESSION_COOKIE)?.value ?? cookies.get(SESSION_COOKIE)?.value;
}
