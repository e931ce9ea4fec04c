import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * What a user may do. Viewers read; editors also submit articles and correct facts; admins also
 * manage users, feeds, the queue and reprocessing runs.
 */
export const userRole = pgEnum("user_role", ["viewer", "editor", "admin"]);

/** A person who signs in to the dashboard. The password is kept only as a salted scrypt hash. */
export const users = pgTable("users", {
  id: uuid()
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  /** Lower-case sign-in name, unique. */
  username: text().notNull().unique("users_username_idx"),
  /** `scrypt$N$r$p$salt$hash` (base64url parts): the parameters travel with the hash so they can be raised later. */
  passwordHash: text().notNull(),
  role: userRole().notNull().default("viewer"),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** A disabled user cannot sign in and their sessions and tokens stop working. */
  disabledAt: timestamp({ withTimezone: true }),
});

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a leaked
 * database does not yield usable sessions.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** A bearer token for `/api/v1`, acting as its user. Stored as a SHA-256 hash; shown once when made. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique("api_tokens_hash_idx"),
    /** The first characters of the token, so a user can tell their tokens apart. */
    prefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type ApiToken = typeof apiTokens.$inferSelect;
