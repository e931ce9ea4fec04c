import { countEntityMentionsPerMonth, getEntityProfile, searchEntities, withLatestTitles } from "@marsad/db";
import { EntityCorrectionError, mergeEntities, splitEntity } from "@marsad/knowledge";
import { entityMergeSchema, entitySearchQuerySchema, entitySplitSchema } from "@marsad/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, procedureWith, readProcedure } from "../trpc";

const asBadRequest = (error: unknown): never => {
  if (error instanceof EntityCorrectionError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
  throw error;
};

export const entitiesRouter = createTRPCRouter({
  /** The directories: matches with each person's current rank and role (null for other kinds). */
  list: readProcedure
    .input(entitySearchQuerySchema)
    .query(async ({ ctx, input }) => withLatestTitles(ctx.db, await searchEntities(ctx.db, input))),

  byId: readProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const profile = await getEntityProfile(ctx.db, input.id);
    if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: `no entity with id ${input.id}` });
    return profile;
  }),

  /** Mentions per month, for the profile's chart. */
  mentionsPerMonth: readProcedure
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => countEntityMentionsPerMonth(ctx.db, input.id)),

  merge: procedureWith("correct").input(entityMergeSchema).mutation(({ ctx, input }) => mergeEntities(ctx.db, input).catch(asBadRequest)),

  split: procedureWith("correct").input(entitySplitSchema).mutation(({ ctx, input }) => splitEntity(ctx.db, input).catch(asBadRequest)),
});
