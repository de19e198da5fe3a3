// Issue 13, round 20 (fp20): a customer's question about how the platform takes payment ("do I pay
// the workshop at the counter or is it all through here?", "¿puedo pagar con bizum dentro de la
// app o solo tarjeta?") names a way to pay only to ask whether the platform takes it (phrases.ts
// askedHowToPayHere). Still caught: a question that weighs a saving, avoids the fee or the app, pays
// the chat partner in person ("can I pay you on revolut or is it all through here?"), an offer
// that is no question, and a question that names no platform. The sentences are written for this
// file.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a question about how to pay on the platform", () => {
  it.each([
    ["do I pay the garage at the counter or is it all through here?"],
    ["can I pay with paypal in the app or is it card only?"],
    ["should we pay the mechanic when he's done or does it all go through the app?"],
    ["¿puedo pagar con paypal en la app o solo con tarjeta?"],
    ["posso pagar com paypal pelo app ou só cartão?"],
    ["est-ce que je peux payer avec paypal dans l'appli ?"],
    ["kann ich in der App mit PayPal zahlen oder nur mit Karte?"],
    ["do I pay the shop cash on pickup or is it all taken in the app?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["can I pay you cash to skip the fee or does it have to go through here?"],
    ["should I pay you cash to save the fee or is it all through here?"],
    ["can we pay by zelle instead of in the app?"],
    ["pay the garage at the counter, not through here, saves the 15%"],
    ["I'll pay you on venmo, the app is too slow"],
    ["can I just pay you cash?"],
    ["¿puedo pagarte por bizum sin la app?"],
    ["can I pay you by paypal and we skip the in-app fee?"],
    ["can I pay you on revolut or is it all through here?"],
    ["can we not pay through the app this time?"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
