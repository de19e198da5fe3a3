// Issue 13, round 20 (fp20): an off-platform offer retold and refused. The deal is what someone
// else offered ("he offered to do it at his place for cash, i said no and booked the workshop on
// here", "I appreciate you offering to do it for cash, but no thanks") or what happened in a past
// job told as a story in a message that refuses dealing outside the app; the sender's refusal
// follows the retold offer (phrases.ts retoldAndRefused). Still caught: a refusal of the app
// itself ("i said no to the app fee"), a refusal turned round ("... can you do it cash though?",
// "jk", "ok let's do it"), the sender's own offer beside the retold one, and a story with no
// refusal. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("an offer retold and refused", () => {
  it.each([
    ["the last mechanic offered to do it at his place for cash, I said no and booked through here"],
    ["she suggested I pay her cash to skip the fee, I declined, it's all going through the app"],
    ["a guy on the forum offered to come to my house and do it for cash, i told him no"],
    ["I appreciate you offering to do it on your driveway for cash, but no thanks, I'll book it properly"],
    ["the first workshop wanted cash only, I refused and found you on here"],
    ["someone asked if I'd pay by zelle to save the fee, I turned it down"],
    ["he offered to fix it at his place for cash. I said no, booked the job here instead of risking it"],
    ["Thanks for the offer. I'd rather not do anything outside the app. Last time I paid a guy cash to do it at my place and he vanished halfway through."],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["he offered to do it for cash, i said no to the app fee, so cash it is"],
    ["he offered to do it at his place for cash, i said no, can you do it cash though?"],
    ["the last guy offered cash at his place, I declined, jk, pay me cash at my place"],
    ["she offered to do it cash, I said no at first but ok let's do it cash saturday"],
    ["he offered to do it for cash, i said no. I'll do it for 80 cash at my place though"],
    ["last year I paid a guy cash to do it at my place, same deal for you?"],
    ["last time I paid a guy cash at my place and it was fine, let's do that"],
    ["you offered cash? I'd rather not go through the app anyway, cash is fine"],
    ["he offered to pay me cash, not interested in the app's cut, so cash at my place"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
