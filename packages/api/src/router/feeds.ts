import { deleteFeed, FeedUrlTakenError, listFeeds, updateFeed } from "@marsad/db";
import { scheduleFeed, unscheduleFeed } from "@marsad/queue";
import { feedIdSchema, feedRegistrationSchema, feedUpdateSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { pauseFeed, registerFeed, resumeFeed } from "../services";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

function noFeed(id: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `no feed with id ${id}` });
}

export const feedsRouter = createTRPCRouter({
  /** Every registered feed with its poll status (last polled, new items, last error). */
  list: readProcedure.query(({ ctx }) => listFeeds(ctx.db)),

  /** Registers a feed (or changes an existing one's interval); its first poll runs right away. */
  register: procedureWith("manageFeeds").input(feedRegistrationSchema).mutation(({ ctx, input }) => registerFeed(ctx, input)),

  /** Changes a feed's URL or interval; it is polled on the new schedule from now (a first poll at once). */
  update: procedureWith("manageFeeds")
    .input(feedUpdateSchema)
    .mutation(async ({ ctx, input }) => {
      const feed = await updateFeed(ctx.db, input.id, input).catch((error: unknown) => {
        if (error instanceof FeedUrlTakenError) throw new TRPCError({ code: "CONFLICT", message: error.message });
        throw error;
      });
      if (!feed) noFeed(input.id);
      await scheduleFeed(ctx.feedsQueue, feed);
      return feed;
    }),

  /** Stops polling a feed until it is resumed (a poll already queued fetches nothing); the list shows it paused. */
  pause: procedureWith("manageFeeds")
    .input(feedIdSchema)
    .mutation(async ({ ctx, input }) => (await pauseFeed(ctx, input.id)) ?? noFeed(input.id)),

  /** Polls a paused feed again on its interval, starting with a poll right away. */
  resume: procedureWith("manageFeeds")
    .input(feedIdSchema)
    .mutation(async ({ ctx, input }) => (await resumeFeed(ctx, input.id)) ?? noFeed(input.id)),

  /** Stops polling a feed and forgets it (the articles it brought in stay). */
  remove: procedureWith("manageFeeds")
    .input(feedIdSchema)
    .mutation(async ({ ctx, input }) => {
      await unscheduleFeed(ctx.feedsQueue, input.id);
      if (!(await deleteFeed(ctx.db, input.id))) noFeed(input.id);
      return { id: input.id, removed: true };
    }),
});
