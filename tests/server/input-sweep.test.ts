import { GraphQLID, GraphQLString, type GraphQLField, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import type { CreatedUser } from "../factories/index.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { callerFor as callerAmong, errorLogLinesSince, operationText, slotsOf, sweptSchema as schema, withValueAt, sweepSpec } from "../support/schema-sweep.ts";

/**
 * Every Query, Mutation and Subscription field, walked from the schema, is sent with one bad value
 * at a time: a malformed id in each ID slot, a NUL byte and a lone surrogate in each String slot
 * (arguments and input-object fields), and a negative `first`. Each must be a coded client error
 * (BAD_USER_INPUT; FORBIDDEN/UNAUTHENTICATED only where the caller may not call the field), never
 * an internal error, and nothing may be logged at error level. A field added later is swept too.
 */
const BAD_ID = "not-a-uuid' OR 1=1 --";
const NUL = "before\u0000after";
const LONE_SURROGATE = "broken \ud800 text";

let app: TestApp;
let callers: Map<Audience, CreatedUser | null>;
sweepSpec((world) => ({ app, callers } = world));

/** The caller the field's rule admits (signed in when it can be), or anonymous for public fields. */
const callerFor = (typeName: string, field: string) => callerAmong(callers, typeName, field);

const errorLogLines = (from: number) => errorLogLinesSince(app, from);

interface Case {
  name: string;
  kind: "query" | "mutation" | "subscription";
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

function casesOf(type: GraphQLObjectType | null | undefined, kind: Case["kind"]): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(type?.getFields() ?? {})) {
    for (const slot of slotsOf(field, (named) => named === GraphQLID || named === GraphQLString)) {
      const values = slot.kind === "ID" ? { "malformed id": BAD_ID } : { "NUL byte": NUL, "lone surrogate": LONE_SURROGATE };
      for (const [label, value] of Object.entries(values)) cases.push({ name: `${field.name}: ${label} in ${slot.path.join(".")}`, kind, field, args: withValueAt(field, slot.path, value) });
    }
    if (field.args.some((arg) => arg.name === "first")) cases.push({ name: `${field.name}: first -1`, kind, field, args: withValueAt(field, ["first"], -1) });
  }
  return cases;
}

const httpCases = [...casesOf(schema.getQueryType(), "query"), ...casesOf(schema.getMutationType(), "mutation")];
const wsCases = casesOf(schema.getSubscriptionType(), "subscription");

describe("every operation refuses malformed input with a coded client error", () => {
  it("covers the schema", () => {
    expect(httpCases.length).toBeGreaterThan(100);
    expect(wsCases.length).toBeGreaterThan(0);
  });

  it.each(httpCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const typeName = c.kind === "query" ? "Query" : "Mutation";
    const caller = callerFor(typeName, c.field.name);
    const logged = app.logLines.length;
    const response = await app.gql(operationText(c.kind, c.field, c.args), c.args, caller.token);
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length, response.body).toBeGreaterThan(0);
    expect(codes[0], response.body).toBe("BAD_USER_INPUT");
    expect(response.body).not.toMatch(/not-a-uuid|before\\u0000after/);
    expect(errorLogLines(logged)).toEqual([]);
  });

  it.each(wsCases.map((c) => [c.name, c] as const))("over graphql-ws, %s", async (_name, c) => {
    const caller = callerFor("Subscription", c.field.name);
    const logged = app.logLines.length;
    const client = app.ws(caller.token);
    const result = await wsExecute(client, operationText(c.kind, c.field, c.args), c.args).catch((errors: unknown) => ({ errors: errors as any[] }));
    const codes = (result.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
    expect(codes[0], JSON.stringify(result)).toBe("BAD_USER_INPUT");
    expect(errorLogLines(logged)).toEqual([]);
  });
});
