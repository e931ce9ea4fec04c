import { listMapEvents } from "@marsad/db";
import { eventMapQuerySchema } from "@marsad/schema";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** The event map: located events and the visits between states they stand for. */
export const mapRouter = createTRPCRouter({
  events: publicProcedure.input(eventMapQuerySchema).query(({ ctx, input }) => listMapEvents(ctx.db, input)),
});
