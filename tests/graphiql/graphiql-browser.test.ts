import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
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

/**
 * Opens GraphiQL in a new browser context, signs in as a new admin, and waits until GraphiQL has
 * loaded the schema with the admin's token (it loads it again when the account changes).
 */
async function signedInAsAdmin(on: TestApp = app): Promise<{ page: Page; failedRequests: string[] }> {
  const admin = await createAdmin(on);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Everything comes from the API itself: a request that fails (a CDN, say) shows here.
  const failedRequests: string[] = [];
  page.on("requestfailed", (request) => failedRequests.push(request.url()));
  await page.goto(`${on.server.url}/graphiql`);
  const adminSchema = page.waitForResponse(
    (response) => response.url().endsWith("/graphql") && /__schema/.test(response.request().postData() ?? "") && response.request().headers().authorization !== undefined,
  );
  await page.fill("#email", admin.email);
  await page.fill("#password", FACTORY_PASSWORD);
  await page.click("#signin-button");
  await page.getByText("Signed in as ADMIN").waitFor();
  const introspection = await adminSchema;
  expect(introspection.status()).toBe(200);
  expect((await introspection.json()).errors).toBeUndefined();
  return { page, failedRequests };
}

/** GraphiQL's editors are CodeMirror 5, whose wrapper element holds the editor. */
interface CodeMirrorElement {
  CodeMirror: { getValue(): string; setValue(value: string): void; operationName?: string | null };
}

/**
 * Waits until GraphiQL has parsed the query editor and taken `name` as the operation to run. It
 * does so 100 ms after an edit or a tab change (debounced); executing sooner sends the previous
 * tab's operation name, which the server rightly refuses (OPERATION_RESOLUTION_FAILURE).
 */
async function operationSelected(page: Page, name: string): Promise<void> {
  const queryEditor = page.locator(".graphiql-query-editor .CodeMirror");
  await expect.poll(() => queryEditor.evaluate((element) => (element as unknown as CodeMirrorElement).CodeMirror.operationName ?? null), { timeout: 15_000 }).toBe(name);
}

/** Opens a saved tab (every admin-*.graphql operation is one) and waits until it is the operation to run. */
async function openSavedTab(page: Page, name: string): Promise<void> {
  await page.locator(".graphiql-tab", { hasText: name }).first().click();
  await operationSelected(page, name);
}

/** The text of the result pane once it contains `expected`. */
async function resultContaining(page: Page, expected: string): Promise<string> {
  const result = page.locator(".result-window");
  await result.getByText(expected).first().waitFor({ timeout: 15_000 });
  return (await result.textContent()) ?? "";
}

describe.skipIf(!available)("GraphiQL for admins", () => {
  it("signs in as an admin and runs the flagged-conversations query from the saved tabs", async () => {
    const mechanic = await createMechanic(app, { displayName: "Flagged Freddie" });
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id });
    await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "call me on 555 0100", deliveredBody: "call me on [hidden]", flaggedKinds: ["PHONE"] });

    const { page, failedRequests } = await signedInAsAdmin();
    // Every admin-*.graphql operation is a saved tab (enforcement's and the account ones among
    // them); open FlaggedConversations and run it with the toolbar's execute button.
    for (const saved of ["MailOutbox", "SolicitationReports", "RetentionReport", "FlaggedConversations"]) await page.locator(".graphiql-tab", { hasText: saved }).first().waitFor();
    await openSavedTab(page, "FlaggedConversations");
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".result-window");
    await result.getByText("Flagged Freddie").waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('"flaggedMessageCount": 1');

    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/graphiql-flagged-conversations.png" });
    expect(failedRequests).toEqual([]);
  });

  it("loads the whole schema: the Docs pane lists Query, and Customer with its contact fields", async () => {
    const { page, failedRequests } = await signedInAsAdmin();
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    // The root types come first: "query: Query".
    await docs.getByRole("link", { name: "Query", exact: true }).first().click();
    await docs.locator(".graphiql-doc-explorer-title", { hasText: /^Query$/ }).waitFor();
    // Query.customer(id: ID!): Customer!, then the Customer type itself.
    await docs.getByRole("link", { name: "Customer", exact: true }).first().click();
    await docs.locator(".graphiql-doc-explorer-title", { hasText: /^Customer$/ }).waitFor();
    const fields = await docs.locator(".graphiql-doc-explorer-field-name").allTextContents();
    expect(fields).toEqual(expect.arrayContaining(["id", "firstName", "lastName", "email", "phone", "address", "city"]));
    expect(await page.locator(".graphiql-doc-explorer-error").count()).toBe(0);
    expect(failedRequests).toEqual([]);
  });

  it("completes a field the admin types, and runs the query", async () => {
    const { page, failedRequests } = await signedInAsAdmin();
    await page.locator(".graphiql-tab-add").click();
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    // `{` closes itself; the prefix opens the completion list, and Enter takes the suggestion. The
    // operation is named: GraphiQL keeps the last name it parsed when a document has none.
    await page.keyboard.type("query Price { diagnosticPr");
    const suggestion = page.locator(".CodeMirror-hints .CodeMirror-hint-active");
    // expect.poll gives up after 1 s by default; a busy 2-core machine can take longer to suggest.
    await expect.poll(() => suggestion.textContent(), { timeout: 15_000 }).toBe("diagnosticPriceCents");
    await page.keyboard.press("Enter");
    await expect.poll(() => editor.evaluate((element) => (element as unknown as CodeMirrorElement).CodeMirror.getValue()), { timeout: 15_000 }).toBe("query Price { diagnosticPriceCents}");
    await operationSelected(page, "Price");
    await page.locator(".graphiql-execute-button").click();
    expect(await resultContaining(page, '"diagnosticPriceCents": 2500')).toContain('"diagnosticPriceCents": 2500');
    expect(failedRequests).toEqual([]);
  });

  it("watches a conversation from its saved tab: a message sent through the API arrives live", async () => {
    const { page, failedRequests } = await signedInAsAdmin();
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    for (const saved of ["FlaggedConversations", "Violations", "ReviewViolation", "WatchConversation"]) await page.locator(".graphiql-tab", { hasText: saved }).waitFor();
    await page.locator(".graphiql-tab", { hasText: "WatchConversation" }).click();
    await operationSelected(page, "WatchConversation");
    // The saved tab's variables name what to fill in.
    const variables = page.locator(".graphiql-editor-tool .CodeMirror").first();
    expect(JSON.parse(await variables.evaluate((element) => (element as unknown as CodeMirrorElement).CodeMirror.getValue()))).toEqual({ sessionId: "<ID>" });
    await variables.evaluate((element, value) => (element as unknown as CodeMirrorElement).CodeMirror.setValue(value), JSON.stringify({ sessionId: session.id }));

    const listening = app.server.services.chat.liveSubscriberCount(session.id);
    await page.locator(".graphiql-execute-button").click();
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) > listening, 10_000, "GraphiQL's subscription to start");
    const sent = await app.gql(
      `mutation ($sessionId: ID!) { sendMessage(sessionId: $sessionId, body: "Front pads are worn to the indicator") { message { id } } }`,
      { sessionId: session.id },
      mechanic.token,
    );
    expect(sent.errors).toBeUndefined();
    const text = await resultContaining(page, "Front pads are worn to the indicator");
    expect(text).toContain(`"id": "${sent.data!.sendMessage.message.id}"`);
    expect(text).toContain('"senderRole": "MECHANIC"');
    expect(failedRequests).toEqual([]);
  });
});

describe.skipIf(!available)("GraphiQL on a server that runs only the published operations", () => {
  let onlyPublished: TestApp;
  beforeAll(async () => {
    onlyPublished = await startTestApp({ PERSISTED_OPERATIONS: "only" });
  });
  afterAll(() => onlyPublished?.close());

  it("signs an admin in (the sign-in bar sends the published SignIn by its documentId) and loads the schema", async () => {
    const { page, failedRequests } = await signedInAsAdmin(onlyPublished);
    await openSavedTab(page, "FlaggedConversations");
    await page.locator(".graphiql-execute-button").click();
    expect(await resultContaining(page, "flaggedConversations")).not.toContain("PERSISTED_QUERY_REQUIRED");
    expect(failedRequests).toEqual([]);
  });
});
