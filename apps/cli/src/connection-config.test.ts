import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectionConfig, NotConfiguredError, RUNTIME_FILE } from "./connection-config";

let root: string | undefined;

async function withRuntime(runtime: object | null): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), "marsad-config-"));
  if (runtime) {
    await mkdir(path.join(root, ".data"));
    await writeFile(path.join(root, RUNTIME_FILE), JSON.stringify(runtime));
  }
  return root;
}

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("connectionConfig", () => {
  it("takes the running `pnpm start`'s queue prefix, so imports reach its worker at once", async () => {
    const dir = await withRuntime({ databaseUrl: "postgres://a/b", redisUrl: "redis://r:1", queuePrefix: "newsroom" });
    expect(connectionConfig(dir, {})).toEqual({ databaseUrl: "postgres://a/b", redisUrl: "redis://r:1", queuePrefix: "newsroom" });
  });

  it("lets the environment win, and reads a runtime file from before the prefix was recorded", async () => {
    const dir = await withRuntime({ databaseUrl: "postgres://a/b", redisUrl: "redis://r:1" });
    expect(connectionConfig(dir, {}).queuePrefix).toBe("marsad");
    expect(connectionConfig(dir, { QUEUE_PREFIX: "mine", DATABASE_URL: "postgres://x/y" })).toMatchObject({
      queuePrefix: "mine",
      databaseUrl: "postgres://x/y",
    });
  });

  it("without either, says how to configure it", async () => {
    const dir = await withRuntime(null);
    expect(() => connectionConfig(dir, {})).toThrow(NotConfiguredError);
  });
});
