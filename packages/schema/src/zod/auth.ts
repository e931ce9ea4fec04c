import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "./text-safety";

/** The roles, weakest first: each can do everything the previous one can. */
export const USER_ROLES = ["viewer", "editor", "admin"] as const;
export const userRoleSchema = z.enum(USER_ROLES, { error: "role must be viewer, editor or admin" });

/** Shortest password accepted (NIST SP 800-63B asks for at least 8; passphrases are encouraged). */
export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = z
  .string({ error: "username must be a string" })
  .trim()
  .toLowerCase()
  .min(2, "username must be at least 2 characters")
  .max(64, "username must be at most 64 characters")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "username may hold only latin letters, digits, dot, dash and underscore");

export const passwordSchema = z
  .string({ error: "password must be a string" })
  .min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  // scrypt hashes any length, but an unbounded input is an easy way to burn CPU.
  .max(256, "password must be at most 256 characters");

/** The sign-in form. The password is not checked for strength here: that was done when it was set. */
export const signInSchema = z
  .object({
    username: z.string().trim().toLowerCase().min(1, "username is required").max(64).refine(hasNoNul, NUL_MESSAGE),
    password: z.string().min(1, "password is required").max(256),
  })
  .strict();

/** An admin creating a user. */
export const createUserSchema = z
  .object({ username: usernameSchema, password: passwordSchema, role: userRoleSchema.default("viewer") })
  .strict();

/** An admin changing a user: role, enabled or not, a new password. */
export const updateUserSchema = z
  .object({
    id: z.uuid(),
    role: userRoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .strict();

/** A user changing their own password proves they know the current one. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "current password is required").max(256),
    newPassword: passwordSchema,
  })
  .strict();

export const createApiTokenSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "name the token (what will use it?)")
      .max(100, "name must be at most 100 characters")
      .refine(hasNoNul, NUL_MESSAGE),
  })
  .strict();

export const userSummarySchema = z.object({
  id: z.uuid(),
  username: z.string(),
  role: userRoleSchema,
  createdAt: z.date(),
  disabledAt: z.date().nullable(),
});

export const apiTokenSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().meta({ description: "The token's first characters, to tell tokens apart" }),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export type UserRoleName = z.infer<typeof userRoleSchema>;
export type SignIn = z.infer<typeof signInSchema>;
export type CreateUser = z.input<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
export type UserSummary = z.infer<typeof userSummarySchema>;
export type ApiTokenSummary = z.infer<typeof apiTokenSummarySchema>;
