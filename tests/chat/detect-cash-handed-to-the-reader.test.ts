// Round 52: money handed to the chat partner, in person or to their account, is a deal however it is asked: "can I just hand you
// the cash when you drop the car back?", "do I pay inside the app or hand it over when you drop the car back?", "is it fine if I
// pay the rest in cash to you at collection?", and the professional's side, "just have the cash ready for me when I bring it
// back". Round 51's exits for a customer asking how the booked workshop takes payment (phrases.ts askedHowToPayHere,
// cashAskedOfTheWorkshop) let these through when the workshop, pickup or the app was named beside them; a payment handed to the
// reader now keeps the question a deal (deal-talk.ts MONEY_TO_THE_READER), and cash or money handed to a party is read where no
// rule read it (direct-payment.ts 11, handed to the reader). A question about the payment method in general ("can I pay cash at
// the workshop?"), keys or a car handed over, a refusal, and money the app, an insurer or a refund hands over stay innocent.
// Sentences written for this branch. Probed with the rules alone and with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("money handed to the chat partner", () => {
  it.each([
    // a customer asking to hand it over at the handover
    ["cash handed at the car's return", "can I just hand you the cash when you drop the car back?", "hand you the cash"],
    ["cash given at the handover", "is it alright if I just give you cash at the handover?", "give you cash"],
    ["cash slipped at drop off", "would it be ok to slip you the cash at drop off?", "slip you the cash"],
    ["the app or money given at the keys' handover", "do i pay on here or just give u the money when u drop the keys?", "give u the money"],
    ["cash ready for the reader, the app the other choice", "should I have the cash ready for you when you bring it back or pay on the app?", "the cash ready for you"],
    ["the app or handing it over to the reader", "do I pay inside the app or hand it over to you when you drop the car back?", "hand it over to you"],
    ["cash at pickup into the reader's hand", "can i pay cash at pickup, like straight into your hand?", "straight into your hand"],
    ["the rest in cash to the reader at collection", "is it fine if I pay the rest in cash to you at collection?", "the rest in cash to you"],
    ["card in the app or notes handed at pickup", "Can I pay by card in the app or would you rather I hand you the notes at pickup?", "hand you the notes"],
    ["typed in a hurry", "shud i giv u the cash wen u drop it off or pay thru the app?", "giv u the cash"],
    ["someone else of the customer's handing it", "can my wife just hand you the money when she collects?", "hand you the money"],
    ["an envelope for the reader", "I'll have the cash in an envelope for you at pickup, is that ok?", "the cash in an envelope for you"],
    ["the deposit in the app, the rest left for the reader", "can I pay the deposit in the app and leave the rest in cash for you in the glovebox?", "the rest in cash for you"],
    ["the workshop's cash asked, then handed to the reader", "does the workshop take cash? could just give it to you at the counter", "take cash"],
    ["cash at pickup, handed to the reader in the next sentence", "can I pay cash at pickup? I'd just give it to you", "pay cash at pickup"],
    // the professional asking for it
    ["the cash ready for the mechanic", "just have the cash ready for me when I bring it back", "the cash ready for me"],
    ["notes slipped to the mechanic at drop off", "slip me the notes when I drop the keys off and we're square", "slip me the notes"],
    ["the app or handing it over at the return", "pay in the app or just hand it over when I drop the car back, up to you", "hand it over when I"],
    ["money handed to the workshop's people", "hand us the money when you collect and we'll sort the invoice later", "hand us the money"],
  ])("%s: %j is a deal, the handing hidden (rules and application)", (_form, text, secret) => {
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    // a customer asking how the booked workshop takes payment
    ["can I pay cash at the workshop?"],
    ["do they take cash at the front desk when I collect?"],
    ["does the garage accept cash at pickup or only card?"],
    ["is it ok to pay the workshop in cash when I pick the car up?"],
    ["can we pay cash at the counter on collection or does it have to go through here?"],
    ["will the shop take cash for the tyres at pickup?"],
    ["could i pay cash at pick up? first time using the app"],
    ["does the body shop take cash when i collect the car"],
    ["Is it alright if I pay the garage in cash at collection?"],
    ["can I pay cash at the desk or do I need to pay in the app first?"],
    // keys or the car handed over, the payment in the app
    ["can I hand the keys to you at pickup and pay in the app?"],
    ["shall I leave the spare key for you at reception?"],
    ["do I pay in the app or at the counter when you hand it over?"],
    ["just hand the keys to me at pickup and pay in the app"],
    ["I'll have the car ready for you at 5, pay through the app when you collect"],
    ["the workshop will hand you the invoice at pickup, you pay in the app"],
    // cash refused, or the money handed over through the app, by the app, an insurer or as a refund
    ["I'd rather not give you cash, I'll pay on here"],
    ["the customer before you tried to hand me cash, I said no"],
    ["he wanted to slip me the cash under the table, so I reported him"],
    ["he told me to give you the cash but I'd rather pay in the app"],
    ["no need to give me cash mate, just approve the quote in the app"],
    ["i cant give u the cash, its all thru the app"],
    ["can I give you the money through the app when you drop the car back?"],
    ["the app will give you the money once the job's signed off"],
    ["will the insurance give me the money or do I pay the workshop?"],
    ["I'll give you the money back if the part isn't used"],
    ["they'll hand you the cash refund at the counter"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
