// Issue 13 round 17: the operator's PLATFORM_DOMAINS reach every reader of text, not only the chat:
// the messenger, the content policy's NAME fields and a price list import all let the configured
// platform's pages through, and treat the default domain as any other site when it is not configured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PLATFORM_DOMAINS: "wrenchhub.net" });
});
afterAll(() => app.close());

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged flaggedKinds } }`;
const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id } }`;
const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied rejected { row field reason } } }`;
const HEADER = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";

describe("PLATFORM_DOMAINS=wrenchhub.net", () => {
  it("the messenger lets the platform's own pages and mail through, not the default domain", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "IN_PROGRESS" });
    const send = async (body: string) => (await app.gql(SEND, { sessionId: session.id, body }, customer.token)).data!.sendMessage;
    expect(await send("the rules are at wrenchhub.net/policies, or write support at wrenchhub dot net")).toMatchObject({ flagged: false });
    expect(await send("the rules are at autodoctor.app/policies")).toMatchObject({ flagged: true, flaggedKinds: ["LINK"] });
  });

  it("a NAME field naming the platform's page is accepted, the default domain's refused", async () => {
    const customer = await createCustomer(app);
    const add = (model: string) => app.gql(ADD_VEHICLE, { input: { year: 2016, make: "Toyota", model, color: "Silver" } }, customer.token);
    expect((await add("Corolla (wrenchhub.net/fit)")).errors).toBeUndefined();
    expect((await add("Corolla (autodoctor.app/fit)")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a price list import reads its rows with the configured domains", async () => {
    const w = await partnerWorld(app, await createAdmin(app));
    const list = (name: string) => `${HEADER}\nWH-1,${name},brakes,100,150,10,1,2020-01-01,`;
    const imported = (name: string) => app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: list(name) }, w.partner.token);
    expect((await imported("Pads - fitment on wrenchhub.net/fit")).data!.importCatalog).toMatchObject({ applied: true });
    expect((await imported("Pads - fitment on autodoctor.app/fit")).data!.importCatalog).toMatchObject({ applied: false, rejected: [{ row: 1, field: "name" }] });
  });
});
