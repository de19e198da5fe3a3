// One spelling of where a bad argument sits, whichever check refuses it: the edge's lexical guard
// (platform/server/input-guard.ts), an input class's @Check (parseInput), the content policy, the
// page-size limit, or a service's own rule (pricing, suspensions). `extensions.field` is the full
// argument path from the field's argument name, dotted, list indices in brackets
// (`input.lineItems[0].unitPriceCents`, `where.concern.contains`), and the message states that
// path once, first: `<path>: <problem>`. The same argument refused by two checks names the same path.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { acceptedEscalation, CREATE_QUOTE } from "../factories/escalations.ts";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { sweepSpec } from "../support/schema-sweep.ts";

let app: TestApp;
let callers: Map<Audience, CreatedUser | null>;
sweepSpec((world) => ({ app, callers } = world));

const SESSIONS = `query ($where: SessionWhere, $first: Int) { sessions(where: $where, first: $first) { totalCount } }`;
const PREVIEW = `query ($input: PartnerQuoteInput!) { previewPartnerQuote(input: $input) { __typename } }`;
const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id } }`;
const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id } }`;
const line = (overrides: Record<string, unknown> = {}) => ({ kind: "PART", description: "Brake pads", quantity: 1, unitPriceCents: 5_000, ...overrides });

interface Case {
  name: string;
  /** The expected `extensions.field`. */
  field: string;
  /** Sends the operation; answers its first error. */
  send: () => Promise<{ message: string; extensions?: Record<string, unknown> } | undefined>;
}

const as = (role: Audience) => callers.get(role)!.token;
const firstError = async (query: string, variables: Record<string, unknown>, token: string) => (await app.gql(query, variables, token)).errors?.[0];

/** A quote line refused by pricing needs an escalation the advisor accepted; built once, for the cases that need it. */
let escalation: Awaited<ReturnType<typeof acceptedEscalation>> | undefined;
const quoting = async (input: Record<string, unknown>) => {
  escalation ??= await acceptedEscalation(app);
  return firstError(CREATE_QUOTE, { escalationId: escalation.escalationId, input }, escalation.workshop.advisor.token);
};

const cases: Case[] = [
  { name: "a lone surrogate in a filter (lexical guard)", field: "where.concern.contains", send: () => firstError(SESSIONS, { where: { concern: { contains: "brakes \ud800" } } }, as("CUSTOMER")) },
  { name: "an oversized filter value (@Check)", field: "where.concern.contains", send: () => firstError(SESSIONS, { where: { concern: { contains: "x".repeat(300_000) } } }, as("CUSTOMER")) },
  {
    name: "a NUL inside a nested AND branch (lexical guard)",
    field: "where.AND[1].concern.contains",
    send: () => firstError(SESSIONS, { where: { AND: [{}, { concern: { contains: "a\u0000b" } }] } }, as("CUSTOMER")),
  },
  {
    name: "an oversized value inside a nested AND branch (@Check)",
    field: "where.AND[1].concern.contains",
    send: () => firstError(SESSIONS, { where: { AND: [{}, { concern: { contains: "x".repeat(201) } }] } }, as("CUSTOMER")),
  },
  { name: "a page size out of range (query limits)", field: "first", send: () => firstError(SESSIONS, { first: 0 }, as("CUSTOMER")) },
  { name: "a quote's validity (@Check)", field: "input.validDays", send: () => quoting({ lineItems: [line()], validDays: 0 }) },
  { name: "a quote line's negative price (pricing)", field: "input.lineItems[0].unitPriceCents", send: () => quoting({ lineItems: [line({ unitPriceCents: -1 })] }) },
  { name: "a second quote line's empty description (pricing)", field: "input.lineItems[1].description", send: () => quoting({ lineItems: [line(), line({ description: " " })] }) },
  { name: "a lone surrogate in a quote line (lexical guard)", field: "input.lineItems[1].description", send: () => quoting({ lineItems: [line(), line({ description: "pads \udc00" })] }) },
  {
    name: "a partner quote line's quantity (@Check)",
    field: "input.parts[0].quantity",
    send: () => firstError(PREVIEW, { input: { partnershipId: randomUUID(), parts: [{ catalogPartId: randomUUID(), quantity: 0 }] } }, as("MECHANIC")),
  },
  {
    name: "a media URL on another host (content policy)",
    field: "input.mediaUrls[1]",
    send: () =>
      firstError(REQUEST, { input: { vehicleId: randomUUID(), concern: "Grinding brakes", mediaUrls: ["https://media.autodoctor.app/a.jpg", "https://elsewhere.example/b.jpg"] } }, as("CUSTOMER")),
  },
  {
    name: "a suspension ending in the past (service rule)",
    field: "input.until",
    send: () => firstError(SUSPEND, { input: { userId: callers.get("MECHANIC")!.id, reason: "Shared a phone number", until: new Date(Date.now() - 60_000).toISOString() } }, as("ADMIN")),
  },
];

describe("a refused argument is named by its full path, once", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const error = await c.send();
    expect(error?.extensions, JSON.stringify(error)).toMatchObject({ code: "BAD_USER_INPUT", field: c.field });
    expect(error!.message.startsWith(`${c.field}: `), error!.message).toBe(true);
    // The path is stated once: the problem after it does not repeat it or a piece of it.
    const problem = error!.message.slice(c.field.length + 2);
    expect(problem).not.toContain(
      c.field
        .split(".")
        .at(-1)!
        .replace(/\[\d+\]$/, ""),
    );
  });
});
