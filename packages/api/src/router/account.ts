import { listApiTokens, revokeApiToken } from "@marsad/db";
import { changePasswordSchema, createApiTokenSchema } from "@marsad/schema/zod";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { AccountError, changeOwnPassword, createApiToken, may, type Access } from "../services";
import { createTRPCRouter, publicProcedure, sessionProcedureWith } from "../trpc";

/**
 * Procedures about one's own account need a real user, not the open development mode, signed in
 * with a session: an API token may not list, mint or revoke tokens, nor change the password.
 */
const userProcedure = sessionProcedureWith("read").use(({ ctx, next }) => {
  if (ctx.access.kind !== "user") {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "no users exist yet: create one to have an account",
    });
  }
  return next({ ctx: { principal: ctx.access.principal } });
});

function permissionsOf(access: Access) {
  return {
    submit: may(access, "submit"),
    correct: may(access, "correct"),
    manageFeeds: may(access, "manageFeeds"),
    manageQueue: may(access, "manageQueue"),
    reprocess: may(access, "reprocess"),
    manageUsers: may(access, "manageUsers"),
  };
}

export const accountRouter = createTRPCRouter({
  /** Who is asking and what they may do (pages hide what they cannot use). Answers everyone. */
  me: publicProcedure.query(({ ctx }) => {
    const a = ctx.access;
    const can = permissionsOf(a);
    if (a.kind === "user") return { kind: "user" as const, username: a.principal.username, role: a.principal.role, can };
    if (a.kind === "open") return { kind: "open" as const, can };
    return { kind: "anonymous" as const, reason: a.reason, can };
  }),

  changePassword: userProcedure.input(changePasswordSchema).mutation(async ({ ctx, input }) => {
    // Each attempt checks a password: limited like sign-in, so a stolen session cannot guess it.
    const wait = (await ctx.limitPasswordAttempts?.(ctx.principal.userId)) ?? 0;
    if (wait > 0) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `too many password attempts: retry after ${wait} s`,
      });
    }
    try {
      await changeOwnPassword(ctx.db, ctx.principal.userId, input.currentPassword, input.newPassword);
    } catch (error) {
      if (error instanceof AccountError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),

  tokens: userProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.principal.userId)),

  /** The token's secret is in this answer only. */
  createToken: userProcedure
    .input(createApiTokenSchema)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.principal.userId, input.name)),

  revokeToken: userProcedure.input(z.object({ id: z.uuid() })).mutation(async ({ ctx, input }) => {
    if (!(await revokeApiToken(ctx.db, ctx.principal.userId, input.id))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "no such live token of yours" });
    }
  }),
});
