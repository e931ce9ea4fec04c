import { apiTokenPrincipal, sessionPrincipal, type Access } from "@marsad/api";
import { countUsers, type Db } from "@marsad/db";

/** The credentials a request may carry. */
export interface Credentials {
  sessionToken?: string | undefined;
  /** The value after `Authorization: Bearer`. */
  bearerToken?: string | undefined;
}

export interface AccessPolicy {
  db: Db;
  /** A production server with no users refuses everything; a development one runs open (and says so). */
  production: boolean;
}

// Once a user exists there is always one (users are disabled, never deleted): no need to ask again.
const knownToHaveUsers = new WeakSet<Db>();

async function hasUsers(db: Db): Promise<boolean> {
  if (knownToHaveUsers.has(db)) return true;
  const any = (await countUsers(db)) > 0;
  if (any) knownToHaveUsers.add(db);
  return any;
}

/** Settles who is asking: a token's or a session's user, the open development mode, or nobody. */
export async function resolveAccess(policy: AccessPolicy, credentials: Credentials): Promise<Access> {
  if (credentials.bearerToken) {
    const principal = await apiTokenPrincipal(policy.db, credentials.bearerToken);
    return principal ? { kind: "user", principal, via: "token" } : { kind: "anonymous", reason: "invalidToken" };
  }
  if (credentials.sessionToken) {
    const principal = await sessionPrincipal(policy.db, credentials.sessionToken);
    if (principal) return { kind: "user", principal, via: "session" };
  }
  if (await hasUsers(policy.db)) return { kind: "anonymous", reason: "signInRequired" };
  return policy.production ? { kind: "anonymous", reason: "noUsers" } : { kind: "open" };
}

/** The bearer token of an `Authorization` header, if that is what it holds. */
export function bearerTokenOf(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1];
}
