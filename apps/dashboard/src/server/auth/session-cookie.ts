import { SESSION_TTL_MS } from "@marsad/api";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * POSTs), and over HTTPS Secure with the `__Host-` prefix (bound to this host, path /). Plain
 * HTTP on a developer's machine gets the same cookie without Secure, which browsers would drop.
 */
export const SESSION_COOKIE = "marsad_session";
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** `secure`: the browser reached us over HTTPS (directly or through a trusted TLS proxy). */
export function sessionCookie(secure: boolean, token: string) {
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
