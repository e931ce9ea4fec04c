import { countUnreadAlerts, InvalidCursorError, listAlerts, markAlertsRead } from "@marsad/db";
import { alertListQuerySchema, alertReadSchema, watchlistCreateSchema, watchlistUpdateSchema, watchlistPageQuerySchema, watchRuleInputSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  addWatchRule,
  createWatchlist,
  newFeedSecret,
  removeWatchlist,
  removeWatchRule,
  revokeFeed,
  updateWatchlist,
  visibleWatchlistPage,
  watchlistDetail,
  watchViewer,
  WatchlistError,
} from "../services";
import { createTRPCRouter, readProcedure } from "../trpc";

const CODES = { notFound: "NOT_FOUND", forbidden: "FORBIDDEN", invalid: "BAD_REQUEST" } as const;
const asTrpcError = (error: unknown): never => {
  // The refusal is the cause: the error formatter names its field, as REST does.
  if (error instanceof WatchlistError) throw new TRPCError({ code: CODES[error.reason], message: error.message, cause: error });
  throw error;
};
const byId = z.object({ id: z.uuid() });

/** Watchlists: every signed-in role follows things for themselves; sharing needs an editor. */
export const watchlistsRouter = createTRPCRouter({
  /** A page of the list (its cursors pass back as `after`/`before`); REST's list is whole. */
  list: readProcedure.input(watchlistPageQuerySchema.optional()).query(({ ctx, input }) =>
    visibleWatchlistPage(ctx.db, ctx.access, input ?? {}).catch((error: unknown) => {
      if (error instanceof InvalidCursorError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
      throw error;
    }),
  ),
  byId: readProcedure.input(byId).query(({ ctx, input }) => watchlistDetail(ctx.db, ctx.access, input.id).catch(asTrpcError)),
  create: readProcedure.input(watchlistCreateSchema).mutation(({ ctx, input }) => createWatchlist(ctx.db, ctx.access, input).catch(asTrpcError)),
  update: readProcedure
    .input(byId.extend({ changes: watchlistUpdateSchema }))
    .mutation(({ ctx, input }) => updateWatchlist(ctx.db, ctx.access, input.id, input.changes).catch(asTrpcError)),
  remove: readProcedure.input(byId).mutation(({ ctx, input }) => removeWatchlist(ctx.db, ctx.access, input.id).catch(asTrpcError)),
  addRule: readProcedure
    .input(byId.extend({ rule: watchRuleInputSchema }))
    .mutation(({ ctx, input }) => addWatchRule(ctx.db, ctx.access, input.id, input.rule, "rule").catch(asTrpcError)),
  removeRule: readProcedure
    .input(byId.extend({ ruleId: z.uuid() }))
    .mutation(({ ctx, input }) => removeWatchRule(ctx.db, ctx.access, input.id, input.ruleId).catch(asTrpcError)),
  /** A new secret Atom feed path (the old one stops answering); shown once. */
  newFeed: readProcedure
    .input(byId)
    .mutation(async ({ ctx, input }) => ({ path: `/api/v1/watchlists/feed/${await newFeedSecret(ctx.db, ctx.access, input.id).catch(asTrpcError)}` })),
  revokeFeed: readProcedure.input(byId).mutation(({ ctx, input }) => revokeFeed(ctx.db, ctx.access, input.id).catch(asTrpcError)),
});

/** The inbox: the caller's alerts, the unread count of the navigation, read marks. */
export const alertsRouter = createTRPCRouter({
  list: readProcedure.input(alertListQuerySchema).query(async ({ ctx, input }) => {
    const viewer = watchViewer(ctx.access);
    const [items, unread] = await Promise.all([listAlerts(ctx.db, viewer, input), countUnreadAlerts(ctx.db, viewer)]);
    return { items, unread };
  }),
  unreadCount: readProcedure.query(({ ctx }) => countUnreadAlerts(ctx.db, watchViewer(ctx.access))),
  markRead: readProcedure
    .input(alertReadSchema)
    .mutation(async ({ ctx, input }) => ({ marked: await markAlertsRead(ctx.db, watchViewer(ctx.access), input) })),
});
