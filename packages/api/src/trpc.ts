import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { FeedDeps, ServiceDeps, SubmissionLimit } from "./services";

/** What every procedure may use: the database, the queues, and the caller's submission allowance. */
export type Context = ServiceDeps & Pick<FeedDeps, "feedsQueue"> & { limitSubmissions?: SubmissionLimit };

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
        // The first zod issue, with its path, so a form can say which field is wrong.
        fieldError:
          error.cause instanceof ZodError && error.cause.issues[0]
            ? { path: error.cause.issues[0].path.join("."), message: error.cause.issues[0].message }
            : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
