/**
 * The dashboard's production HTTP server (`pnpm start`, `pnpm --filter @marsad/dashboard start`,
 * the Docker image). It is `next start` plus one thing Next cannot do: tell the app who opened
 * the connection. Next passes a client's own X-Forwarded-For through untouched, so the app would
 * otherwise key sign-in and submission limits on whatever the client wrote. Here the TCP peer's
 * address and whether the connection is TLS go into two headers, replacing any value a client
 * sent; the app (src/server/http/request-source.ts) believes forwarding headers only from the
 * proxies TRUST_PROXY names.
 *
 * Environment: PORT (default 3000), HOSTNAME (default: every interface).
 */
/* global process, console, setTimeout */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const PEER_ADDRESS_HEADER = "x-marsad-peer-address";
const PEER_PROTO_HEADER = "x-marsad-peer-proto";

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

// A standalone build (the Docker image) has no next.config.ts beside it: its resolved config is
// in required-server-files.json, which Next reads from this variable (as its own server.js does).
const serverFiles = path.join(dir, process.env.NEXT_DIST_DIR ?? ".next", "required-server-files.json");
if (!existsSync(path.join(dir, "next.config.ts")) && existsSync(serverFiles)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(serverFiles, "utf8")).config);
}

const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  req.headers[PEER_PROTO_HEADER] = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
  handle(req, res).catch((error) => {
    console.error("request failed", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
    res.end("internal error");
  });
});

server.listen(port, hostname, () => {
  console.log(`dashboard listening on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; give in-flight requests a moment.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
