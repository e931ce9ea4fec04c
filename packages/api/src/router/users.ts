import { listUsers } from "@marsad/db";
import { createUserSchema, updateUserSchema } from "@marsad/schema/zod";
import { TRPCError } from "@trpc/server";
import { AccountError, changeUser, createUser } from "../services";
import { createTRPCRouter, sessionProcedureWith } from "../trpc";

// Admins manage users from a signed-in session only: a token cannot make itself an admin account.
const admin = sessionProcedureWith("manageUsers");

const CODES = {
  usernameTaken: "CONFLICT",
  lastAdmin: "BAD_REQUEST",
  notFound: "NOT_FOUND",
  wrongPassword: "BAD_REQUEST",
} as const;

function asTrpcError(error: unknown): never {
  if (error instanceof AccountError)
    throw new TRPCError({ code: CODES[error.reason], message: error.message });
  throw error;
}

/** Admins manage who may use Marsad. */
export const usersRouter = createTRPCRouter({
  list: admin.query(({ ctx }) => listUsers(ctx.db)),
  create: admin
    .input(createUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx.db, input).catch(asTrpcError)),
  update: admin
    .input(updateUserSchema)
    .mutation(({ ctx, input }) => changeUser(ctx.db, input).catch(asTrpcError)),
});
