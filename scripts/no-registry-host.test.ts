/**
 * The project names no package-registry host (README's audit advice included): it says "the
 * public npm registry", so the docs hold wherever the packages come from.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const REGISTRY_HOST = /registry\.npmjs\.(org|com)|registry\.yarnpkg\.com|npmmirror\.com|npm\.pkg\.github\.com|registry\.npm\.taobao/i;

describe("tracked files", () => {
  it("name no package-registry host", () => {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
    const naming = files.filter((file) => {
      if (/\.(png|jpg|ico|woff2?|gz|bin)$/i.test(file)) return false;
      try {
        return REGISTRY_HOST.test(readFileSync(path.join(root, file), "utf8"));
      } catch {
        return false;
      }
    });
    expect(naming).toEqual([]);
  });
});
