// ownDetailSpans finds what the platform stores of an author, and keeps from professionals, in what
// the author writes: their last name, phone number, e-mail's mailbox name and street address.
import { describe, expect, it } from "vitest";
import { maskOwnDetailsAcross, ownDetailSpans, type OwnDetails } from "./own-details.ts";

const ZED: OwnDetails = { firstName: "Zed", lastName: "Kowalczyk", phone: "+1 (503) 555-0199", email: "zedk77@example.test", addressLine1: "1537 Harrison St", postalCode: "97214" };

/** What of `text` is found, as [kind, the text found]. */
const found = (text: string, own: OwnDetails = ZED) => ownDetailSpans(text, own).map((span) => [span.kind, text.slice(span.start, span.end)]);
const kindsIn = (text: string, own: OwnDetails = ZED) => [...new Set(ownDetailSpans(text, own).map((span) => span.kind))];

describe("the author's last name", () => {
  it.each([
    ["Zed Kowalczyk", "Kowalczyk"],
    ["Civic Kowalczyk", "Kowalczyk"],
    ["Kowalczyk", "Kowalczyk"],
    ["Kowalczyk household, second car.", "Kowalczyk"],
    ["Surname on the registration: Kowalczyk", "Kowalczyk"],
    ["Car is registered to Z. Kowalczyk", "Kowalczyk"],
    ["KOWALCZYK", "KOWALCZYK"],
    ["Kówalczyk", "Kówalczyk"],
    ["Kоwalczyk", "Kоwalczyk"], // a Cyrillic "о"
  ])("is found as a word of its own however written: %j", (text, name) => {
    expect(found(text)).toEqual([["FULL_NAME", name]]);
  });

  it.each([["Zed-Kowalc"], ["Kowal"], ["zedkowalc"]])("is found cut off after 5 letters or more: %j", (text) => {
    expect(kindsIn(text)).toEqual(["FULL_NAME"]);
  });

  it.each([["ZedKowalczyk"], ["zedkowalczyk"], ["thekowalczykfamily"]])("is found glued to other letters: %j", (text) => {
    expect(kindsIn(text)).toEqual(["FULL_NAME"]);
  });

  it("counts a piece of a double last name, and a short one glued to the first name", () => {
    expect(kindsIn("the Jones family", { firstName: "Cat", lastName: "Zeta-Jones" })).toEqual(["FULL_NAME"]);
    expect(kindsIn("zedruiz", { firstName: "Zed", lastName: "Ruiz" })).toEqual(["FULL_NAME"]);
  });

  it.each([["Kowa"], ["Kowalski is my neighbour"], ["Zed K."]])("is not found in a shorter cut or another name: %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a last name that is a common word, a make or a given name counts only where it reads as a name", () => {
  it.each([
    ["Ford", ["Ford", "Ford Focus", "My Ford Focus squeals on cold mornings", "can't afford it"]],
    ["Mercedes", ["Mercedes", "Mercedes-Benz C300", "mercedes"]],
    ["Brown", ["dark brown", "Brown", "brown leather seats"]],
    ["Golf", ["Golf", "VW Golf GTI", "golf clubs in the trunk"]],
    ["Park", ["I park it outside", "Park assist is broken", "parking brake sticks"]],
    ["Thomas", ["my son Thomas drives it"]],
    ["Brakewell", ["brake noise", "Brakes squeal"]],
  ] as const)("a %s writing %j", (lastName, texts) => {
    for (const text of texts) expect(found(text, { firstName: "Zed", lastName })).toEqual([]);
  });

  it.each([
    ["Amy", "Long", "It has been a long time since the brake pedal felt right"],
    ["Alex", "Driver", "a driver hit my car in the lot"],
    ["Adam", "Cook", "A cook at my work said it's the alternator"],
    ["Ann", "Mason", "there's a mason jar of coolant in the trunk"],
    ["Anna", "Baker", "I drive a Baker's van for work"],
    ["Ivan", "Long", "I long for the days it started first time"],
  ])("an %s %s writing %j: an article or a pronoun is no initial", (firstName, lastName, text) => {
    expect(found(text, { firstName, lastName })).toEqual([]);
  });

  it.each([
    ["Amy", "Long", "A. Long"],
    ["Amy", "Long", "Amy Long"],
  ])("an %s %s writing %j", (firstName, lastName, text) => {
    expect(kindsIn(text, { firstName, lastName })).toEqual(["FULL_NAME"]);
  });

  it.each([
    ["Ford", "Zed Ford"],
    ["Ford", "Z. Ford"],
    ["Ford", "Ford, Zed"],
    ["Brown", "Surname: Brown"],
    ["Brown", "Mrs Brown's car"],
    ["Park", "the Park household"],
    ["Golf", "registered to Golf"],
    ["Mercedes", "last name is Mercedes"],
  ])("a %s writing %j", (lastName, text) => {
    expect(kindsIn(text, { firstName: "Zed", lastName })).toEqual(["FULL_NAME"]);
  });
});

describe("the author's phone number", () => {
  it.each([["503-555-0199"], ["(503) 555 . 0199"], ["555-0199"], ["call 5550199"], ["five five five oh one nine nine"], ["5 5 5 0 1 9 9"]])(
    "is found as one run of its last 7 digits or more: %j",
    (text) => {
      expect(kindsIn(text)).toEqual(["PHONE"]);
    },
  );

  it("hides the whole run, area code with it", () => {
    expect(found("ring 503.555.0199 after 6")).toEqual([["PHONE", "503.555.0199"]]);
  });

  it.each([["Brakes squeal 512 555"], ["0199"], ["555 miles then 0199"], ["503-555-0142"]])("is not found in fewer or other digits: %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the author's e-mail", () => {
  it.each([["Zed (zedk77)"], ["zed.k77 on insta"], ["ZEDK77"]])("has its mailbox name found: %j", (text) => {
    expect(found(text).map(([kind]) => kind)).toContain("EMAIL");
  });

  it("is not looked for when its mailbox name is short, a word or a given name", () => {
    for (const email of ["zed@example.test", "brakes@example.test", "thomas@example.test"]) expect(found("zed brakes thomas", { ...ZED, lastName: null, email })).toEqual([]);
  });
});

describe("the author's street address", () => {
  it("does not read a one-digit house number: too like a count", () => {
    expect(found("1 test failed, 2 Main concerns", { addressLine1: "1 Test Street" })).toEqual([]);
  });

  it.each([["1537 Harrison"], ["Harrison 1537"], ["one five three seven Harrison"], ["Unit 4, 1537 Harrison"], ["Portland 97214"]])(
    "is found as a house number beside its street, or the postcode: %j",
    (text) => {
      expect(kindsIn(text)).toEqual(["ADDRESS"]);
    },
  );

  it.each([["1537 miles on the clock"], ["Harrison Ford films"], ["VIN ends 972145"]])("is not found in the number or the street alone: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["12 Main Street", "The 12 volt main fuse keeps blowing"],
    ["12 Main Street", "main relay 12V"],
    ["12 Main Street", "it has 12 main bearings"],
    ["15 Park Ave", "It takes 15 mins to park it"],
    ["20 Station Rd", "filled up at the station 20 miles back"],
    ["40 High St", "Temp goes high after 40 minutes"],
    ["100 Oak Lane", "$100 for oak trim"],
    ["40 Main Road", "it died on the main road 40 miles back"],
    ["15 Park Ave", "the garage on Park Ave 15 mins away"],
  ])("a street named by an everyday word (%s) is not read in repair talk: %j", (addressLine1, text) => {
    expect(found(text, { ...ZED, addressLine1 })).toEqual([]);
  });

  it.each([
    ["12 Main Street", "I'm at 12 Main St"],
    ["15 Park Ave", "15 Park Avenue, the blue door"],
  ])("a street named by an everyday word (%s) is read as an address is written: %j", (addressLine1, text) => {
    expect(kindsIn(text, { ...ZED, addressLine1 })).toEqual(["ADDRESS"]);
  });
});

describe("a house number with its letter, on a street named by an everyday word", () => {
  const ANNA: OwnDetails = { firstName: "Anna", lastName: "Kowalczyk", addressLine1: "221B Baker Street", postalCode: "NW1 6XE" };

  it.each([["221B Baker Street"], ["221 b Baker St"], ["Baker Street 221B"], ["Baker St, no. 221B"], ["Baker Street #221b"], ["B a k e r Street 221B"]])(
    "is found before or after its street: %j",
    (text) => {
      expect(kindsIn(text, ANNA)).toEqual(["ADDRESS"]);
    },
  );

  it.each([["2211 Baker Street"], ["22 Baker Street"], ["221A Baker Street"], ["Baker Street 2211"], ["Baker Street 22"], ["Baker St, no. 221A"]])("another house on the street is not: %j", (text) => {
    expect(found(text, ANNA)).toEqual([]);
  });
});

describe("the author's details split across their consecutive messages", () => {
  const ANNA: OwnDetails = { firstName: "Anna", lastName: "Kowalczyk", phone: "+44 7911 123456" };
  const across = (earlier: string[], current: string) => maskOwnDetailsAcross(earlier, current, { current: { masked: current, kinds: [] }, earlier: earlier.map(() => null) }, ANNA);

  it.each([
    [["07911"], "123456", "PHONE"],
    [["Kow"], "alczyk", "FULL_NAME"],
    [["call 079", "11 12"], "3456", "PHONE"],
  ] as const)("%j then %j are masked in every piece", (earlier, current, kind) => {
    const read = across([...earlier], current);
    expect(read.current).toEqual({ masked: "[hidden]", kinds: [kind] });
    for (const piece of read.earlier) expect(piece?.masked).toMatch(/\[hidden\]$/);
  });

  it.each([
    [["built 2011"], "123456 miles on it"],
    [["Kow"], "alski is my neighbour"],
    [["Kowalczyk"], "is on the registration"],
  ])("%j then %j: nothing reaches from one into the other", (earlier, current) => {
    expect(across(earlier, current)).toEqual({ current: { masked: current, kinds: [] }, earlier: [null] });
  });

  it("reads each earlier message with the new one alone, past a message of the author's own between the halves", () => {
    const read = across(["name on the title is Kow", "sorry, typo"], "alczyk");
    expect(read.current).toEqual({ masked: "[hidden]", kinds: ["FULL_NAME"] });
    expect(read.earlier[0]?.masked).toMatch(/\[hidden\]$/);
    expect(read.earlier[1]).toBeNull();
  });

  it("leaves an earlier message and the new one alone where their letters make no detail together", () => {
    expect(across(["the Kow bell", "sorry, typo"], "alright then")).toEqual({ current: { masked: "alright then", kinds: [] }, earlier: [null, null] });
  });
});

it("finds nothing when nothing is stored", () => {
  expect(ownDetailSpans("Zed Kowalczyk 503-555-0199", {})).toEqual([]);
});

describe("the author's last name or street cut by spaces inside one message", () => {
  const RUIZ: OwnDetails = { firstName: "Ana", lastName: "Ruiz" };
  const NGUYEN: OwnDetails = { firstName: "Alice", lastName: "Nguyen", addressLine1: "4810 Avenue G" };
  const BROWN: OwnDetails = { firstName: "Zed", lastName: "Brown" };

  it.each([
    ["Kow alczyk", "Kow alczyk", ZED],
    ["K owalczyk", "K owalczyk", ZED],
    ["the Kowal czyk family", "Kowal czyk", ZED],
    ["ask for Ru iz", "Ru iz", RUIZ],
    ["Ng uyen household", "Ng uyen", NGUYEN],
    ["the car of Zed Bro wn", "Bro wn", BROWN],
  ])("is read as one word where only spaces cut it: %j", (text, name, own) => {
    expect(found(text, own)).toContainEqual(["FULL_NAME", name]);
    expect(kindsIn(text, own)).toEqual(["FULL_NAME"]);
  });

  it.each([
    ["Kow bell rings, alright", ZED],
    ["the rui zone is loud", RUIZ],
    ["Ru izzo's garage", RUIZ],
    ["bro wn paint", BROWN],
    ["ng uyenx", NGUYEN],
  ])("is not read where the joined letters do not start and end at the text's word boundaries, or a common word is not framed as a name: %j", (text, own) => {
    expect(kindsIn(text, own)).toEqual([]);
  });

  it.each([["Harri son Street 1537"], ["1537 Har rison"]])("finds the street cut by a space beside its house number: %j", (text) => {
    expect(kindsIn(text)).toEqual(["ADDRESS"]);
  });

  it.each([["come to Avenue G 4810"], ["4810 Avenue G"]])("finds a house number beside a street named by a letter with its type: %j", (text) => {
    expect(found(text, NGUYEN)).toEqual([["ADDRESS", text.replace(/^come to /, "")]]);
  });

  it.each([["Avenue B 4810"], ["4810 rpm at Avenue"], ["the shop on Avenue G did the brakes"]])("leaves another avenue, or the avenue without its number, alone: %j", (text) => {
    expect(kindsIn(text, NGUYEN)).toEqual([]);
  });
});

describe("the author's last name in the plural", () => {
  const RUIZ: OwnDetails = { firstName: "Ana", lastName: "Ruiz" };
  const PARK: OwnDetails = { firstName: "Ana", lastName: "Park" };

  it.each([
    ["the Ruizes own two cars", "Ruizes", RUIZ],
    ["RUIZES", "RUIZES", RUIZ],
    ["the Kowalczyks", "Kowalczyks", ZED],
    ["the Parks family car", "Parks", PARK],
  ])("is found in its -s or -es plural: %j", (text, name, own) => {
    expect(found(text, own)).toEqual([["FULL_NAME", name]]);
  });

  it.each([
    ["the ruined gasket is the leak", RUIZ],
    ["he parks it outside", PARK],
    ["two parkes", PARK],
  ])("leaves a word that only starts with its letters, or a common word's plural not framed as a name, alone: %j", (text, own) => {
    expect(kindsIn(text, own)).toEqual([]);
  });
});

describe("the author's house number said in words", () => {
  it.each([["fifteen thirty seven harrison"], ["we are at fifteen thirty seven Harrison"], ["Harrison, fifteen thirty seven"]])("is read as said: %j", (text) => {
    expect(kindsIn(text)).toEqual(["ADDRESS"]);
  });

  it.each([["fifteen thirty seven miles on Burnside"], ["fifteen thirty eight harrison"], ["15 30 7 harrison"]])("leaves another number, another street, or digits typed apart alone: %j", (text) => {
    expect(kindsIn(text)).toEqual([]);
  });
});
