import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "./env";
import { PAGE_PATH_HEADER } from "./server/page-path";

/**
 * Sets a Content-Security-Policy with a fresh nonce on every page request. Next.js reads the
 * nonce from the request's CSP header and puts it on its own scripts, so no inline script runs
 * without it: a `<script>` smuggled into an article cannot execute even if it reached the DOM.
 */
export function buildContentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // React's dev build needs eval for its debugging aids; production does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Next's dev overlay injects inline styles; a nonce would make browsers ignore 'unsafe-inline'.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, isDevelopment());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Every page request, prefetches (`Purpose: prefetch`, `Next-Router-Prefetch: 1`) included: a
// header a client can send must not decide whether the guard and the CSP apply. API routes get
// their headers from next.config.ts; static files need none of this.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico).*)"],
};
