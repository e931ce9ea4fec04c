import { randomBytes } from "node:crypto";
import { AccountError, changeUser, createApiToken, createUser } from "@marsad/api/services";
import { findUserByUsername, listUsers, type Db } from "@marsad/db";
import { passwordSchema, userRoleSchema, usernameSchema, type UserSummary } from "@marsad/schema/zod";

/** A command that cannot be carried out, with what to do instead. */
export class UsersCommandError extends Error {}

function valid<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsersCommandError(parsed.error.issues[0]?.message ?? "invalid value");
  return parsed.data;
}

/** A password nobody chose: 20 characters, ~120 random bits. */
export const generatePassword = () => randomBytes(15).toString("base64url");

/**
 * `users add NAME --role ROLE`: with `password` undefined one is generated and returned, so the
 * caller shows it once.
 */
export async function addUser(
  db: Db,
  input: { username: string; role: string; password: string | undefined },
): Promise<{ user: UserSummary; generatedPassword: string | null }> {
  const password = input.password ?? generatePassword();
  try {
    const user = await createUser(db, {
      username: valid(usernameSchema, input.username),
      role: valid(userRoleSchema, input.role),
      password: valid(passwordSchema, password),
    });
    return { user, generatedPassword: input.password === undefined ? password : null };
  } catch (error) {
    if (error instanceof AccountError) throw new UsersCommandError(error.message);
    throw error;
  }
}

async function userNamed(db: Db, username: string) {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (!user) throw new UsersCommandError(`no user "${username}" (see \`pnpm marsad users list\`)`);
  return user;
}

/** `users set-password NAME`: the way back in when an admin forgot theirs. Ends the user's sessions. */
export async function setPassword(
  db: Db,
  username: string,
  password: string | undefined,
): Promise<string | null> {
  const user = await userNamed(db, username);
  const chosen = password ?? generatePassword();
  await changeUser(db, { id: user.id, password: valid(passwordSchema, chosen) });
  return password === undefined ? chosen : null;
}

/** `users token NAME --name LABEL`: an API token for a program acting as that user. */
export async function makeToken(db: Db, username: string, name: string): Promise<string> {
  const user = await userNamed(db, username);
  if (user.disabledAt) throw new UsersCommandError(`"${user.username}" is disabled`);
  return (await createApiToken(db, user.id, name)).token;
}

export async function formatUsers(db: Db): Promise<string> {
  const users = await listUsers(db);
  if (users.length === 0)
    return "no users yet: add the first admin with `pnpm marsad users add NAME --role admin`";
  return users
    .map(
      (u) =>
        `${u.username.padEnd(24)} ${u.role.padEnd(7)} created ${u.createdAt.toISOString()}${u.disabledAt ? "  disabled" : ""}`,
    )
    .join("\n");
}
