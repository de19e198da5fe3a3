// Variables holding more than QUERY_MAX_INPUT_VALUES values (objects, lists and scalars) in all
// are QUERY_TOO_COMPLEX (limit "inputValues") naming the limit, over HTTP and graphql-ws, signed
// in or out, before anything walks them. A session filter of ORs five deep and ten wide (111,111
// objects in 400 KB, within the body, depth and list caps) took 1.6 s of CPU per request to coerce,
// authorize and check (0.55 s anonymous, before its UNAUTHENTICATED), and six at once stalled the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUERY_LIMITS } from "../../src/platform/server/query-limits.ts";
import { checkVariableShape } from "../../src/platform/server/variable-depth.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let customer: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  customer = await createCustomer(app);
});
afterAll(() => app.close());

const SESSIONS = `query ($w: SessionWhere) { sessions(where: $w) { totalCount } }`;
const LIMIT = DEFAULT_QUERY_LIMITS.maxInputValues;

/** ORs `levels` deep, each of ten branches, with `{}` leaves. */
const orTree = (levels: number): Record<string, unknown> => (levels === 0 ? {} : { OR: Array.from({ length: 10 }, () => orTree(levels - 1)) });

const REFUSAL = {
  message: `Query variables hold more than ${LIMIT} values (objects, lists and scalars), the limit`,
  extensions: { code: "QUERY_TOO_COMPLEX", limit: "inputValues" },
};

/** POSTs a body prepared beforehand (its JSON text is the client's work, not the server's). */
async function post(body: string, token?: string) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: response.status, errors: ((await response.json()) as { errors?: unknown[] }).errors };
}

describe("variables holding too many values", () => {
  it("are refused over HTTP, signed in or out, before the work they would cost", async () => {
    const body = JSON.stringify({ query: SESSIONS, variables: { w: orTree(5) } });
    for (const token of [customer.token, undefined]) {
      const response = await post(body, token);
      // Anonymous too: refused before the field's UNAUTHENTICATED, so before coercion and execution.
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([REFUSAL]);
    }
  });

  it("are refused over graphql-ws", async () => {
    // A graphql-ws message holds at most 64 KiB: four levels (11,111 objects) fit.
    for (const token of [customer.token, undefined]) {
      const answer = await wsExecute(app.ws(token), SESSIONS, { w: orTree(4) }).catch((errors: unknown) => ({ errors }));
      expect(answer.errors).toEqual([REFUSAL]);
    }
  });

  it("are not a filter within them, nor the largest input a client sends (a quote of 100 lines)", async () => {
    const response = await app.gql(SESSIONS, { w: orTree(2) }, customer.token);
    expect(response.errors, response.body).toBeUndefined();
    const line = { kind: "PART", description: "Brake pads", partNumber: "BP-1", quantity: 1, unitPriceCents: 100 };
    expect(() => checkVariableShape({ input: { lineItems: Array.from({ length: 100 }, () => line), notes: "n", validDays: 14 } }, LIMIT, false)).not.toThrow();
  });

  it("are refused in production without the number", () => {
    expect(() => checkVariableShape({ w: orTree(3) }, LIMIT, true)).toThrow(/^Query is too complex$/);
  });
});
