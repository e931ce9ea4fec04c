import { listFeeds } from "@marsad/db";
import { feedRegistrationSchema } from "@marsad/schema";
import { registerFeed } from "../services";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

export const feedsRouter = createTRPCRouter({
  /** Every registered feed with its poll status (last polled, new items, last error). */
  list: readProcedure.query(({ ctx }) => listFeeds(ctx.db)),

  /** Registers a feed (or changes an existing one's interval); its first poll runs right away. */
  register: procedureWith("manageFeeds").input(feedRegistrationSchema).mutation(({ ctx, input }) => registerFeed(ctx, input)),
});
