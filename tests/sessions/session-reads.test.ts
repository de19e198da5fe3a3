import { describe, expect, it } from "vitest";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SESSIONS = /* GraphQL */ `
  query Sessions($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        vehicle {
          make
        }
      }
    }
  }
`;
const SESSION = `query ($id: ID!) { session(id: $id) { id } }`;

describe("who sees which sessions", () => {
  it("scopes lists, counts and single reads to the caller's own sessions", async () => {
    const customer = await createCustomer(app);
    const otherCustomer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const otherMechanic = await createMechanic(app);
    const workshop = await createWorkshop(app);
    const otherWorkshop = await createWorkshop(app);
    const advisor = await createAdvisor(app, workshop.id);
    const otherAdvisor = await createAdvisor(app, otherWorkshop.id);
    const partner = await createPartner(app);

    const escalated = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", escalatedToWorkshopId: workshop.id });
    const assigned = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const foreign = await createSession(app, { customerId: otherCustomer.id, mechanicId: otherMechanic.id });

    const idsFor = async (token: string) => {
      const { data } = await app.gql(SESSIONS, { first: 50 }, token);
      return { ids: data!.sessions.nodes.map((n: { id: string }) => n.id).sort(), totalCount: data!.sessions.totalCount };
    };
    expect(await idsFor(customer.token)).toEqual({ ids: [escalated.id, assigned.id].sort(), totalCount: 2 });
    expect(await idsFor(mechanic.token)).toEqual({ ids: [escalated.id, assigned.id].sort(), totalCount: 2 });
    expect(await idsFor(advisor.token)).toEqual({ ids: [escalated.id], totalCount: 1 });
    expect(await idsFor(otherAdvisor.token)).toEqual({ ids: [], totalCount: 0 });
    expect(await idsFor(partner.token)).toEqual({ ids: [], totalCount: 0 });
    expect((await idsFor((await createAdmin(app)).token)).ids).toEqual(expect.arrayContaining([escalated.id, assigned.id, foreign.id]));

    for (const [token, id] of [
      [mechanic.token, foreign.id],
      [advisor.token, assigned.id],
      [partner.token, escalated.id],
      [otherCustomer.token, assigned.id],
    ] as const) {
      const { errors } = await app.gql(SESSION, { id }, token);
      expect(errors?.[0]).toMatchObject({ message: "Session not found", extensions: { code: "NOT_FOUND" } });
    }
  });

  it("shows a workshop a session while it holds the escalation, in lists and single reads alike", async () => {
    const holder = await createWorkshop(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: (await createMechanic(app)).id, status: "COMPLETED", escalatedToWorkshopId: holder.id });
    const escalation = await app.prisma.escalation.findUniqueOrThrow({ where: { sessionId: session.id } });
    const sees = async (advisor: { token: string }) => {
      const { data } = await app.gql(SESSIONS, { first: 50 }, advisor.token);
      const listed = data!.sessions.nodes.some((node: { id: string }) => node.id === session.id);
      const read = (await app.gql(SESSION, { id: session.id }, advisor.token)).data?.session?.id === session.id;
      expect(listed).toBe(read);
      return listed;
    };
    expect(await sees(await createAdvisor(app, holder.id))).toBe(true);
    for (const [status, holds] of [
      ["OFFERED", true],
      ["ACCEPTED", true],
      ["DECLINED", false],
      ["EXPIRED", false],
      ["CLOSED", false],
    ] as const) {
      const workshop = await createWorkshop(app);
      await app.prisma.escalationOffer.create({
        data: { escalationId: escalation.id, workshopId: workshop.id, status, matchInputs: {}, matchReason: "test", expiresAt: new Date(Date.now() + 3_600_000) },
      });
      expect(await sees(await createAdvisor(app, workshop.id)), `an advisor whose workshop's offer is ${status}`).toBe(holds);
    }
  });

  it("answers an id outside the caller's scope exactly like one that does not exist", async () => {
    const mechanic = await createMechanic(app);
    const foreign = await createSession(app, { customerId: (await createCustomer(app)).id });
    const outside = await app.gql(SESSION, { id: foreign.id }, mechanic.token);
    const missing = await app.gql(SESSION, { id: "00000000-0000-4000-8000-000000000000" }, mechanic.token);
    expect(outside.body).toBe(missing.body);
  });
});

describe("what a list reads", () => {
  const EVERY_FIELD = `id status concern mediaUrls priceCents diagnosis recommendedServices requestedAt acceptedAt startedAt completedAt cancelledAt cancelReason
    vehicle { make model year } customer { id firstName } mechanic { displayName rating }`;

  it("gives the same values whether a field is asked for directly, through an alias, a fragment or an inline fragment", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    await createSession(app, { customerId: customer.id });
    const full = await app.gql(`{ sessions { nodes { ${EVERY_FIELD} } } }`, {}, customer.token);
    const pieces = await app.gql(
      `{ sessions { nodes { id ...Timeline ... on DiagnosticSession { vehicle { make model year } } about: concern } } ...Others }
       fragment Timeline on DiagnosticSession { requestedAt acceptedAt startedAt completedAt cancelledAt }
       fragment Others on Query { again: sessions { nodes { id status mediaUrls priceCents diagnosis recommendedServices cancelReason customer { id firstName } mechanic { displayName rating } } } }`,
      {},
      customer.token,
    );
    expect(full.errors).toBeUndefined();
    expect(pieces.errors).toBeUndefined();
    const merged = pieces.data!.sessions.nodes.map((node: Record<string, unknown>, i: number) => {
      const { about, ...rest } = node;
      return { ...rest, concern: about, ...pieces.data!.again.nodes[i] };
    });
    expect(merged).toEqual(full.data!.sessions.nodes);
    expect(full.data!.sessions.nodes[0]).toMatchObject({ concern: "Squealing brakes when stopping", mediaUrls: ["https://media.example.test/brakes.mp4"], priceCents: 2500 });
  });
});

describe("cursor pagination", () => {
  it("walks every session once, newest first, with a stable order on equal timestamps", async () => {
    const customer = await createCustomer(app);
    const at = new Date("2026-05-01T10:00:00Z");
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createSession(app, { customerId: customer.id, requestedAt: i < 3 ? at : new Date(at.getTime() + i * 1000) }));

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { data }: any = await app.gql(SESSIONS, { first: 2, after }, customer.token);
      seen.push(...data.sessions.nodes.map((n: { id: string }) => n.id));
      expect(data.sessions.totalCount).toBe(5);
      if (!data.sessions.pageInfo.hasNextPage) break;
      after = data.sessions.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(created.map((s) => s.id)));
    // Past the last session: no nodes, and still the whole count.
    const { data: all }: any = await app.gql(SESSIONS, { first: 5 }, customer.token);
    const { data: beyond }: any = await app.gql(SESSIONS, { first: 2, after: all.sessions.pageInfo.endCursor }, customer.token);
    expect(beyond.sessions).toMatchObject({ totalCount: 5, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it("rejects a cursor of another ordering with BAD_USER_INPUT", async () => {
    const customer = await createCustomer(app);
    for (let i = 0; i < 2; i++) await createSession(app, { customerId: customer.id });
    const byName = await app.gql(`{ sessions(first: 1, orderBy: { field: CUSTOMER_FIRST_NAME }) { pageInfo { endCursor } } }`, {}, customer.token);
    const { errors } = await app.gql(SESSIONS, { first: 1, after: byName.data!.sessions.pageInfo.endCursor }, customer.token);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["a page larger than 100", { first: 101 }],
    ["a page of zero", { first: 0 }],
    ["a cursor that was not issued by the server", { first: 5, after: "bm90LWEtY3Vyc29y" }],
  ])("rejects %s with BAD_USER_INPUT", async (_name, variables) => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(SESSIONS, variables, customer.token);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
