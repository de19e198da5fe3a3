// Issue 13, round 17: the conversation moved to another channel with no detail in the message,
// read as a grammar (channel-moves.ts): a verb of messaging or finding with a party and a social
// app ("I'll DM you on twitter"), an ask for the reader's app handle ("let me know your IG"), an
// app's inbox ("check your instagram DMs"), and a channel printed on something the reader holds
// ("ring the number on my card", "my details are on the flyer"). A short follow-up that goes on
// about the message ("... send me a msg there") is hidden with the request. The platform's own
// inbox, a part's number, a card left about tyre pressures and "insta" as "instant" stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a move to an app or a printed channel", () => {
  it.each([
    ["a DM on an app", "I'll DM you on twitter with a better price"],
    ["pinged over an app", "ping me over signal after 6, I reply faster"],
    ["added on an app", "add me on discord and we can voice chat about it"],
    ["a handle asked for", "tell me your insta and I'll hit you up"],
    ["a handle asked for, another wording", "what's ur snap? I'll send pics of the damage"],
    ["an app inbox", "check your instagram DMs, sent you something"],
    ["slid into", "slide into my DMs for the cheaper rate"],
    ["a card left with the reader", "I stuck my card under your wiper, give me a ring on it for next time"],
    ["the number printed on the van", "the number's on the side of my van, give it a bell"],
    ["details on a flyer", "my details are on the flyer I gave you, use that from now on"],
    ["the number on a business card", "call the number on my business card for next time"],
    ["the sender's number on a sticker", "text my number on the sticker from now on"],
    ["the number on the sender's business card", "the number's on our business card, ring it after 5"],
    ["the sender called on a sticker's number", "call me on the number on the sticker I left"],
  ])("%s: %j is a request, hidden", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    expect(hides(text, text.split(/[,?]/)[0]!)).toBe(true);
  });

  it("hides a follow-up that sends the message to the app just named", () => {
    expect(hides("got telegram? drop me a message there", "drop me a message there")).toBe(true);
  });

  it.each([
    ["I'll DM you here when the part arrives"],
    ["let me know your budget and I'll quote"],
    ["the sticker on the van says 24h roadside, is that you?"],
    ["use the number on the part to order it"],
    ["I left a card in the glovebox with the tyre pressures, use that"],
    ["he found me on facebook years ago, we're mates now"],
    ["I don't want to add you on discord, let's keep it here"],
    ["what's your x-ray of the engine say"],
    ["check your inbox in the app, I sent the photos"],
    // a sticker, label or card that is no one's is a thing
    ["use the code on the sticker under the bonnet to order the belt"],
    ["the info is on the sticker by the fuel cap, call me if the light stays on"],
    ["I put a card on the dash with the torque figures, ring me if anything's off"],
    ["I saw a video on instagram about this exact fault"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
