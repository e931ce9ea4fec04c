import { getNetwork } from "@marsad/db";
import { networkQuerySchema } from "@marsad/schema";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** Who met whom: persons, the states they serve and the events they shared. */
export const networkRouter = createTRPCRouter({
  graph: publicProcedure.input(networkQuerySchema).query(({ ctx, input }) => getNetwork(ctx.db, input)),
});
