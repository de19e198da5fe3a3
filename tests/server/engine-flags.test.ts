// The API process runs with the same V8 flags wherever it starts (src/platform/server/engine-flags.ts):
// the npm scripts, the image, and the processes the tests and benches spawn read one list.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";
import { NODE_ENGINE_FLAGS } from "../../src/platform/server/engine-flags.ts";

const read = (file: string): string => readFileSync(join(PROJECT_ROOT, file), "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

describe("the API's engine flags", () => {
  it("are flags this Node accepts", () => {
    const run = spawnSync(process.execPath, [...NODE_ENGINE_FLAGS, "-e", "process.exit(0)"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it.each(["start", "start:prod", "bench", "bench:profile", "bench:cpu"])("are on the node command line of npm run %s", (name) => {
    expect(scripts[name]).toContain(`node ${NODE_ENGINE_FLAGS.join(" ")} `);
  });

  it("are on the image's command line", () => {
    const cmd = read("Dockerfile")
      .split("\n")
      .find((line) => line.startsWith("CMD "));
    expect(JSON.parse(cmd!.slice(4))).toEqual(["node", ...NODE_ENGINE_FLAGS, "dist/app/main.js"]);
  });
});
