import { guard } from "../../../../../server/auth/route-guard";
import { exportHandlers } from "../../../../../server/export-http";

export const dynamic = "force-dynamic";

/** `GET /api/v1/export/articles.csv` and the other files listed in `EXPORT_FILES`. */
export const GET = guard("read", async (request: Request, context: { params: Promise<{ file: string }> }) =>
  exportHandlers.export(request, (await context.params).file),
);
