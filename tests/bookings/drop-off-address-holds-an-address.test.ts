// A workshop's drop-off address reaches the customer once a drop-off is booked
// (`bookDropOff.workshopAddress`), so it holds an address and nothing else: its digit groups are
// read together in any cut, as the customer reads them ("Bay 512-555, door 0199" is a phone number),
// and an instruction to call, text or ring someone is refused with the phone it points to.
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { SET_ADDRESS } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** Real-looking addresses from several countries: house numbers, suites, bays, units, postcodes. */
const ADDRESSES = [
  "1200 E 6th St, Suite 512, Austin TX 78702",
  "Unit 3, 88 Old Kent Road, London SE1 5NX",
  "12-14 Industrial Pde, Bay 4",
  "4455 S Lamar Blvd, Austin, TX 78745",
  "350 Fifth Avenue, New York, NY 10118",
  "Suite 5, 350 Fifth Ave, New York NY 10118-0110",
  "2100 W 35th St, Chicago IL 60609",
  "8800 Research Blvd Bldg 3, Austin TX 78758",
  "77 Massachusetts Ave, Cambridge, MA 02139",
  "9800 Airport Blvd, Suite 1200, Houston TX 77061",
  "3301 Elm St Apt 512, Dallas TX 75226",
  "100 Main St, Bldg B, Bay 12, Portland OR 97204",
  "Bay 5, 2240 Industrial Way, Gresham OR 97030",
  "Bay 3, 1450 Commerce Dr, Mesa AZ 85201",
  "7500 Rialto Blvd Bldg 1 Ste 250, Austin TX 78735",
  "Unit 12, 3400 Kings Rd, Springfield IL 62704",
  "221B Baker Street, London NW1 6XE",
  "Unit 7, Avro Way, Weybridge KT13 0YF",
  "Units 3-4, 512 Ring Road, Leeds LS1 4HT",
  "45 Rue de Rivoli, 75001 Paris",
  "Friedrichstraße 123, 10117 Berlin",
  "Via Roma 15, 20121 Milano",
  "Carrer de Mallorca 401, 08013 Barcelona",
  "Damrak 70, 1012 LM Amsterdam",
  "ul. Marszałkowska 140, 00-061 Warszawa",
  "Industriestrasse 12, 8304 Wallisellen",
  "123 Queen St W, Toronto, ON M5H 2M9",
  "1055 W Georgia St, Vancouver BC V6E 3P3",
  "Level 2, 100 George St, Sydney NSW 2000",
  "Shop 4/12 Smith St, Parramatta NSW 2150",
  "Unit 2B, 40-42 Parramatta Rd, Homebush NSW 2140",
  "25 Queen Street, Auckland 1010",
  "Plot 22, MIDC Industrial Area, Pune 411019",
  "Block 5 Lot 12, Brgy San Isidro, Quezon City 1100",
  "7 Seaview Tce, Dún Laoghaire, Co. Dublin A96 K2P3",
  "1200 E 6th St, side door, ring the bell",
];

describe("a workshop's drop-off address", () => {
  it("accepts real addresses of several countries, with suites, bays, units and postcodes", async () => {
    const workshop = await createMatchableWorkshop(app, { streetAddress: null });
    for (const address of ADDRESSES) {
      const response = await app.gql(SET_ADDRESS, { a: address }, workshop.advisor.token);
      expect(response.errors, address).toBeUndefined();
      expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).streetAddress).toBe(address);
    }
  });

  it("refuses a phone number cut over its bays and doors, or an instruction to call, text or ring someone, says what to write, and stores nothing", async () => {
    const workshop = await createMatchableWorkshop(app, { streetAddress: null });
    for (const value of [
      "1200 E 6th St, Bay 512-555, door 0199",
      "1200 E 6th St, bay 5125, door 550199",
      "1200 E 6th St, Suite 51, Unit 25, Door 550199",
      "1200 E 6th St (side door, ring 0199)",
      "1200 E 6th St. Text Dana when you arrive",
      "1200 E 6th St. Call Dana at the number on our sign",
    ]) {
      const response = await app.gql(SET_ADDRESS, { a: value }, workshop.advisor.token);
      expect(response.errors?.[0]?.extensions, value).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "streetAddress" });
      expect(response.errors?.[0]?.message, value).toMatch(/street address alone.*without a phone number.*call, text or message someone/);
      expect(response.body).not.toContain("0199");
      expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).streetAddress).toBeNull();
    }
  });
});
