import { describe, expect, it } from "vitest";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SESSION_FIELDS = `id status concern vehicle { make model year } customer { firstName lastName city } mechanic { displayName }`;
const FLAGGED = `{ flaggedConversations(first: 100) { nodes { flaggedMessageCount session { ${SESSION_FIELDS} } } } }`;

describe("the admin's flagged conversations", () => {
  it("show each session with its vehicle, customer and mechanic as the session itself reads", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "text me 512 555 0100", deliveredBody: "text me [hidden]", flaggedKinds: ["PHONE"] });

    const flagged = await app.gql(FLAGGED, {}, admin.token);
    const alone = await app.gql(`query ($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: session.id }, admin.token);
    expect(flagged.errors).toBeUndefined();
    expect(alone.data!.session.vehicle).not.toBeNull();
    expect(flagged.data!.flaggedConversations.nodes).toContainEqual({ flaggedMessageCount: 1, session: alone.data!.session });
  });
});
