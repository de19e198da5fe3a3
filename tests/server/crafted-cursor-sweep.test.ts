import { describe, expect, it } from "vitest";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { callerFor, errorLogLinesSince, operationText, sweptSchema as schema, withValueAt, sweepSpec } from "../support/schema-sweep.ts";

/**
 * A pagination cursor is the client's to send, so a crafted one is bad input like any other: every
 * list query with an `after` argument (walked from the schema: a list added later is swept too)
 * answers BAD_USER_INPUT "after: invalid cursor" and logs nothing at error level. An id that is no
 * uuid ("-" x 36 passed the old check), a time PostgreSQL does not take (years +100000, +275760,
 * -4713 read back exactly through `new Date`), or text PostgreSQL cannot hold, reached the database
 * as INTERNAL_SERVER_ERROR logged at level 50.
 */
const encode = (value: string, id: string) => Buffer.from(JSON.stringify([value, id])).toString("base64url");
const AT = "2026-12-06T20:26:23.646Z";
const ID = "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4";
/** Invalid on every list. */
const CRAFTED = {
  "an id of 36 dashes": encode(AT, "-".repeat(36)),
  "an id of 36 hex digits": encode(AT, "0123456789abcdef0123456789abcdef0123"),
  "a NUL character": encode("Workshop\u0000", ID),
  "a lone surrogate": encode("Workshop \ud800", ID),
};
/** Invalid on the lists in time order; a list in name order reads them as names. */
const CRAFTED_TIMES = {
  "the year +100000": encode("+100000-01-01T00:00:00.000Z", ID),
  "the year +275760": encode("+275760-09-13T00:00:00.000Z", ID),
  "the year -4713": encode("-004713-11-24T00:00:00.000Z", ID),
  "the year 0": encode("0000-01-01T00:00:00.000Z", ID),
};
/** Lists whose answer to a crafted time is not the cursor's refusal, and why (they must still not fail). */
const NOT_BY_TIME: Record<string, string> = {
  mechanicVettings: "in display name order",
  partnerDirectory: "in organization name order",
  workshops: "in name order",
  workshopConversation: "the escalation is looked up first: a sampled id is NOT_FOUND",
};

let app: TestApp;
let callers: Map<Audience, CreatedUser | null>;
sweepSpec((world) => ({ app, callers } = world));

const errorLogLines = (from: number) => errorLogLinesSince(app, from);

const lists = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.some((arg) => arg.name === "after"));
const cases = lists.flatMap((field) =>
  [...Object.entries(CRAFTED), ...Object.entries(CRAFTED_TIMES)].map(([label, after]) => [`${field.name}: ${label}`, field, after, !(field.name in NOT_BY_TIME && label in CRAFTED_TIMES)] as const),
);

describe("a crafted pagination cursor", () => {
  it("is swept on every keyset list, those the attack named among them", () => {
    expect(lists.map((field) => field.name)).toEqual(expect.arrayContaining(["sessions", "quotes", "partnerships", "partnershipQuotes", "customers", "workshops"]));
  });

  it.each(cases)("%s: BAD_USER_INPUT, no error-level log", async (_name, field, after, refused) => {
    const caller = callerFor(callers, "Query", field.name);
    const args = withValueAt(field, ["after"], after);
    const logged = app.logLines.length;
    const response = await app.gql(operationText("query", field, args), args, caller.token);
    if (refused) expect(response.errors?.[0], response.body).toMatchObject({ message: "after: invalid cursor", extensions: { code: "BAD_USER_INPUT", field: "after" } });
    else expect(response.errors?.[0]?.extensions?.code ?? "none", response.body).not.toBe("INTERNAL_SERVER_ERROR");
    expect(errorLogLines(logged)).toEqual([]);
  });

  it("still pages with a cursor the list wrote, at the ends of the years PostgreSQL takes", async () => {
    const customer = callers.get("CUSTOMER")!;
    for (const at of ["0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"]) {
      const response = await app.gql(`query ($after: String) { sessions(after: $after) { totalCount } }`, { after: encode(at, ID) }, customer.token);
      expect(response.errors, response.body).toBeUndefined();
    }
  });
});
