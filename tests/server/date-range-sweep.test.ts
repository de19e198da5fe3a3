import type { GraphQLField, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import type { CreatedUser } from "../factories/index.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { callerFor, errorLogLinesSince, operationText, slotsOf, sweptSchema as schema, withValueAt, type Slot, sweepSpec } from "../support/schema-sweep.ts";

/**
 * Every DateTimeISO argument and input field of every Query, Mutation and Subscription, walked
 * from the schema (a field added later is swept too), refuses an instant outside years 1000
 * through 8999 with BAD_USER_INPUT naming the field, before anything reaches the database: years
 * 0 and 9999 (and the windows services derive from them) were internal errors logged at level 50.
 * Instants at the range's ends are accepted.
 */
const OUT_OF_RANGE = {
  "year 0": "0000-01-01T00:00:00Z",
  "the day before year 1000": "0999-12-31T23:59:59.999Z",
  "year 9000": "9000-01-01T00:00:00.000Z",
  "the last instant of year 9999": "9999-12-31T23:59:59.999Z",
};
const RANGE_RULE = "must be between 1000-01-01T00:00:00.000Z and 8999-12-31T23:59:59.999Z";

let app: TestApp;
let callers: Map<Audience, CreatedUser | null>;
sweepSpec((world) => ({ app, callers } = world));

const errorLogLines = (from: number) => errorLogLinesSince(app, from);

interface Case {
  name: string;
  kind: "query" | "mutation" | "subscription";
  field: GraphQLField<unknown, unknown>;
  slot: Slot;
  args: Record<string, unknown>;
}

function casesOf(type: GraphQLObjectType | null | undefined, kind: Case["kind"]): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(type?.getFields() ?? {})) {
    for (const slot of slotsOf(field, (named) => named.name === "DateTimeISO")) {
      for (const [label, value] of Object.entries(OUT_OF_RANGE))
        cases.push({ name: `${field.name}: ${label} in ${slot.path.join(".")}`, kind, field, slot, args: withValueAt(field, slot.path, value) });
    }
  }
  return cases;
}

const httpCases = [...casesOf(schema.getQueryType(), "query"), ...casesOf(schema.getMutationType(), "mutation")];
const wsCases = casesOf(schema.getSubscriptionType(), "subscription");

/** The field an error names, without list positions (`input.dates.0.at` is the slot `input.dates.at`). */
const slotNamed = (field: unknown) => String(field).replace(/\.\d+(?=\.|$)/g, "");

describe("every DateTimeISO input refuses an instant outside years 1000 through 8999", () => {
  it("covers every entry point that once let one through to the database", () => {
    const swept = new Set(httpCases.map((c) => `${c.field.name}.${c.slot.path.join(".")}`));
    for (const slot of [
      "sessions.where.requestedAfter",
      "sessions.where.requestedBefore",
      "earnings.from",
      "earnings.to",
      "auditLog.filter.from",
      "auditLog.filter.to",
      "adminMetrics.from",
      "adminMetrics.to",
      "retentionReport.asOf",
      "runDuePayouts.asOf",
      "suspendAccount.input.until",
      "publishDropOffSlot.input.startsAt",
    ]) {
      expect(swept, slot).toContain(slot);
    }
  });

  it.each(httpCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const caller = callerFor(callers, c.kind === "query" ? "Query" : "Mutation", c.field.name);
    const logged = app.logLines.length;
    const response = await app.gql(operationText(c.kind, c.field, c.args), c.args, caller.token);
    const error = response.errors?.[0];
    expect(error?.extensions?.code, response.body).toBe("BAD_USER_INPUT");
    expect(slotNamed(error?.extensions?.field), response.body).toBe(c.slot.path.join("."));
    expect(error?.message).toBe(`${String(error?.extensions?.field)}: ${RANGE_RULE}`);
    expect(errorLogLines(logged)).toEqual([]);
  });

  it.each(wsCases.map((c) => [c.name, c] as const))("over graphql-ws, %s", async (_name, c) => {
    const caller = callerFor(callers, "Subscription", c.field.name);
    const client = app.ws(caller.token);
    const result = await wsExecute(client, operationText(c.kind, c.field, c.args), c.args).catch((errors: unknown) => ({ errors: errors as any[] }));
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe("BAD_USER_INPUT");
  });

  it("refuses a literal as it refuses a variable", async () => {
    const customer = callers.get("CUSTOMER")!;
    const response = await app.gql(`{ sessions(where: { requestedAfter: "0000-01-01T00:00:00Z" }) { totalCount } }`, {}, customer.token);
    expect(response.errors?.[0]).toMatchObject({ message: `where.requestedAfter: ${RANGE_RULE}`, extensions: { code: "BAD_USER_INPUT", field: "where.requestedAfter" } });
  });

  it("accepts the range's first and last instants, and the windows services derive from them", async () => {
    const customer = callers.get("CUSTOMER")!;
    const admin = callers.get("ADMIN")!;
    const sessions = await app.gql(`{ sessions(where: { requestedAfter: "1000-01-01T00:00:00.000Z", requestedBefore: "8999-12-31T23:59:59.999Z" }) { totalCount } }`, {}, customer.token);
    expect(sessions.errors, sessions.body).toBeUndefined();
    const metrics = await app.gql(`{ adminMetrics(from: "1000-01-01T00:00:00.000Z", to: "8999-12-31T23:59:59.999Z") { quotes } }`, {}, admin.token);
    expect(metrics.errors, metrics.body).toBeUndefined();
    for (const asOf of ["1000-01-01T00:00:00.000Z", "8999-12-31T23:59:59.999Z"]) {
      const report = await app.gql(`query($asOf: DateTimeISO) { retentionReport(asOf: $asOf) { since } }`, { asOf }, admin.token);
      expect(report.errors, report.body).toBeUndefined();
    }
  });
});
