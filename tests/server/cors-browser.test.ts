import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * CORS_ORIGINS as a browser enforces it: a front end served from another origin (a page server on
 * another port) calls the API from Debian's Chromium, driven by playwright-core. CI installs
 * Chromium (.ci/run); elsewhere the test is skipped when there is none.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} for the CORS browser test`);

/** A front end's host: one empty page, on its own port (so its own origin). */
async function startPageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>AutoDoctor front end</title><p>front end</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let app: TestApp;
let browser: Browser;
let listed: { origin: string; server: Server };
let unlisted: { origin: string; server: Server };
beforeAll(async () => {
  if (!available) return;
  [listed, unlisted] = await Promise.all([startPageServer(), startPageServer()]);
  app = await startTestApp({ CORS_ORIGINS: listed.origin });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  listed?.server.close();
  unlisted?.server.close();
});

/** Opens the front end at `origin` and has it POST `{ me { id } }` as JSON with the customer's bearer token (a preflighted request). */
async function fetchMeFrom(origin: string, customer: CreatedUser): Promise<{ page: Page; consoleErrors: string[]; outcome: { ok: true; body: any } | { ok: false; error: string } }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  await page.goto(origin);
  const outcome = await page.evaluate(
    async ({ url, token }) => {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ me { id } }" }),
        });
        return { ok: true as const, body: await response.json() };
      } catch (error) {
        return { ok: false as const, error: String(error) };
      }
    },
    { url: app.graphqlUrl, token: customer.token },
  );
  return { page, consoleErrors, outcome };
}

describe.skipIf(!available)("a browser front end on another origin", () => {
  it("calls the API from a listed origin: preflight, JSON POST with a bearer token, and reads the answer", async () => {
    const customer = await createCustomer(app);
    const { page, outcome } = await fetchMeFrom(listed.origin, customer);
    expect(outcome).toEqual({ ok: true, body: { data: { me: { id: customer.id } } } });
    await page.close();
  });

  it("is refused by the browser's CORS check from an origin not listed", async () => {
    const customer = await createCustomer(app);
    const { page, outcome, consoleErrors } = await fetchMeFrom(unlisted.origin, customer);
    expect(outcome).toEqual({ ok: false, error: "TypeError: Failed to fetch" });
    expect(consoleErrors.join("\n")).toContain("has been blocked by CORS policy");
    await page.close();
  });
});
