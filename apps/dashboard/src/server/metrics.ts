import { countArticlesByStatus } from "@marsad/db";
import { collectDefaultMetrics, Counter, Gauge, Registry } from "prom-client";
import { getServerDeps } from "./deps";

/**
 * Prometheus metrics of one dashboard process, served at `/metrics`: Node's own (memory, event
 * loop lag), answers of the HTTP API by status class, and — read at scrape time — articles by
 * status in Postgres and jobs by state in the articles queue.
 */
function createDashboardMetrics() {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "marsad-dashboard" });
  collectDefaultMetrics({ register: registry });
  const apiResponses = new Counter({
    name: "marsad_api_responses_total",
    help: "Answers of /api/v1 by HTTP status code",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "marsad_articles",
    help: "Stored articles by status (read at scrape time)",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const counts = await countArticlesByStatus(getServerDeps().db);
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: "marsad_queue_jobs",
    help: "Jobs in the articles queue by state (read at scrape time)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const counts = await getServerDeps().queue.getJobCounts("waiting", "active", "delayed", "failed", "completed", "prioritized");
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  return { registry, apiResponses };
}

// One registry per process, also across the dev server's module reloads.
const globalCache = globalThis as unknown as { __marsadMetrics?: ReturnType<typeof createDashboardMetrics> };

export function dashboardMetrics() {
  globalCache.__marsadMetrics ??= createDashboardMetrics();
  return globalCache.__marsadMetrics;
}
