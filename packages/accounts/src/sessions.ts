import {
  deleteExpiredSessions,
  deleteSession,
  findApiTokenPrincipal,
  findSessionPrincipal,
  findUserByUsername,
  insertSession,
  type Db,
  type Principal,
} from "@marsad/db";
import type { SignIn } from "@marsad/schema/zod";
import { decoyHash, verifyPassword } from "./password";
import { hashSecretToken, newSecretToken } from "./secret-token";

/** How long a sign-in lasts; after that the user signs in again. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export class InvalidCredentialsError extends Error {
  constructor() {
    super("wrong username or password");
    this.name = "InvalidCredentialsError";
  }
}

/** Checks the credentials and opens a session; the returned token goes into the cookie and nowhere else. */
export async function signIn(
  db: Db,
  input: SignIn,
): Promise<{ token: string; expiresAt: Date; principal: Principal }> {
  const user = await findUserByUsername(db, input.username);
  // An unknown or disabled user costs the same scrypt as a wrong password.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches || user.disabledAt) throw new InvalidCredentialsError();
  const { token, hash } = newSecretToken("session");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await insertSession(db, { tokenHash: hash, userId: user.id, expiresAt });
  // Expired sessions find nobody already; sweeping them here keeps the table small without a job.
  await deleteExpiredSessions(db);
  return { token, expiresAt, principal: { userId: user.id, username: user.username, role: user.role } };
}

export async function signOut(db: Db, sessionToken: string): Promise<void> {
  await deleteSession(db, hashSecretToken(sessionToken));
}

export function sessionPrincipal(db: Db, sessionToken: string): Promise<Principal | undefined> {
  return findSessionPrincipal(db, hashSecretToken(sessionToken));
}

export function apiTokenPrincipal(db: Db, apiToken: string): Promise<Principal | undefined> {
  return findApiTokenPrincipal(db, hashSecretToken(apiToken));
}
