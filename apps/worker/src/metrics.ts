import type { ArticlesQueue } from "@marsad/queue";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one worker process, served at `/metrics` on the health port. */
export function createWorkerMetrics(queue: ArticlesQueue) {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "marsad-worker" });
  collectDefaultMetrics({ register: registry });
  const jobs = new Counter({
    name: "marsad_jobs_total",
    help: "Jobs finished by this worker, by queue and outcome (completed, skipped, failed)",
    labelNames: ["queue", "outcome"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "marsad_job_duration_seconds",
    help: "Time from a job's start to its end",
    labelNames: ["queue"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const extracted = new Counter({
    name: "marsad_extracted_total",
    help: "Facts extracted from processed articles, by kind",
    labelNames: ["kind"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "marsad_queue_jobs",
    help: "Jobs in the articles queue, by state (read at scrape time)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed", "completed", "prioritized");
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  return { registry, jobs, duration, extracted };
}

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
