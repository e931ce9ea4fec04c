# Dashboard image: Next.js standalone output (server + traced production dependencies only).
# Build from the repository root: docker build -f docker/dashboard.Dockerfile .
FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm@10.34.9
WORKDIR /repo

FROM base AS build
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN pnpm --filter @marsad/dashboard build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
WORKDIR /app
# `output: "standalone"` traces exactly the files the server needs from the whole monorepo.
COPY --from=build /repo/apps/dashboard/.next/standalone ./
COPY --from=build /repo/apps/dashboard/.next/static ./apps/dashboard/.next/static
# Next's own server.js believes a client's X-Forwarded-For; server.mjs tells the app the real peer.
COPY --from=build /repo/apps/dashboard/server.mjs ./apps/dashboard/server.mjs
USER node
EXPOSE 3000
CMD ["node", "apps/dashboard/server.mjs"]
