import { apiTokens, sessions, users, type UserRole } from "@marsad/schema/tables";
import type { ApiTokenSummary } from "@marsad/schema/zod";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";

/** Who a session or token belongs to, as the permission checks need it. */
export interface Principal {
  userId: string;
  username: string;
  role: UserRole;
}

const principal = { userId: users.id, username: users.username, role: users.role };

export async function insertSession(
  db: Db,
  input: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(input);
}

/** The live session's user; a session of a disabled user, or an expired one, finds nobody. */
export async function findSessionPrincipal(
  db: Db,
  tokenHash: string,
  now = new Date(),
): Promise<Principal | undefined> {
  const [row] = await db
    .select(principal)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return row;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Removes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ t: sessions.tokenHash });
  return rows.length;
}

const tokenSummary = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export async function insertApiToken(
  db: Db,
  input: { userId: string; name: string; tokenHash: string; prefix: string },
): Promise<ApiTokenSummary> {
  const [row] = await db.insert(apiTokens).values(input).returning(tokenSummary);
  return row!;
}

export function listApiTokens(db: Db, userId: string): Promise<ApiTokenSummary[]> {
  return db
    .select(tokenSummary)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's tokens; false when they have no such live token. */
export async function revokeApiToken(db: Db, userId: string, tokenId: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The live token's user, stamping when it was last used (at most once a minute, to spare writes). */
export async function findApiTokenPrincipal(db: Db, tokenHash: string): Promise<Principal | undefined> {
  const [row] = await db
    .select({ ...principal, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  if (!row) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiTokens.id, row.tokenId));
  }
  return { userId: row.userId, username: row.username, role: row.role };
}
