import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { savedOperations } from "../../src/platform/server/graphiql/graphiql.ts";

describe("GraphiQL's saved tabs", () => {
  it("are the admin operations (every client/operations/admin-*.graphql), each with the variables it needs (placeholders for what the admin must fill in)", async () => {
    const tabs = new Map(savedOperations(await buildBaseSchema()).map((tab) => [tab.name, { kind: tab.query.split(" ", 1)[0], variables: JSON.parse(tab.variables) }]));
    expect(Object.fromEntries(tabs)).toEqual({
      FlaggedConversations: { kind: "query", variables: { first: 20 } },
      Violations: { kind: "query", variables: { first: 20 } },
      ReviewViolation: { kind: "mutation", variables: { id: "<ID>", decision: "<ReviewDecision: CONFIRM | DISMISS>" } },
      WatchConversation: { kind: "subscription", variables: { sessionId: "<ID>" } },
      ComplianceRate: { kind: "query", variables: {} },
      InvestigationTriggers: { kind: "query", variables: {} },
      // admin-enforcement.graphql
      SolicitationReports: { kind: "query", variables: { first: 20 } },
      ResolveSolicitationReport: { kind: "mutation", variables: { id: "<ID>", outcome: "<ResolutionOutcome: UPHELD | DISMISSED>" } },
      ResolveComplaint: { kind: "mutation", variables: { id: "<ID>", outcome: "<ResolutionOutcome: UPHELD | DISMISSED>" } },
      SuspendAccount: { kind: "mutation", variables: { input: "<SuspendAccountInput>" } },
      BanAccount: { kind: "mutation", variables: { input: "<SanctionInput>" } },
      LiftAccountSanction: { kind: "mutation", variables: { input: "<SanctionInput>" } },
      AuditLog: { kind: "query", variables: { first: 20 } },
      RetentionReport: { kind: "query", variables: {} },
      // admin-onboarding.graphql
      CreateWorkshop: { kind: "mutation", variables: { input: "<CreateWorkshopInput>" } },
      UpdateWorkshop: { kind: "mutation", variables: { id: "<ID>", input: "<UpdateWorkshopInput>" } },
      WorkshopSettings: { kind: "query", variables: { id: "<ID>" } },
      WorkshopAdvisors: { kind: "query", variables: { workshopId: "<ID>" } },
      AddWorkshopAdvisor: { kind: "mutation", variables: { workshopId: "<ID>", input: "<AddWorkshopAdvisorInput>" } },
      RemoveWorkshopAdvisor: { kind: "mutation", variables: { workshopId: "<ID>", advisorId: "<ID>" } },
      MechanicVettings: { kind: "query", variables: { first: 20 } },
      ApproveMechanic: { kind: "mutation", variables: { mechanicId: "<ID>" } },
      RejectMechanic: { kind: "mutation", variables: { mechanicId: "<ID>", reason: "<String>" } },
      // admin-sessions.graphql
      StrandedSessions: { kind: "query", variables: { first: 20 } },
      PostPlatformNote: { kind: "mutation", variables: { sessionId: "<ID>", body: "<String>" } },
      AdminCancelSession: { kind: "mutation", variables: { id: "<ID>", reason: "<String>" } },
      AdminReassignSession: { kind: "mutation", variables: { id: "<ID>", mechanicId: "<ID>", reason: "<String>" } },
      // client/operations/admin-account-settings.graphql (every admin-*.graphql file is read).
      MailOutbox: { kind: "query", variables: {} },
      MechanicReputation: { kind: "query", variables: { mechanicId: "<ID>" } },
    });
  });
});
