import { appRouter, createCallerFactory } from "@marsad/api";
import { getServerDeps } from "../server/deps";

const createCaller = createCallerFactory(appRouter);

/** Calls tRPC procedures from Server Components, in-process, with the process-wide deps. */
export function serverCaller() {
  const { db, queue, feedsQueue, onEnqueueError } = getServerDeps();
  return createCaller({ db, queue, feedsQueue, onEnqueueError });
}
