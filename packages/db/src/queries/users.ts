import { apiTokens, sessions, users, type User, type UserRole } from "@marsad/schema/tables";
import type { UserSummary } from "@marsad/schema/zod";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";

const summary = {
  id: users.id,
  username: users.username,
  role: users.role,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export function listUsers(db: Db): Promise<UserSummary[]> {
  return db.select(summary).from(users).orderBy(asc(users.username));
}

export async function findUserByUsername(db: Db, username: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Inserts a user; undefined when the username is taken. */
export async function insertUser(
  db: Db,
  input: { username: string; passwordHash: string; role: UserRole },
): Promise<UserSummary | undefined> {
  const [row] = await db
    .insert(users)
    .values(input)
    .onConflictDoNothing({ target: users.username })
    .returning(summary);
  return row;
}

/**
 * Changes a user; when the change would leave no enabled admin, nothing is written and
 * `lastAdmin` is returned instead (checked in the same statement, so two admins demoting each
 * other at once cannot both succeed).
 */
export async function updateUser(
  db: Db,
  id: string,
  change: { role?: UserRole; disabled?: boolean; passwordHash?: string },
): Promise<UserSummary | "lastAdmin" | undefined> {
  return db.transaction(async (tx) => {
    // Serialise admin changes: the count below must not race another demotion.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('users:admins', 0))`);
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) return undefined;
    const losesAdmin =
      before.role === "admin" &&
      before.disabledAt === null &&
      ((change.role !== undefined && change.role !== "admin") || change.disabled === true);
    if (losesAdmin) {
      const [admins] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), isNull(users.disabledAt)));
      if ((admins?.n ?? 0) <= 1) return "lastAdmin" as const;
    }
    const [row] = await tx
      .update(users)
      .set({
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.passwordHash !== undefined ? { passwordHash: change.passwordHash } : {}),
        ...(change.disabled !== undefined
          ? { disabledAt: change.disabled ? (before.disabledAt ?? new Date()) : null }
          : {}),
      })
      .where(eq(users.id, id))
      .returning(summary);
    // A disabled user, or one whose password changed, is signed out everywhere.
    if (change.disabled === true || change.passwordHash !== undefined) {
      await tx.delete(sessions).where(eq(sessions.userId, id));
    }
    if (change.disabled === true) {
      await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)));
    }
    return row;
  });
}
