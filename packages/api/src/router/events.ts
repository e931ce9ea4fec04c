import { getEvent, getEventCoverage, InvalidCursorError, listEventCountries, listEvents, listEventTimeline } from "@marsad/db";
import { correctFact, FactCorrectionError, NEAR_DUPLICATE_BITS } from "@marsad/knowledge";
import { calendarDaySchema, countryCodeSchema, eventDetachSchema, eventListQuerySchema, eventTypeSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

/**
 * The timeline's filters: up to two states (events between them), a type, a participant, a day
 * range. Paged by offset, named `cursor` so the page can page it as an infinite query.
 */
const eventTimelineQuerySchema = z
  .object({
    countries: z.array(countryCodeSchema).max(2).default([]),
    type: eventTypeSchema.optional(),
    personId: z.uuid().optional(),
    from: calendarDaySchema.optional(),
    to: calendarDaySchema.optional(),
    limit: z.number().int().min(1).max(500).default(200),
    cursor: z.number().int().min(0).max(100_000).default(0),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "to must not be before from", path: ["to"] });

export const eventsRouter = createTRPCRouter({
  /** One page of events and the cursor of the next; `include: "articleIds"` adds each event's articles. */
  list: readProcedure.input(eventListQuerySchema).query(async ({ ctx, input }) => {
    try {
      return await listEvents(ctx.db, input);
    } catch (error) {
      if (error instanceof InvalidCursorError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),

  /**
   * Detaches one article's report from an event it was wrongly joined to: recorded as a correction
   * (`report`, reject) that every reprocessing keeps; the report becomes an event of its own.
   */
  detachReport: procedureWith("correct").input(eventDetachSchema).mutation(async ({ ctx, input }) => {
    try {
      return await correctFact(ctx.db, { factType: "report", action: "reject", ...input });
    } catch (error) {
      if (error instanceof FactCorrectionError) throw new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
      throw error;
    }
  }),

  timeline: readProcedure
    .input(eventTimelineQuerySchema)
    .query(({ ctx, input }) => listEventTimeline(ctx.db, { ...input, offset: input.cursor })),

  countries: readProcedure.query(({ ctx }) => listEventCountries(ctx.db)),

  byId: readProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const event = await getEvent(ctx.db, input.id);
    if (!event) throw new TRPCError({ code: "NOT_FOUND", message: `no event with id ${input.id}` });
    return { ...event, coverage: await getEventCoverage(ctx.db, input.id, NEAR_DUPLICATE_BITS) };
  }),
});
