// A mechanic reads a session request's concern with its media list (openSessionRequests), but the
// two were read apart: a concern ending in an area code and an exchange ("Brakes squeal 512 555")
// and a file name holding the line (".../u/0199.jpg") each passed. The media list is now read
// after its input's prose, as a quote's notes are with its lines (content-enforce.ts
// mediaAfterTexts, phoneGroupsAcross): a link completing a number begun in the concern, cut on
// the number's own groups, is refused (BAD_USER_INPUT, CONTACT_DETAILS at its index, never the
// value) and no session is written. Numbers that make no phone number together still pass.
import { describe, expect, it } from "vitest";
import { createCustomer, createVehicle } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern mediaUrls } }`;
const media = (...paths: string[]) => paths.map((path) => `https://media.autodoctor.app/${path}`);

describe("a phone number begun in the concern and ended in a file name", () => {
  it.each([
    { concern: "Brakes squeal 512 555", urls: media("u/0199.jpg"), refused: 0 },
    { concern: "Brakes squeal at idle 512", urls: media("u/front-555.jpg", "u/rear-0199.jpg"), refused: 1 },
    { concern: "Noise at idle. five one two five five five", urls: media("u/front-0199.jpg"), refused: 0 },
  ])("refuses the link completing it and writes no session: $concern", async ({ concern, urls, refused }) => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    // Each alone passes.
    expect((await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: urls } }, customer.token)).errors).toBeUndefined();
    const before = await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } });
    const response = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern, mediaUrls: urls } }, customer.token);
    expect(response.errors?.[0]).toMatchObject({
      message: `input.mediaUrls[${refused}]: must not contain contact details: read with the text shown before it, its file name completes a phone number`,
      extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.mediaUrls[${refused}]` },
    });
    expect(response.body).not.toMatch(/0199/);
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(before);
  });
});

describe("a concern and media whose numbers make no phone number", () => {
  it.each([
    { concern: "Brakes squeal since 2019", urls: media("u/IMG_1234.jpg", "u/IMG_1235.jpg") },
    { concern: "Rotor 280", urls: media("u/IMG_0199.jpg") },
    { concern: "Pads worn to 512 555 mm", urls: media("u/0199.jpg") },
    { concern: "Code P0301 after 512 miles", urls: media("u/IMG_20240512_143055.jpg", "u/IMG_0199.jpg") },
  ])("accepts $concern with $urls", async ({ concern, urls }) => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const { data, errors } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern, mediaUrls: urls } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.requestSession).toMatchObject({ concern, mediaUrls: urls });
  });
});
