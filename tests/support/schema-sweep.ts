import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from "graphql";
import { afterAll, beforeAll } from "vitest";
import { ruleFor } from "../../src/authz/enforce.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { audienceOf } from "../../src/authz/rules.ts";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Helpers of the schema sweeps: every Query, Mutation and Subscription field of the checked-in
 * schema, walked to the input slots of one kind, and sent with one bad value at a time
 * (tests/server/*-sweep.test.ts), or to every relation a role may select
 * (tests/authz/relation-visibility-sweep.test.ts). A field added later is swept without touching the specs.
 */
export const sweptSchema = buildSchema(readFileSync("schema.graphql", "utf8"));

/** A path to one leaf of a field's arguments (["input", "parts", "catalogPartId"]) and its scalar's name. */
export type Slot = { path: string[]; kind: string };

/** Every leaf reachable from a field's arguments whose named type `wanted` picks (each input type entered once per path). */
export function slotsOf(field: GraphQLField<unknown, unknown>, wanted: (type: GraphQLNamedType) => boolean): Slot[] {
  const slots: Slot[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (wanted(named)) slots.push({ path, kind: named.name });
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const inner of Object.values(named.getFields())) walk(inner.type, [...path, inner.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return slots;
}

/** A valid-looking value of a type: required input fields only, ids that exist nowhere. */
export function sample(type: GraphQLInputType): unknown {
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
export function withValueAt(field: GraphQLField<unknown, unknown>, path: string[], value: unknown): Record<string, unknown> {
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

/** One operation calling `field` with `args` as variables. */
export function operationText(kind: "query" | "mutation" | "subscription", field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const used = field.args.filter((arg) => arg.name in args);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const passing = used.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind} Sweep${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`;
}

/**
 * A selection of every object relation of `typeName` the rule map lets `audience` ask for (fields
 * whose arguments are all optional), each down to its own relations, with `__typename` and, where
 * admitted, `id` at every level (two items of a nested page, to stay within the query cost); a type already on the path is not entered again, nor any deeper
 * than `depth` levels. An answer to it is what a caller gets who selects everything it may reach,
 * so a relation added later is selected without touching the specs.
 */
export function relationSelection(audience: Audience, typeName: string, depth = 6, path: readonly string[] = []): string {
  const type = sweptSchema.getType(typeName);
  if (!isObjectType(type)) return "{ __typename }";
  const admitted = (field: string) => audienceOf(ruleFor(permissionRules, typeName, field)).has(audience);
  const parts = ["__typename", ...(type.getFields().id && admitted("id") ? ["id"] : [])];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named) || !admitted(field.name) || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (path.includes(named.name) || path.length >= depth) continue;
    const page = field.args.some((arg) => arg.name === "first") ? "(first: 2)" : "";
    parts.push(`${field.name}${page} ${relationSelection(audience, named.name, depth, [...path, typeName])}`);
  }
  return `{ ${parts.join(" ")} }`;
}

/** One operation calling the root field `Query.quotes` / `Mutation.respondToEscalation` with `args` as variables, selecting every relation `audience` may ask for (relationSelection). */
export function relationsOperation(root: string, audience: Audience, args: Record<string, unknown> = {}): string {
  const [kind, name] = root.split(".") as ["Query" | "Mutation", string];
  const field = (kind === "Query" ? sweptSchema.getQueryType() : sweptSchema.getMutationType())!.getFields()[name];
  if (!field) throw new Error(`no root field ${root}`);
  const used = field.args.filter((arg) => arg.name in args);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const passing = used.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  return `${kind.toLowerCase()} Relations${declarations ? `(${declarations})` : ""} { ${name}${passing ? `(${passing})` : ""} ${relationSelection(audience, getNamedType(field.type).name)} }`;
}

/** The caller the field's rule admits (signed in when it can be), or anonymous for public fields. */
export function callerFor(callers: ReadonlyMap<Audience, CreatedUser | null>, typeName: string, field: string): { audience: Audience; token?: string } {
  const audience = [...audienceOf(ruleFor(permissionRules, typeName, field))];
  const role = audience.find((who) => who !== "ANONYMOUS") ?? "ANONYMOUS";
  return { audience: role, token: callers.get(role)?.token ?? undefined };
}

/** A caller of every audience a sweep sends as: anonymous (null), and a new account of each role (an advisor with a workshop). */
export async function callersOfEveryRole(app: TestApp): Promise<Map<Audience, CreatedUser | null>> {
  const workshop = await createWorkshop(app);
  return new Map<Audience, CreatedUser | null>([
    ["ANONYMOUS", null],
    ["CUSTOMER", await createCustomer(app)],
    ["MECHANIC", await createMechanic(app)],
    ["WORKSHOP_ADVISOR", await createAdvisor(app, workshop.id)],
    ["PARTNER", await createPartner(app)],
    ["ADMIN", await createAdmin(app)],
  ]);
}

/** A sweep's test server and its callers (callersOfEveryRole). */
export interface SweepWorld {
  app: TestApp;
  callers: Map<Audience, CreatedUser | null>;
}

/**
 * The hooks every schema sweep shares (tests/server/*-sweep): a test server and a caller of every
 * role before its tests, handed to `started`, which keeps them
 * (`sweepSpec((world) => ({ app, callers } = world))`), and the server closed after them.
 */
export function sweepSpec(started: (world: SweepWorld) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    started({ app, callers: await callersOfEveryRole(app) });
  });
  afterAll(() => app?.close());
}

/** The error-level (pino level 50) lines `app` has logged since its `from`-th line: a sweep expects none. */
export function errorLogLinesSince(app: TestApp, from: number): string[] {
  return app.logLines.slice(from).filter((line) => /"level":50/.test(line));
}
