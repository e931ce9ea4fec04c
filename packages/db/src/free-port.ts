import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on now, chosen by the system. The benchmarks, the
 * fault suite and the browser tests start their own servers; a port drawn at random can be one a
 * database of the machine already holds (MariaDB on 3306 stopped bench:pipeline from starting its
 * dashboard).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
