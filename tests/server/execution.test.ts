import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recursiveInputTypes } from "../../src/platform/server/execution.ts";
import { createCustomer, createSession } from "../factories/index.ts";
import { createPrivacyWorld, leakedCanaries, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * An operation runs on graphql-js until it recurs, then compiled by graphql-jit (the server
 * compiles after GRAPHQL_COMPILE_AFTER runs). Whichever runs it, the caller gets the same answer:
 * the same data, the same denials, the same input errors, and no hidden value.
 */
const COMPILE_AFTER = 2;
const RUNS = COMPILE_AFTER + 3;

let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_COMPILE_AFTER: String(COMPILE_AFTER) });
  world = await createPrivacyWorld(app);
});
afterAll(() => app.close());

/** The same request `RUNS` times, one after another, as response bodies. */
async function repeated(query: string, variables: Record<string, unknown>, token: string): Promise<string[]> {
  const bodies: string[] = [];
  for (let i = 0; i < RUNS; i++) bodies.push((await app.gql(query, variables, token)).body);
  return bodies;
}

describe("graphql-js, then compiled", () => {
  it("answers a nested list with hidden fields the same every time: data, denials, no canary", async () => {
    const query = `query Sessions { sessions(first: 10) { totalCount nodes { id status requestedAt vehicle { make year } customer { firstName lastInitial phone email } mechanic { displayName rating } } } }`;
    const bodies = await repeated(query, {}, world.mechanic.token);
    const first = JSON.parse(bodies[0]!) as { data: { sessions: { totalCount: number } } | null; errors: Array<{ extensions: { code: string } }> };
    expect(first.data?.sessions.totalCount).toBe(2);
    expect(new Set(first.errors.map((error) => error.extensions.code))).toEqual(new Set(["FORBIDDEN"]));
    for (const body of bodies) {
      expect(body).toBe(bodies[0]);
      expect(leakedCanaries(body, world.canaries)).toEqual([]);
    }
  });

  it("refuses bad variables with BAD_USER_INPUT every time, without quoting them back", async () => {
    const query = `query Session($id: ID!) { session(id: $id) { id } }`;
    const bodies = await repeated(query, { id: { phone: world.canaries.phone } }, world.mechanic.token);
    for (const body of bodies) {
      expect(body).toBe(bodies[0]);
      expect(JSON.parse(body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(leakedCanaries(body, world.canaries)).toEqual([]);
    }
  });

  it("keeps an operation with a recursive filter variable on graphql-js, whose variable parsing graphql-jit would unroll without end", async () => {
    // schema.graphql is the server's schema, as emitted (schema:check keeps it so).
    expect([...recursiveInputTypes(buildSchema(readFileSync("schema.graphql", "utf8")))].sort()).toEqual(["CustomerWhere", "SessionWhere"]);
    const query = `query Filtered($where: SessionWhere) { sessions(where: $where) { totalCount } }`;
    const where = { OR: [{ NOT: { AND: [{ concern: { contains: "no such concern" } }] } }] };
    const bodies = await repeated(query, { where }, world.mechanic.token);
    for (const body of bodies) expect(JSON.parse(body)).toEqual({ data: { sessions: { totalCount: 2 } } });
  });

  it("answers a failure inside the operation the same every time: logged, with its path, never its detail", async () => {
    // A row no API call can write: the non-null list is NULL, so reading it fails inside execution.
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id });
    await app.prisma.$executeRaw`UPDATE "DiagnosticSession" SET "recommendedServices" = NULL WHERE id = ${session.id}::uuid`;
    const logged = app.logLines.length;
    const bodies = await repeated(`query Broken { sessions { nodes { id recommendedServices } } }`, {}, customer.token);
    for (const body of bodies) {
      expect(body).toBe(bodies[0]);
      expect(JSON.parse(body).errors).toEqual([
        { message: "Internal server error", path: ["sessions", "nodes", 0, "recommendedServices"], locations: [{ line: 1, column: 38 }], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
    }
    expect(app.logLines.slice(logged).filter((line) => line.includes('"internal error"'))).toHaveLength(RUNS);
  });

  it("evaluates @include and @skip per request, before and after compiling", async () => {
    const query = `query Toggled($withVehicle: Boolean!, $withoutStatus: Boolean!) {
      sessions(first: 10) { nodes { id status @skip(if: $withoutStatus) vehicle @include(if: $withVehicle) { make } } }
    }`;
    for (let i = 0; i < RUNS; i++) {
      const shown = await app.gql(query, { withVehicle: i % 2 === 0, withoutStatus: i % 2 === 1 }, world.mechanic.token);
      for (const node of shown.data!.sessions.nodes) {
        expect(Object.keys(node).sort()).toEqual(i % 2 === 0 ? ["id", "status", "vehicle"] : ["id"]);
      }
    }
  });

  it("runs each operation of a document on its own", async () => {
    const document = `query Mine { me { id } } query Count { sessions { totalCount } }`;
    for (let i = 0; i < RUNS; i++) {
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${world.mechanic.token}` },
        body: JSON.stringify([
          { query: document, operationName: "Mine" },
          { query: document, operationName: "Count" },
        ]),
      });
      expect(await response.json()).toEqual([{ data: { me: { id: world.mechanic.id } } }, { data: { sessions: { totalCount: 2 } } }]);
    }
  });
});
