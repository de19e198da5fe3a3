import { describe, expect, it } from "vitest";
import { detectContactDetails, MASK } from "../../src/domain/contacts/contact-detector.ts";
import { createCustomer, createVehicle } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A full name is hidden with the sentence it stands in, and that sentence ends at its full stop
 * even after a short surname ("Tom Ross.", "Ana Li."): the sentences after it stay readable. Only
 * an initial ("Brandon T. Whitaker") or a known abbreviation ("Dr.", "St.", "Tel.", "Brgy.")
 * carries a sentence on past its full stop. An address's mask still runs on past a short street word
 * ("Road.", "Lane."), since the flat or unit said next belongs to it. Read by the detector and as a customer's session
 * request stores its concern, which mechanics read.
 */
const masked = (text: string): string => detectContactDetails(text).masked;
const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern } }`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("a full name's mask ends at its sentence's full stop", () => {
  it.each([
    ["My name is Tom Ross. The car won't start, it cranks slowly.", `${MASK}. The car won't start, it cranks slowly.`],
    ["I'm Ana Li. It stalls at idle when warm.", `${MASK}. It stalls at idle when warm.`],
    ["This is Omar Diaz. Brakes grind on the left side.", `${MASK}. Brakes grind on the left side.`],
    ["Ask for Dr. Tom Ross. The car is fine now.", `${MASK}. The car is fine now.`],
  ])("masks the name's sentence of %j and keeps the next one readable", (text, shown) => {
    expect(masked(text)).toBe(shown);
  });

  it("carries the mask past an initial or a title inside the name, and ends it at the surname's full stop", () => {
    expect(masked("Ask for Tom T. Ross. It idles rough.")).toBe(`${MASK}. It idles rough.`);
    expect(masked("Ask for Mr. Omar Diaz. It idles rough.")).toBe(`${MASK}. It idles rough.`);
  });

  it.each([
    ["I live at 61 Dorset Road. I'm in 3B", "3B"],
    ["It's 22 Mill Lane. Apt 4, round the back", "Apt 4"],
  ])("still hides the unit said in the sentence after an address's short street word: %j", (text, unit) => {
    expect(masked(text)).not.toContain(unit);
  });

  it("still hides a first name said in the sentence before the surname", () => {
    const shown = masked("Hey, it's Rosa. My surname is De la Fuente, with capitals. The clutch slips.");
    expect(shown).not.toContain("Rosa");
    expect(shown).not.toContain("Fuente");
  });

  it("hides a name and, after it, an address with its unit", () => {
    const shown = masked("I'm Tom Ross. The car is at 61 Dorset Road. I'm in 3B");
    for (const part of ["Ross", "Dorset", "3B"]) expect(shown).not.toContain(part);
  });

  it("stores a session request's concern with the name hidden and the symptoms readable", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const { data, errors } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "My name is Tom Ross. The car won't start, it cranks slowly." } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.requestSession.concern).toBe(`${MASK}. The car won't start, it cranks slowly.`);
  });
});
