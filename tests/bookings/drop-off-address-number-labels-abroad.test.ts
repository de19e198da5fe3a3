// A workshop's drop-off address written as addresses are written in India, the Gulf and small
// Canadian towns is an address: a house or door number's label with a dot ("H.No 12-2-345/A",
// "D.No 5-8-293", which the detector read as a link on Norway's ".no"), a PO Box ending the address
// ("PO Box 123456, Dubai") and a town named by a number ("100 Mile House, BC"). A phone number
// written beside such an address is still refused.
import { describe, expect, it } from "vitest";
import { setNewWorkshopsDropOffAddress } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("a drop-off address with a number label, a PO Box or a numbered town", () => {
  it.each([
    "H.No 12-2-345/A, Road No 3, Banjara Hills, Hyderabad 500034",
    "D.No 5-8-293, Abids Road, Hyderabad 500001",
    "Flat.No 302, Sai Residency, Madhapur, Hyderabad 500081",
    "S.No 112/3, Hinjewadi Phase 1, Pune 411057",
    "Shop 12, Al Quoz Industrial Area 3, PO Box 123456, Dubai",
    "Warehouse 9, Street 14, Al Quoz, P.O. Box 123456, Dubai",
    "485 Birch Ave, 100 Mile House, BC V0K 2E0",
    "100 Mile House, BC",
  ])("%j is accepted and stored as written", async (address) => {
    const { response, stored } = await setNewWorkshopsDropOffAddress(app, address);
    expect(response.errors, address).toBeUndefined();
    expect(stored).toBe(address);
  });

  it.each([
    "H.No 12-2-345/A, Road No 3, Hyderabad 500034, whatsapp 98480 22338",
    "D.No 5-8-293, Abids Road, Hyderabad 500001, ph 98480 22338",
    "PO Box 123456, Dubai, +971 4 321 7788",
    "485 Birch Ave, 100 Mile House, BC, 250 395 0142",
  ])("%j, with a phone number written beside it, is refused CONTACT_DETAILS and stores nothing", async (address) => {
    const { response, stored } = await setNewWorkshopsDropOffAddress(app, address);
    expect(response.errors?.[0]?.extensions, address).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "streetAddress" });
    expect(stored).toBeNull();
  });
});
