// An inline value refused as no value of its place's type at all (text or a list for an input
// object) is never quoted back, even when the value itself holds "; " and words shaped like a
// scalar's reason ("a; Int cannot represent 5550142: x"): the reason graphql-js appends after the
// printed value is read only where the value is known to end. Before (attack55), the message was
// split at the value's own "; ", and "Int cannot represent 5550142" was answered back, over HTTP
// and graphql-ws alike.
import { describe, expect, it } from "vitest";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What each refusal says: the type graphql-js names (a list is refused at the list's item type, nullable). */
const expecting = (type: string) => [["BAD_USER_INPUT", `Argument "input" has an invalid value: expected a value of type "${type}".`]];
const REFUSED = [
  ["text for an input object", `mutation { addVehicle(input: "a; Int cannot represent 5550142: x") { id } }`, expecting("AddVehicleInput!")],
  ["a list for an input object", `mutation { addVehicle(input: ["a; Int cannot represent 5550142: x"]) { id } }`, expecting("AddVehicleInput")],
  ["text shaped like a date's reason", `mutation { addVehicle(input: "a; DateTime cannot represent an invalid 5550142-call") { id } }`, expecting("AddVehicleInput!")],
] as const;

describe("an inline value holding words shaped like a reason", () => {
  it.each(REFUSED)("(%s) is refused over HTTP without its words", async (_name, query, answer) => {
    const { errors } = await app.gql(query);
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual(answer);
    expect(JSON.stringify(errors)).not.toContain("5550142");
  });

  it.each(REFUSED)("(%s) is refused over graphql-ws without its words", async (_name, query, answer) => {
    const { errors } = await wsExecute(app.ws(), query).catch((refused: unknown) => ({ errors: refused }) as { errors: { message: string; extensions?: Record<string, unknown> }[] });
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual(answer);
    expect(JSON.stringify(errors)).not.toContain("5550142");
  });
});
