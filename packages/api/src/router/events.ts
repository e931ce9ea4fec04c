import { getEvent, getEventCoverage, listEventCountries, listEvents, listEventTimeline } from "@marsad/db";
import { NEAR_DUPLICATE_BITS } from "@marsad/knowledge";
import { countryCodeSchema, eventListQuerySchema, eventTypeSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, readProcedure } from "../trpc";

/** The timeline's filters: up to two states (events between them), a type, a participant. */
const eventTimelineQuerySchema = z.object({
  countries: z.array(countryCodeSchema).max(2).default([]),
  type: eventTypeSchema.optional(),
  personId: z.uuid().optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

export const eventsRouter = createTRPCRouter({
  list: readProcedure.input(eventListQuerySchema).query(({ ctx, input }) => listEvents(ctx.db, input)),

  timeline: readProcedure
    .input(eventTimelineQuerySchema)
    .query(({ ctx, input }) => listEventTimeline(ctx.db, input)),

  countries: readProcedure.query(({ ctx }) => listEventCountries(ctx.db)),

  byId: readProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const event = await getEvent(ctx.db, input.id);
    if (!event) throw new TRPCError({ code: "NOT_FOUND", message: `no event with id ${input.id}` });
    return { ...event, coverage: await getEventCoverage(ctx.db, input.id, NEAR_DUPLICATE_BITS) };
  }),
});
