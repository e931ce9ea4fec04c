import type { Principal } from "@marsad/db";
import type { UserRoleName } from "@marsad/schema/zod";

/**
 * Who is asking, as every procedure and handler sees it:
 * - `user`: a signed-in user (`via: "session"`, the dashboard's cookie) or an API token's owner
 *   (`via: "token"`) — tokens are for data calls, never for account or user management;
 * - `open`: no user exists yet and the server runs in development, so everything is allowed
 *   (and every page says so);
 * - `anonymous`: nobody signed in, an API token that is unknown or revoked (`invalidToken`), or
 *   (`noUsers`) a production server with no user yet.
 */
export type Access =
  | { kind: "user"; principal: Principal; via: "session" | "token" }
  | { kind: "open" }
  | { kind: "anonymous"; reason: "signInRequired" | "invalidToken" | "noUsers" };

export const OPEN_ACCESS: Access = { kind: "open" };

/** What each role may do; each role includes the ones before it. */
const RANK: Record<UserRoleName, number> = { viewer: 0, editor: 1, admin: 2 };

export type Permission =
  "read" | "submit" | "correct" | "shareWatchlists" | "manageFeeds" | "manageQueue" | "reprocess" | "manageUsers";

const NEEDS: Record<Permission, UserRoleName> = {
  read: "viewer",
  submit: "editor",
  correct: "editor",
  shareWatchlists: "editor",
  manageFeeds: "admin",
  manageQueue: "admin",
  reprocess: "admin",
  manageUsers: "admin",
};

/** The role a permission needs, for messages that tell the user what is missing. */
export function roleNeeded(permission: Permission): UserRoleName {
  return NEEDS[permission];
}

export function may(access: Access, permission: Permission): boolean {
  if (access.kind === "open") return true;
  if (access.kind === "anonymous") return false;
  return RANK[access.principal.role] >= RANK[NEEDS[permission]];
}

/** Why a request is refused, or null when it may go ahead. */
export function refusal(
  access: Access,
  permission: Permission,
): { status: 401 | 403 | 503; message: string } | null {
  if (may(access, permission)) return null;
  if (access.kind === "anonymous" && access.reason === "noUsers") {
    return {
      status: 503,
      message:
        "no users are configured: create the first admin with `pnpm marsad users add NAME --role admin` (or set MARSAD_ADMIN_PASSWORD before `pnpm start`)",
    };
  }
  if (access.kind === "anonymous" && access.reason === "invalidToken") {
    return {
      status: 401,
      message: "the API token is unknown or revoked: make a new one on the account page",
    };
  }
  if (access.kind === "anonymous")
    return { status: 401, message: "sign in, or send an API token as `Authorization: Bearer …`" };
  return {
    status: 403,
    message: `this needs the ${NEEDS[permission]} role; you are ${access.kind === "user" ? access.principal.role : "?"}`,
  };
}

/**
 * Managing accounts (one's password and tokens, other users) needs a signed-in session: a leaked
 * API token must not be able to mint itself a successor, revoke itself or change the password.
 */
export function sessionRefusal(access: Access): string | null {
  if (access.kind === "user" && access.via === "token")
    return "account and user management need a signed-in session: API tokens are for /api/v1 data calls";
  return null;
}
