import { describe, expect, it } from "vitest";
import { nameHoldsContactDetails } from "../../src/authz/content-enforce.ts";
import { contentRule } from "../../src/authz/content-policy.ts";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";

/**
 * A person's or a business's name is held to what names are: five digits in all, or a
 * handle-shaped word beside an app or platform word, are refused as contact details even where the
 * monitor finds none. Part numbers, things and vehicles are not names of someone and keep the
 * monitor's reading; chat never runs this check.
 */
const holds = (key: string, value: string): boolean => nameHoldsContactDetails(contentRule(key)!, value, DEFAULT_DETECTION_OPTIONS);

const PERSON = ["UpdateProfileInput.displayName", "SignUpInput.firstName", "SignUpInput.lastName", "CreateStaffAccountInput.displayName", "AddWorkshopAdvisorInput.displayName"];
const BUSINESS = ["CreateWorkshopInput.name", "UpdateWorkshopInput.name"];

describe("someone's name", () => {
  it.each([
    ["a partial number", "Sam 512 555 01"],
    ["a number worn as a model code", "Sam V12-555-0199"],
    ["digits of another script", "Sam ５１２５５"],
    ["a handle after its platform's abbreviation", "Sam samfixes77 ig"],
    ["a handle before its platform, behind a colon", "snap: sam_fixes Sam"],
    ["a dotted handle beside a named app", "Sam sam.fixes telegram"],
    ["a spaced-out mailbox at a provider", "Sam s a m f i x e s @ g m a i l"],
  ])("refuses %s (%j) in every person's and business's name", (_shape, value) => {
    for (const key of [...PERSON, ...BUSINESS]) expect([key, holds(key, value)]).toEqual([key, true]);
  });

  it.each([["Sam"], ["Route 66 Garage"], ["Studio 54 Motors"], ["Ali 4x4"], ["Sam the 2nd"], ["J.R. Smith"], ["Open 24/7 Auto"]])("accepts %j", (value) => {
    for (const key of [...PERSON, ...BUSINESS]) expect([key, holds(key, value)]).toEqual([key, false]);
  });

  // A professional goes by a first name and an initial or a trade name, as customers are shown to them:
  // a full name would let a customer look the mechanic up off the platform. A business may bear one.
  it.each([["Sam Patel"], ["Maria Lopez"], ["Carlos De La Cruz"]])("refuses the full name %j as a person's display name, and accepts it as a business's", (value) => {
    for (const key of PERSON.filter((k) => k.endsWith("displayName"))) expect([key, holds(key, value)]).toEqual([key, true]);
    for (const key of BUSINESS) expect([key, holds(key, value)]).toEqual([key, false]);
  });

  it.each([["Sam P."], ["Riley N."], ["Dr. Wrench"], ["Dana R."], ["Hyun-Woo K."], ["Sam the Brake-Man"], ["Jean-Luc"], ["Mary-Kate"], ["Hyun-Woo"]])(
    "accepts %j as a person's display name",
    (value) => {
      for (const key of PERSON.filter((k) => k.endsWith("displayName"))) expect([key, holds(key, value)]).toEqual([key, false]);
    },
  );

  // Joined, a first name and a surname are the same full name.
  it.each([["Sam-Peterson"], ["Sam–Peterson"], ["Sam_Peterson"], ["sam.peterson"], ["Sam·Peterson"], ["Sam/Peterson"], ["Sam+Peterson"]])(
    "refuses the full name %j joined, as a person's display name",
    (value) => {
      for (const key of PERSON.filter((k) => k.endsWith("displayName"))) expect([key, holds(key, value)]).toEqual([key, true]);
    },
  );

  it.each([["Carmen_Kowalczyk"], ["Carmen.Kowalczyk"], ["Carmen·Kowalczyk"], ["carmen_kowalczyk"]])("refuses the full name %j as a first name", (value) => {
    for (const key of ["SignUpInput.firstName", "UpdateProfileInput.firstName"]) expect([key, holds(key, value)]).toEqual([key, true]);
  });

  it.each([
    ["SignUpInput.firstName", "Jean-Luc"],
    ["SignUpInput.firstName", "Mary-Jane"],
    ["UpdateProfileInput.firstName", "Hyun-Woo"],
    ["SignUpInput.lastName", "Zeta-Jones"],
  ])("%s accepts the double name %j", (key, value) => {
    expect(holds(key, value)).toBe(false);
  });

  it.each(PERSON)('%s refuses an "@" however it is spaced ("Sam @ samfixes")', (key) => {
    expect(holds(key, "Sam @ samfixes")).toBe(true);
  });
});

describe("names of things", () => {
  it.each([
    ["CatalogPartInput.partNumber", "0280158117"],
    ["QuoteLineItemInput.partNumber", "04E121113G"],
    ["CatalogPartInput.name", "Bosch 0 280 158 117 injector"],
    ["AddVehicleInput.model", "Sprinter 3500 2019"],
  ])("%s keeps %j: five digits are no contact detail in it", (key, value) => {
    expect(holds(key, value)).toBe(false);
  });

  // Two capitalised words are a model or a paint colour here, not a person's full name.
  it.each([
    ["AddVehicleInput.make", "Land Rover"],
    ["AddVehicleInput.make", "Aston Martin"],
    ["AddVehicleInput.model", "Grand Cherokee"],
    ["AddVehicleInput.model", "Monte Carlo"],
    ["AddVehicleInput.model", "Crown Victoria"],
    ["AddVehicleInput.color", "Championship White"],
    ["AddVehicleInput.color", "Guards Red"],
    ["AddVehicleInput.color", "Soul Red Crystal"],
    // A load rating and a trim whose words are a street's: no house number and its street.
    ["AddVehicleInput.model", "Silverado 1500 LT Trail Boss"],
    ["AddVehicleInput.model", "Silverado 2500 HD Trail"],
    ["AddVehicleInput.model", "Sprinter 3500 High Roof"],
  ])("%s accepts %j", (key, value) => {
    expect(holds(key, value)).toBe(false);
  });

  it.each([
    ["AddVehicleInput.model", "Grand Cherokee text 512 555 0143"],
    ["AddVehicleInput.color", "Guards Red, insta @redcarguy"],
    ["AddVehicleInput.model", "Silverado 1500, at 1420 Oak Trail Austin"],
  ])("%s still refuses a contact detail beside the name (%j)", (key, value) => {
    expect(holds(key, value)).toBe(true);
  });
});
