// Issue 13, round 12: a request for another channel said without a detail, as a grammar (asking
// frame x channel x tie to the reader; a move of the talk to a channel; how to reach the reader;
// any verb of handing over; a call offered; "when you can"; other languages). The request is
// flagged and hidden with its sentence; the platform's own channel, a refusal and a third party's
// number stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("requests for another channel without a detail", () => {
  it.each([
    ["a number tied to the reader", "is there a number I could call you at after five?"],
    ["a channel asked for by a question", "any chance of a mobile number?"],
    ["a channel asked for, no question mark", "do you happen to have a landline"],
    ["which number the reader is on", "which cell are you on these days"],
    ["an e-mail to send things to", "is there an email I can send the invoice photos to"],
    ["the talk moved to the phone", "honestly it'd be quicker to sort this over the phone"],
    ["the talk moved to e-mail", "shall we carry on by email"],
    ["how to reach the reader", "how would I best get in touch with you"],
    ["a better way to reach the reader", "is there another way to get hold of you?"],
    ["reachable elsewhere", "r u reachable anywhere else"],
    ["a verb of handing over", "fire over your mobile and I'll ring tonight"],
    ["a call offered", "mind if I give you a quick call about the quote"],
    ["a call at the reader's convenience", "ring me whenever you're free"],
    ["French", "vous avez un portable ?"],
    ["German", "darf ich Sie anrufen?"],
    ["Italian", "posso chiamarti domani?"],
    ["Spanish", "puedo llamarte mas tarde?"],
  ])("%s: %j is flagged and hidden", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    expect(hides(text, text.replace(/[?]$/, ""))).toBe(true);
  });

  it.each([
    ["a third party's number", "is there a number for the warranty desk I can call?"],
    ["a part's number", "which number is stamped on the caliper?"],
    ["the platform's call", "can we go over it on the video call in the app"],
    ["a notification", "I'll give you a ring when the car's ready"],
    ["a refusal", "I'd rather not talk by phone, this chat is fine"],
    ["support reached through the platform", "is there a better way to contact support?"],
    ["a question about a photo in German", "hast du ein Foto vom Unterboden?"],
    ["a tool asked for", "do you have a torque wrench?"],
    ["a joke taken back", "I'll give you a ring lol jk, chat works"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

// Forms added after reading fresh10's 60% (round 12), each written here in other words.
describe("requests for another channel: the forms read in round 12", () => {
  it.each([
    ["the talk taken elsewhere", "can we chat somewhere nobody's watching"],
    ["a mutual swap", "let's swap digits"],
    ["a bare channel question", "Email?"],
    ["a politeness word instead of a verb", "your whatsapp please"],
    ["the reader holding the sender's channel", "you still have my cell right"],
    ["the reader's location", "share your live location with me"],
    ["an app asked about with another verb", "u do telegram?"],
    ["Hinglish", "main aapko whatsapp karunga"],
  ])("%s: %j is flagged", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["a part number asked for", "Part number? I'll order it"],
    ["the car compared", "is your car the one on the left?"],
    ["a budget asked for", "tell me your budget"],
    ["a third party's talk", "the advisor will speak privately with the owner"],
    ["the chat named right after", "ping me in this chat if it comes back"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
