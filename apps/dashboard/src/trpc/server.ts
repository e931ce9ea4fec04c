import { appRouter, createCallerFactory, type Access } from "@marsad/api";
import { cookies } from "next/headers";
import { resolveAccess } from "../server/auth/resolve-access";
import { sessionTokenFrom } from "../server/auth/session-cookie";
import { getServerDeps } from "../server/deps";

const createCaller = createCallerFactory(appRouter);

/** Who is viewing the page being rendered, from its session cookie. */
export async function pageAccess(): Promise<Access> {
  const { db, production } = getServerDeps();
  return resolveAccess({ db, production }, { sessionToken: sessionTokenFrom(await cookies()) });
}

/** Calls tRPC procedures from Server Components, in-process, as the viewer of the page. */
export async function serverCaller() {
  const { db, queue, feedsQueue, onEnqueueError } = getServerDeps();
  return createCaller({ db, queue, feedsQueue, onEnqueueError, access: await pageAccess() });
}
