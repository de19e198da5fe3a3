import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleFor } from "../../src/authz/enforce.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { audienceOf } from "../../src/authz/rules.ts";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * Every Query, Mutation and Subscription field, walked from the schema, is sent with one bad value
 * at a time: a malformed id in each ID slot, a NUL byte and a lone surrogate in each String slot
 * (arguments and input-object fields), and a negative `first`. Each must be a coded client error
 * (BAD_USER_INPUT; FORBIDDEN/UNAUTHENTICATED only where the caller may not call the field), never
 * an internal error, and nothing may be logged at error level. A field added later is swept too.
 */
const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
const BAD_ID = "not-a-uuid' OR 1=1 --";
const NUL = "before\u0000after";
const LONE_SURROGATE = "broken \ud800 text";

let app: TestApp;
const callers = new Map<Audience, CreatedUser | null>();
beforeAll(async () => {
  app = await startTestApp();
  const workshop = await createWorkshop(app);
  callers.set("ANONYMOUS", null);
  callers.set("CUSTOMER", await createCustomer(app));
  callers.set("MECHANIC", await createMechanic(app));
  callers.set("WORKSHOP_ADVISOR", await createAdvisor(app, workshop.id));
  callers.set("PARTNER", await createPartner(app));
  callers.set("ADMIN", await createAdmin(app));
});
afterAll(() => app.close());

/** A path to one leaf of a field's arguments: ["input", "parts", "catalogPartId"]. */
type Slot = { path: string[]; kind: "ID" | "String" };

/** Every ID and String leaf reachable from a field's arguments (each input type entered once per path). */
function slotsOf(field: GraphQLField<unknown, unknown>): Slot[] {
  const slots: Slot[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (named === GraphQLID) slots.push({ path, kind: "ID" });
    else if (named === GraphQLString) slots.push({ path, kind: "String" });
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const inner of Object.values(named.getFields())) walk(inner.type, [...path, inner.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return slots;
}

/** A valid-looking value of a type: required input fields only, ids that exist nowhere. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sample(field.type);
    return value;
  }
  switch (type.name) {
    case "ID":
      return randomUUID();
    case "String":
      return "text";
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return new Date().toISOString();
    case "JSONObject":
      return {};
  }
  throw new Error(`no sample for ${type.name}`);
}

/** Sets `value` at `path` inside the sampled arguments, creating optional input objects on the way. */
function withValueAt(field: GraphQLField<unknown, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) args[arg.name] = sample(arg.type);
  let type: GraphQLInputType = field.args.find((arg) => arg.name === path[0])!.type;
  let holder: Record<string, unknown> = args;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const last = i === path.length - 1;
    const nullable = getNullableType(type) as GraphQLInputType;
    const list = isListType(nullable);
    const named = getNamedType(type);
    if (last) {
      holder[key] = list ? [value] : value;
      break;
    }
    if (!isInputObjectType(named)) throw new Error("path through a leaf");
    let next = holder[key] as Record<string, unknown> | Record<string, unknown>[] | undefined;
    if (next === undefined) next = sample(named) as Record<string, unknown>;
    const object = Array.isArray(next) ? next[0]! : next;
    holder[key] = list ? [object] : object;
    holder = object;
    type = named.getFields()[path[i + 1]!]!.type;
  }
  return args;
}

function operationText(kind: "query" | "mutation" | "subscription", field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const used = field.args.filter((arg) => arg.name in args);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const passing = used.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind} Sweep${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`;
}

/** The caller the field's rule admits (signed in when it can be), or anonymous for public fields. */
function callerFor(typeName: string, field: string): { audience: Audience; token?: string } {
  const audience = [...audienceOf(ruleFor(permissionRules, typeName, field))];
  const role = audience.find((who) => who !== "ANONYMOUS") ?? "ANONYMOUS";
  return { audience: role, token: callers.get(role)?.token };
}

const errorLogLines = (from: number) => app.logLines.slice(from).filter((line) => /"level":50/.test(line));

interface Case {
  name: string;
  kind: "query" | "mutation" | "subscription";
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

function casesOf(type: GraphQLObjectType | null | undefined, kind: Case["kind"]): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(type?.getFields() ?? {})) {
    for (const slot of slotsOf(field)) {
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
