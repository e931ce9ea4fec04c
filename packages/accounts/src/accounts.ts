import { countUsers, findUserById, insertApiToken, insertUser, updateUser, type Db } from "@marsad/db";
import type { ApiTokenSummary, CreateUser, UpdateUser, UserSummary } from "@marsad/schema/zod";
import { createUserSchema } from "@marsad/schema/zod";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";
import { newSecretToken } from "./secret-token";

/** A request about users that cannot be carried out, with the reason a person can act on. */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly reason: "usernameTaken" | "lastAdmin" | "notFound" | "wrongPassword",
  ) {
    super(message);
    this.name = "AccountError";
  }
}

export async function createUser(db: Db, input: CreateUser): Promise<UserSummary> {
  const valid = createUserSchema.parse(input);
  const created = await insertUser(db, {
    username: valid.username,
    role: valid.role,
    passwordHash: await hashPassword(valid.password),
  });
  if (!created) throw new AccountError(`the username "${valid.username}" is taken`, "usernameTaken");
  return created;
}

export async function changeUser(db: Db, input: UpdateUser): Promise<UserSummary> {
  const result = await updateUser(db, input.id, {
    ...(input.role !== undefined ? { role: input.role } : {}),
    ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    ...(input.password !== undefined ? { passwordHash: await hashPassword(input.password) } : {}),
  });
  if (result === "lastAdmin")
    throw new AccountError("this is the last enabled admin: make another admin first", "lastAdmin");
  if (!result) throw new AccountError("no such user", "notFound");
  return result;
}

/** A user changing their own password; every other session of theirs ends. */
export async function changeOwnPassword(
  db: Db,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new AccountError("no such user", "notFound");
  if (!(await verifyPassword(currentPassword, user.passwordHash)))
    throw new AccountError("the current password is wrong", "wrongPassword");
  await updateUser(db, userId, { passwordHash: await hashPassword(newPassword) });
}

/** Makes an API token; the secret is in the answer once and never again. */
export async function createApiToken(
  db: Db,
  userId: string,
  name: string,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const { token, hash } = newSecretToken("api");
  const summary = await insertApiToken(db, { userId, name, tokenHash: hash, prefix: token.slice(0, 14) });
  return { token, summary };
}

/**
 * Creates the first admin when there is no user at all (first start). With no password given, one
 * is generated and returned so the caller can show it once. Does nothing when users exist.
 */
export async function ensureFirstAdmin(
  db: Db,
  input: { username: string; password?: string | undefined },
): Promise<{ created: false } | { created: true; username: string; generatedPassword: string | null }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const password = input.password ?? randomBytes(15).toString("base64url");
  try {
    const user = await createUser(db, { username: input.username, password, role: "admin" });
    return { created: true, username: user.username, generatedPassword: input.password ? null : password };
  } catch (error) {
    // Two processes starting at once: the other one made it.
    if (error instanceof AccountError && error.reason === "usernameTaken") return { created: false };
    throw error;
  }
}

/**
 * First start: creates the admin named by MARSAD_ADMIN_USERNAME (default `admin`) with
 * MARSAD_ADMIN_PASSWORD, or a generated password, when no user exists. Returns the line to show
 * the operator, or null when users already exist.
 */
export async function firstAdminFromEnv(
  db: Db,
  env: Record<string, string | undefined>,
): Promise<string | null> {
  const result = await ensureFirstAdmin(db, {
    username: env.MARSAD_ADMIN_USERNAME || "admin",
    password: env.MARSAD_ADMIN_PASSWORD || undefined,
  });
  if (!result.created) return null;
  return result.generatedPassword
    ? `created the first admin "${result.username}" with the password ${result.generatedPassword} — sign in and change it on the account page`
    : `created the first admin "${result.username}" with the password from MARSAD_ADMIN_PASSWORD`;
}
