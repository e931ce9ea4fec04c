import { getServerDeps } from "./deps";
import { createExportHandlers } from "./http/export-handlers";

/** The export handlers wired to the process-wide dependencies. */
export const exportHandlers = createExportHandlers(getServerDeps);
