import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads the interface language per request from src/i18n/request.ts (no locale in URLs).
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/**
 * Headers every response gets. The page CSP carries a per-request nonce and is set in
 * src/proxy.ts; API responses are JSON and get a CSP that allows nothing at all.
 */
const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // The workspace packages export TypeScript source.
  transpilePackages: ["@marsad/accounts", "@marsad/api", "@marsad/db", "@marsad/extract", "@marsad/fetcher", "@marsad/intake", "@marsad/knowledge", "@marsad/queue", "@marsad/reader", "@marsad/schema"],
  // The Docker image (docker/dashboard.Dockerfile) builds a self-contained server, traced from the
  // monorepo root so workspace packages are included; `pnpm start` uses `next start` instead.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  outputFileTracingRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
  // Loaded by Node at run time rather than bundled: bullmq reads its Lua scripts from disk, and the
  // drivers keep native sockets that bundling gains nothing from.
  serverExternalPackages: ["postgres", "bullmq", "ioredis", "pino", "prom-client"],
  // Separate builds of one checkout (parallel test runs) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `next dev` serves http://localhost:3000; also let http://127.0.0.1:3000 load its dev assets.
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: commonHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ]);
  },
};

export default withNextIntl(nextConfig);
