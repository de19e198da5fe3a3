import { describe, expect, it } from "vitest";
import { savedOperations } from "../../src/platform/server/graphiql/graphiql.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

/**
 * README GraphiQL: a saved tab's required variable starts as a placeholder naming its type
 * (`"<ID>"`, `"<String>"`), which the server refuses until it is filled in. A text left as
 * `"<String>"` is refused like an id left as `"<ID>"`: BAD_USER_INPUT naming the argument, and
 * nothing written (no platform note "<String>" in a customer's chat, no rejection for "<String>").
 */
let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

/** The saved tab `name` with its saved variables, the ids among them filled in from `ids`. */
function savedTab(name: string, ids: Record<string, string>) {
  const tab = savedOperations(app.server.schema).find((saved) => saved.name === name)!;
  const variables = JSON.parse(tab.variables) as Record<string, unknown>;
  return { query: tab.query, variables: { ...variables, ...ids } };
}

describe("a saved GraphiQL tab sent with its String placeholder left in", () => {
  it("PostPlatformNote is refused, naming body, and posts nothing in the chat", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const { query, variables } = savedTab("PostPlatformNote", { sessionId: session.id });

    const result = await app.gql(query, variables, admin.token);

    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([["BAD_USER_INPUT", "body"]]);
    expect(result.errors?.[0]?.message).toBe("body: is still GraphiQL's placeholder: fill it in");
    expect(await app.prisma.chatMessage.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("RejectMechanic, AdminCancelSession and AdminReassignSession are refused, naming reason, and change nothing", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const pending = await createMechanic(app, { vetting: "PENDING" });
    const other = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    for (const [name, ids] of [
      ["RejectMechanic", { mechanicId: pending.id }],
      ["AdminCancelSession", { id: session.id }],
      ["AdminReassignSession", { id: session.id, mechanicId: other.id }],
    ] as const) {
      const { query, variables } = savedTab(name, ids);
      const result = await app.gql(query, variables, admin.token);
      expect(
        result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]),
        name,
      ).toEqual([["BAD_USER_INPUT", "reason"]]);
    }
    expect((await app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: pending.id } })).vettingStatus).toBe("PENDING");
    expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ status: "IN_PROGRESS", mechanicId: mechanic.id });
  });

  it("refuses the placeholder of a type only: a text that merely looks like one is a text", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const { query } = savedTab("PostPlatformNote", {});

    const result = await app.gql(query, { sessionId: session.id, body: "<NoSuchType>" }, admin.token);

    expect(result.errors).toBeUndefined();
  });
});
