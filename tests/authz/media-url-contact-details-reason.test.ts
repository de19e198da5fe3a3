import { describe, expect, it } from "vitest";
import { createCustomer, createVehicle } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A media link on the platform's media host that carries contact details (in a file or folder
 * name, its query or its fragment) is refused like every other field holding them: BAD_USER_INPUT
 * with reason CONTACT_DETAILS, the value not echoed, nothing written. MEDIA_HOST stays the answer
 * for a link to a host that is not the platform's media storage.
 */
const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("contact details in a media link", () => {
  it.each([
    ["a phone number as the file name", "https://media.autodoctor.app/u/1/512-555-0143.jpg", "555-0143"],
    ["a message in a folder name", "https://media.autodoctor.app/photos/text-me-512-555-0143/a.jpg", "text-me"],
    ["an e-mail address as the file name", "https://media.autodoctor.app/photos/canaryname@gmail.com.jpg", "canaryname"],
    ["a phone number in the query", "https://media.autodoctor.app/x.jpg?call=5125550143", "5125550143"],
  ])("answers CONTACT_DETAILS for %s, and requests no session", async (_shape, url, secret) => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const { errors, body } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: [url] } }, customer.token);
    expect(errors?.[0]).toMatchObject({
      message: "input.mediaUrls[0]: must not contain contact details",
      extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.mediaUrls[0]" },
    });
    expect(body).not.toContain(secret);
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("still answers MEDIA_HOST for a link to another host, contact details in it or not", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    for (const url of ["https://calendly.com/canaryname", "https://sams-garage.example.test/512-555-0143.jpg"]) {
      const { errors, body } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: [url] } }, customer.token);
      expect(errors?.[0]?.extensions, url).toMatchObject({ code: "BAD_USER_INPUT", reason: "MEDIA_HOST", field: "input.mediaUrls[0]" });
      expect(body).not.toContain("canaryname");
      expect(body).not.toContain("555-0143");
    }
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(0);
  });
});
