import { getOverview } from "@marsad/db";
import { createTRPCRouter, readProcedure } from "../trpc";

/** Days the overview charts cover, and how many of the newest events it lists. */
const CHART_DAYS = 30;
const LATEST_EVENTS = 10;

export const overviewRouter = createTRPCRouter({
  stats: readProcedure.query(({ ctx }) =>
    getOverview(ctx.db, { now: new Date(), days: CHART_DAYS, latest: LATEST_EVENTS }),
  ),
});
