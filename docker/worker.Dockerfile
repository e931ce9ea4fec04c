# Worker image: the worker with only its production dependencies.
# Build from the repository root: docker build -f docker/worker.Dockerfile .
FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm@10.34.9
WORKDIR /repo

FROM base AS build
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline
# A self-contained copy of the worker and the workspace packages it uses, production deps only.
RUN pnpm deploy --legacy --filter=@marsad/worker --prod /out

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out ./
USER node
EXPOSE 3001
# The workspace packages ship TypeScript source; tsx (a production dependency) runs it.
CMD ["node_modules/.bin/tsx", "src/index.ts"]
