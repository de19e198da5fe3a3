import { describe, expect, it } from "vitest";
import { setNewWorkshopsDropOffAddress } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A workshop's drop-off address (an ADDRESS_FIELD) is a street address of any country: its house
 * number, its unit ("#20-01", "4/22", "3º B") and its postcode ("01310-200", "048616", "28013") are
 * parts of the address, not a phone number. A phone number written beside the address still is one.
 */
let app: TestApp;
serverSpec((started) => (app = started));

describe("a drop-off address of any country", () => {
  it.each([
    "Av. Paulista, 1578, São Paulo, 01310-200",
    "1 Raffles Place #20-01, Singapore 048616",
    "Calle Mayor 12, 3º B, 28013 Madrid",
    "Unit 4/22 Smith St, Fitzroy VIC 3065",
    "Rua Augusta 1500, apto 52, São Paulo, 01304-001",
    "Av. Brigadeiro Faria Lima, 3477, São Paulo, 04538-133",
    "10 Anson Road #27-18, Singapore 079903",
    "Shop 2/145 Chapel St, Prahran VIC 3181",
    "Carrer de Mallorca 401, 2º 1ª, 08013 Barcelona",
  ])("%j is accepted and stored as written", async (address) => {
    const { response, stored } = await setNewWorkshopsDropOffAddress(app, address);
    expect(response.errors, address).toBeUndefined();
    expect(stored).toBe(address);
  });

  it.each([
    "12 Main St, call 512 555 0143",
    "Av. Paulista, 1578, São Paulo, 01310-200, 11 91234-5678",
    "1 Raffles Place #20-01, Singapore 048616, +65 6123 4567",
    "Calle Mayor 12, 28013 Madrid, tel. 612 345 678",
    "Unit 4/22 Smith St, Fitzroy VIC 3065, 0412 345 678",
    "1200 E 6th St, Bay 512-555, door 0199",
  ])("%j, with a phone number written beside it, is refused CONTACT_DETAILS and stores nothing", async (address) => {
    const { response, stored } = await setNewWorkshopsDropOffAddress(app, address);
    expect(response.errors?.[0]?.extensions, address).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "streetAddress" });
    expect(stored).toBeNull();
  });
});
