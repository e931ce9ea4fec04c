import { getEvent, getEventCoverage, listEvents } from "@marsad/db";
import { NEAR_DUPLICATE_BITS } from "@marsad/knowledge";
import { eventListQuerySchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const eventsRouter = createTRPCRouter({
  list: publicProcedure.input(eventListQuerySchema).query(({ ctx, input }) => listEvents(ctx.db, input)),

  byId: publicProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const event = await getEvent(ctx.db, input.id);
    if (!event) throw new TRPCError({ code: "NOT_FOUND", message: `no event with id ${input.id}` });
    return { ...event, coverage: await getEventCoverage(ctx.db, input.id, NEAR_DUPLICATE_BITS) };
  }),
});
