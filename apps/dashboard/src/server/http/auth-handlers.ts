import { InvalidCredentialsError, signIn, signOut } from "@marsad/api";
import type { Db } from "@marsad/db";
import { signInSchema } from "@marsad/schema/zod";
import { RequestCookies } from "@edge-runtime/cookies";
import { isCrossSiteWrite } from "../auth/same-origin";
import {
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  sessionCookie,
  sessionTokenFrom,
} from "../auth/session-cookie";
import type { SignInLimit } from "../auth/sign-in-limit";
import type { Logger } from "../logger";
import type { RequestSource } from "./request-source";
import { safeReturnPath } from "./return-path";

export interface AuthHandlerDeps {
  db: Db;
  limitSignIn: SignInLimit;
  sourceOf: (request: Request) => RequestSource;
  logger: Pick<Logger, "info" | "warn" | "error">;
}

function redirect(location: string, cookie?: string): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function serialize(
  name: string,
  value: string,
  o: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; maxAge: number },
) {
  return [
    `${name}=${value}`,
    `Path=${o.path}`,
    `Max-Age=${o.maxAge}`,
    "SameSite=Lax",
    o.httpOnly ? "HttpOnly" : "",
    o.secure ? "Secure" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * Sign-in and sign-out as plain form posts (they work without JavaScript): each answers with a
 * redirect, to where the user was going or back to the sign-in page with what went wrong.
 */
export function createAuthHandlers(getDeps: () => AuthHandlerDeps) {
  return {
    /** POST /api/auth/sign-in (form: username, password, next). */
    signIn: async (request: Request): Promise<Response> => {
      const form = await request.formData().catch(() => null);
      const next = safeReturnPath(form?.get("next"));
      const back = (error: string, extra: Record<string, string> = {}) =>
        redirect(`/sign-in?${new URLSearchParams({ error, next, ...extra }).toString()}`);
      const deps = getDeps();
      const source = deps.sourceOf(request);
      if (isCrossSiteWrite(request, source.ownOrigin)) return back("crossSite");
      const input = signInSchema.safeParse({
        username: form?.get("username") ?? "",
        password: form?.get("password") ?? "",
      });
      if (!input.success) return back("missing");
      const username = input.data.username;
      const wait = await deps.limitSignIn(source.client, username);
      if (wait > 0) {
        deps.logger.warn({ username, client: source.client }, "sign-in attempts limited");
        return back("limited", { retry: String(wait), username });
      }
      try {
        const session = await signIn(deps.db, input.data);
        deps.logger.info({ username, role: session.principal.role }, "signed in");
        const c = sessionCookie(source.https, session.token);
        return redirect(next, serialize(c.name, c.value, c.options));
      } catch (error) {
        if (!(error instanceof InvalidCredentialsError)) throw error;
        deps.logger.warn({ username, client: source.client }, "sign-in refused");
        return back("invalid", { username });
      }
    },

    /** POST /api/auth/sign-out: ends this browser's session. */
    signOut: async (request: Request): Promise<Response> => {
      if (isCrossSiteWrite(request, getDeps().sourceOf(request).ownOrigin))
        return new Response("cross-site request refused", { status: 403 });
      const token = sessionTokenFrom(new RequestCookies(request.headers));
      if (token) await signOut(getDeps().db, token);
      const expired = { httpOnly: true, sameSite: "lax" as const, secure: false, path: "/", maxAge: 0 };
      const response = redirect("/sign-in?signedOut=1", serialize(SESSION_COOKIE, "", expired));
      response.headers.append(
        "Set-Cookie",
        serialize(SECURE_SESSION_COOKIE, "", { ...expired, secure: true }),
      );
      return response;
    },
  };
}
