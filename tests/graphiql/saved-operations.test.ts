import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { savedOperations } from "../../src/platform/server/graphiql/graphiql.ts";

describe("GraphiQL's saved tabs", () => {
  it("are the admin moderation operations, each with the variables it needs (placeholders for what the admin must fill in)", async () => {
    const tabs = new Map(savedOperations(await buildBaseSchema()).map((tab) => [tab.name, { kind: tab.query.split(" ", 1)[0], variables: JSON.parse(tab.variables) }]));
    expect(Object.fromEntries(tabs)).toEqual({
      FlaggedConversations: { kind: "query", variables: { first: 20 } },
      Violations: { kind: "query", variables: { first: 20 } },
      ReviewViolation: { kind: "mutation", variables: { id: "<ID>", decision: "<ReviewDecision: CONFIRM | DISMISS>" } },
      WatchConversation: { kind: "subscription", variables: { sessionId: "<ID>" } },
      ComplianceRate: { kind: "query", variables: {} },
      InvestigationTriggers: { kind: "query", variables: {} },
    });
  });
});
