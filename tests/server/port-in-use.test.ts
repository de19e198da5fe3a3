import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startServer } from "../../src/app/server.ts";
import { openDatabase } from "../../src/platform/db/database.ts";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";
import { NODE_ENGINE_FLAGS } from "../../src/platform/server/engine-flags.ts";
import { createLogger } from "../../src/platform/server/logger.ts";
import { PortInUseError } from "../../src/platform/server/port.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * README Troubleshooting: a port another process holds is one clear line, never a stack (round
 * 51's walkthrough read graphql-ws's "Internal error emitted on the WebSocket server" with the
 * listen error's stack), and start-up refuses it before it creates, migrates or seeds a database.
 */
let holder: Server;
let port: number;
const root = mkdtempSync(join(tmpdir(), "autodoctor-port-"));
beforeAll(async () => {
  holder = createServer();
  holder.listen(0, "127.0.0.1");
  await once(holder, "listening");
  port = (holder.address() as { port: number }).port;
});
afterAll(() => {
  holder.close();
  rmSync(root, { recursive: true, force: true });
});

describe("a port in use", () => {
  it("stops `npm start` with one line naming the port, before any database is created", async () => {
    const dataDir = join(root, "data");
    const child = spawn(process.execPath, [...NODE_ENGINE_FLAGS, "scripts/start.mjs"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: "", NODE_ENV: "development", PORT: String(port), HOST: "127.0.0.1", EMBEDDED_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, "exit")) as [number];

    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([`Port ${port} on 127.0.0.1 is in use by another process: stop it, or start on another port (PORT=${port + 1} npm start).`]);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  describe("taken between the check and the listen", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it("fails the server's start with PortInUseError and prints nothing", async () => {
      const printed = vi.spyOn(console, "error");
      const database = await openDatabase(app.config, { migrate: false });
      try {
        await expect(startServer({ ...app.config, port }, database, createLogger({ logLevel: "silent" }))).rejects.toBeInstanceOf(PortInUseError);
        expect(printed).not.toHaveBeenCalled();
      } finally {
        printed.mockRestore();
        await database.close();
      }
    });
  });
});
