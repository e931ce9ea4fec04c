import { listMapEvents } from "@marsad/db";
import { eventMapQuerySchema } from "@marsad/schema";
import { createTRPCRouter, readProcedure } from "../trpc";

/** The event map: located events and the visits between states they stand for. */
export const mapRouter = createTRPCRouter({
  events: readProcedure.input(eventMapQuerySchema).query(({ ctx, input }) => listMapEvents(ctx.db, input)),
});
