import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articleSubmissionSchema } from "../src/zod";
import { contractFiles } from "../scripts/contract-files";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const generated = contractFiles(version);

describe("generated contract files", () => {
  it("are committed and up to date (run `pnpm --filter @marsad/schema generate` after changing a schema)", () => {
    for (const [path, content] of generated) {
      expect(readFileSync(join(root, "contract", path), "utf8"), path).toBe(content);
    }
    const committed = readdirSync(join(root, "contract", "json-schema")).map((f) => `json-schema/${f}`);
    expect(committed.sort()).toEqual([...generated.keys()].filter((p) => p.startsWith("json-schema/")).sort());
  });

  it("describe every /api/v1 route the dashboard serves", () => {
    const document = JSON.parse(generated.get("openapi.json")!) as { paths: Record<string, Record<string, unknown>> };
    const appDir = join(root, "..", "..", "apps", "dashboard", "src", "app");
    const routes: string[] = [];
    const walk = (dir: string, path: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
        else if (entry.name === "route.ts") routes.push(path);
      }
    };
    walk(join(appDir, "api", "v1"), "/api/v1");
    // The document does not describe itself; the one export route serves seven named files.
    const documented = routes.filter((r) => !r.endsWith("/openapi.json") && r !== "/api/v1/export/{file}");
    expect(documented.length).toBeGreaterThan(5);
    for (const route of documented) expect(Object.keys(document.paths), route).toContain(route);
    expect(routes).toContain("/api/v1/export/{file}");
    for (const name of ["articles.csv", "articles.json", "events.csv", "events.json", "people.csv", "people.json", "network.graphml"])
      expect(Object.keys(document.paths)).toContain(`/api/v1/export/${name}`);
  });

  it("hold JSON Schema that agrees with the zod schema on what a submission may contain", () => {
    const schema = JSON.parse(generated.get("json-schema/article-submission.json")!) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(articleSubmissionSchema.shape).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
