import { exportHandlers } from "../../../../../server/export-http";

export const dynamic = "force-dynamic";

/** `GET /api/v1/export/articles.csv` and the other files listed in `EXPORT_FILES`. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return exportHandlers.export(request, (await context.params).file);
}
