import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { fieldErrorOf } from "./field-error";
import {
  refusal,
  sessionRefusal,
  type Access,
  type AttemptLimit,
  type FeedDeps,
  type Permission,
  type ServiceDeps,
  type SubmissionLimit,
} from "./services";

/**
 * What every procedure may use: the database, the queues, who is asking (`access`, settled by the
 * server from the session cookie) and the caller's submission allowance.
 */
export type Context = ServiceDeps &
  Pick<FeedDeps, "feedsQueue"> & {
    access: Access;
    limitSubmissions?: SubmissionLimit;
    /** Password checks of a signed-in user (changing the password), keyed by user id. */
    limitPasswordAttempts?: AttemptLimit;
  };

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // An unexpected failure's message can hold SQL and parameters: never send it to the browser.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "internal error" : shape.message,
      data: {
        ...shape.data,
        // The first zod issue, with its path and code, or the field a service refused, so a form
        // can say which field is wrong and how, in its own language.
        fieldError: fieldErrorOf(error.cause),
      },
    };
  },
});

export const createTRPCRouter = t.router;
/** Needs no sign-in: only what the sign-in page itself must read. */
export const publicProcedure = t.procedure;

const CODES = { 401: "UNAUTHORIZED", 403: "FORBIDDEN", 503: "PRECONDITION_FAILED" } as const;

/** A procedure that runs only for callers whose role grants `permission`. */
export function procedureWith(permission: Permission) {
  return t.procedure.use(({ ctx, next }) => {
    const refused = refusal(ctx.access, permission);
    if (refused) throw new TRPCError({ code: CODES[refused.status], message: refused.message });
    return next();
  });
}

/**
 * A procedure that manages accounts: `procedureWith(permission)` that also needs a signed-in
 * session, never an API token (see `sessionRefusal`).
 */
export function sessionProcedureWith(permission: Permission) {
  return procedureWith(permission).use(({ ctx, next }) => {
    const refused = sessionRefusal(ctx.access);
    if (refused) throw new TRPCError({ code: "FORBIDDEN", message: refused });
    return next();
  });
}

/** Reading anything: every signed-in role. */
export const readProcedure = procedureWith("read");
export const createCallerFactory = t.createCallerFactory;
