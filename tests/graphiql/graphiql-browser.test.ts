import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core. CI installs Chromium
 * (.ci/run); elsewhere the test is skipped when there is none.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} for the GraphiQL browser test`);

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  if (!available) return;
  app = await startTestApp();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe.skipIf(!available)("GraphiQL for admins", () => {
  it("signs in as an admin and runs the flagged-conversations query from the saved tabs", async () => {
    const admin = await createAdmin(app);
    const mechanic = await createMechanic(app, { displayName: "Flagged Freddie" });
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id });
    await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "call me on 555 0100", deliveredBody: "call me on [hidden]", flaggedKinds: ["PHONE"] });

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failedRequests: string[] = [];
    page.on("requestfailed", (request) => failedRequests.push(request.url()));
    await page.goto(`${app.server.url}/graphiql`);
    await page.fill("#email", admin.email);
    await page.fill("#password", FACTORY_PASSWORD);
    await page.click("#signin-button");
    await page.getByText("Signed in as ADMIN").waitFor();

    // The first saved tab is FlaggedConversations; run it with the toolbar's execute button.
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".result-window");
    await result.getByText("Flagged Freddie").waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('"flaggedMessageCount": 1');

    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/graphiql-flagged-conversations.png" });
    expect(failedRequests).toEqual([]);
  });
});
