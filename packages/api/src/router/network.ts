import { getNetwork } from "@marsad/db";
import { networkQuerySchema } from "@marsad/schema";
import { createTRPCRouter, readProcedure } from "../trpc";

/** Who met whom: persons, the states they serve and the events they shared. */
export const networkRouter = createTRPCRouter({
  graph: readProcedure.input(networkQuerySchema).query(({ ctx, input }) => getNetwork(ctx.db, input)),
});
