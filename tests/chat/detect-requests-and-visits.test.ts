// Specification: requests for the other side's channel, a visit invited to a given address, and the
// platform named as the trouble rather than as where money goes (issue 13, round 10).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a request for a channel is flagged and hidden with its sentence", () => {
  it.each([
    ["a phone asked for by what it is for", "have you got a mobile we can ring about the pickup?", "mobile we can ring"],
    ["contact details asked for by DM", "pls pm me your contact info when you get a sec", "your contact info"],
    ["a social platform asked for", "do u have snapchat? easier for pics", "snapchat"],
    ["someone else's number asked for", "could you pass me the owner's cell so I can sort the keys", "the owner's cell"],
    ["which number to use", "ok so what number do I ring tomorrow", "what number do I ring"],
    ["where the other side lives", "where do u live, I could swing past", "where do u live"],
    ["asking to add the other side", "nice work, can I add you? I post project cars", "add you"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    expect(hides(text, secret)).toBe(true);
  });

  it("a short follow-up about the channel is hidden with the request", () => {
    const text = "got a business card or anything? an actual phone number i mean. thanks";
    expect(hides(text, "an actual phone number i mean")).toBe(true);
    expect(text.endsWith("thanks")).toBe(true);
  });

  it.each([
    ["a part's number", "do you have the part number for the thermostat?"],
    ["a number for a business", "do you have a number for the tow company?"],
    ["a plate", "can you send me the van's number plate for the form"],
    ["adding someone to the job", "I'll add you to the booking as second driver"],
    ["the in-app call as the answer", "how do I reach you best? this chat or the in-app call?"],
    ["a typo'd in-app call", "ring me thru the app when its ready"],
    ["a typo'd in-app call, second spelling", "call me throuh the app whenever"],
  ])("%s stays innocent: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("an address with an invitation to come over is a meeting set up off the platform", () => {
  it.each([
    ["come round whenever", "we're at 41 Mercer Road, Bristol, come round whenever suits", "come round whenever suits"],
    ["parts sent to the door", "ship it direct to 77 Lantern Way Springfield and I'll fit it", "ship it direct to"],
    ["the shop run down", "workshop is 5 Quay Street, loads cheaper than the dealer", "loads cheaper than the dealer"],
    ["Spanish", "Taller en Calle Mayor 22, Sevilla, pásate por la tarde", "pásate por la tarde"],
    ["German", "Wir sind in der Lindenstraße 9, 10115 Berlin, komm morgen vorbei", "komm morgen vorbei"],
    ["Polish", "Jesteśmy na ul. Lipowej 8, zapraszam od rana", "zapraszam od rana"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toEqual(expect.arrayContaining(["ADDRESS", "OFF_PLATFORM_DEAL"]));
    expect(hides(text, secret)).toBe(true);
  });

  it("an address with a refusal of walk-ins gets no deal", () => {
    expect(kindsOf("the depot is at 12 High Street, please don't just show up")).not.toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["Spanish street word", "Paseo de la Castellana 101, Madrid", "Paseo de la Castellana 101"],
    ["Polish street abbreviation", "adres: ul. Kwiatowa 12", "ul. Kwiatowa 12"],
  ])("%s: %j is an ADDRESS", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });
});

describe("the platform named as the trouble is not where the money goes", () => {
  it("cash offered because the app keeps failing is a deal", () => {
    expect(kindsOf("honestly can I pay you cash at pickup? my card keeps failing on the app")).toContain("OFF_PLATFORM_DEAL");
  });

  it("cash or card offered as two ways, card on the app, is a deal", () => {
    expect(kindsOf("cash if we keep it off the books, card if it goes on the app")).toContain("OFF_PLATFORM_DEAL");
  });
});

describe("an app or a look-up set up around the request", () => {
  it.each([
    ["a short question that sets up a look-up", "what's your surname? I'll look you up", "what's your surname?"],
    ["a platform question before asking for the handle", "you on insta? whats ur @", "you on insta?"],
    ["a follow request sent", "just sent you a friend request, accept when you can", "sent you a friend request"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["an app asked about with 'got'", "u got telegram?"],
    ["an app named by its colour", "just hit me on the green app, same digits as here"],
    ["an app named by its icon", "find me on the blue app with the paper plane"],
  ])("%s is a MESSAGING_APP: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
  });

  it.each([
    ["a colour for a part", "the blue one is the AC line, the green one is coolant"],
    ["a name question with a notification", "what's your name? text me when it's done"],
    ["an app got in a statement", "I got signal in the garage finally, sending the video"],
  ])("%s stays innocent: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
