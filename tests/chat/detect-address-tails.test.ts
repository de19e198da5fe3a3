// Issue 13, round 8: what follows or precedes a street is masked with it: an Irish county typed in
// lower case, a Dublin postal district, a Spanish floor and door, a district after a dash
// (Brazilian style), a shed before the number. A dash and an ordinary word after a street stay.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { hides } from "./detector-helpers.ts";

describe("the parts around a street", () => {
  it.each([
    ["an Irish county in lower case", "leave it at 12 Mill Road, carrigaline, co cork", "12 Mill Road, carrigaline, co cork"],
    ["a Dublin postal district", "the van is at 40 Ashfield Avenue Dublin 6W, side gate", "40 Ashfield Avenue Dublin 6W"],
    ["a Spanish floor and door", "Calle Mayor 18, 2º A, 28013 Madrid", "Calle Mayor 18, 2º A, 28013 Madrid"],
    ["a district after a dash", "Rua Augusta, 220 - Pinheiros, São Paulo - SP", "Rua Augusta, 220 - Pinheiros, São Paulo - SP"],
    ["a shed before the number", "we work out of Shed 2, 45 Quarry Road, Bayswater VIC 3153", "Shed 2, 45 Quarry Road, Bayswater VIC 3153"],
  ])("%s: %j hides all of it", (_kind, text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it("hides the address's sentence, a dash and all, and keeps the next sentence", () => {
    expect(detectContactDetails("we're at 14 Elm St - Great service, see you").masked).toBe("[hidden]");
    expect(detectContactDetails("we're at 14 Elm Street. Great service, see you").masked).toBe("[hidden]. Great service, see you");
  });
});
