import { dashboardMetrics } from "../../server/metrics";

export const dynamic = "force-dynamic";

/** GET /metrics: Prometheus text format. 503 when Postgres or Redis cannot be read. */
export async function GET(): Promise<Response> {
  const { registry } = dashboardMetrics();
  try {
    return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
  } catch {
    return new Response("# metrics unavailable: Postgres or Redis cannot be read\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
