import { z } from "zod";
import { InvalidTrustProxyError, parseTrustProxy } from "./server/http/request-source";

/**
 * The dashboard's configuration. This is the only module that reads `process.env`; it is read
 * lazily (on the first request, not at build time) and validated once.
 */
export const dashboardEnvSchema = z.object({
  DATABASE_URL: z.url({ error: "DATABASE_URL is required: a postgres:// URL of Marsad's database" }),
  REDIS_URL: z.string().min(1).default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z.string().min(1).default("marsad"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Articles one client (IP address) may submit per minute, over the API and the dashboard. */
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /**
   * Which proxies in front of the dashboard to believe about the client (X-Forwarded-For) and the
   * site (X-Forwarded-Host/-Proto): empty (default) none — limits key on the connection's
   * address; a number of proxy hops; or proxy addresses/subnets separated by commas.
   */
  TRUST_PROXY: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (error) {
        if (!(error instanceof InvalidTrustProxyError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
      }
    }),
});
export type DashboardEnv = z.infer<typeof dashboardEnvSchema>;

export class InvalidEnvError extends Error {
  constructor(lines: string[]) {
    super(`invalid dashboard configuration:\n${lines.join("\n")}`);
    this.name = "InvalidEnvError";
  }
}

export function readDashboardEnv(source: Record<string, string | undefined> = process.env): DashboardEnv {
  const parsed = dashboardEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new InvalidEnvError(parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`));
  }
  return parsed.data;
}

/** `NODE_ENV` alone, for code that must not require the rest (the CSP built in the proxy). */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
