// Issue 13, round 20 (fp20): the platform's own call, video or chat preferred to a named app ("the
// in-app video is better than whatsapp anyway, i can zoom"): the app is named only as the losing
// side of a comparison whose winning side is the platform (social.ts preferredToTheApp). Still
// caught: the app on the winning side, a comparison with no platform in it, and a comparison that
// comes round to the app after ("... but add me there anyway"). The sentences are written for
// this file.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the platform preferred to an app", () => {
  it.each([
    ["the in-app video is better than whatsapp anyway, i can zoom"],
    ["honestly the in-app call is clearer than facetime"],
    ["I'd rather do the call here than on whatsapp"],
    ["this chat is easier than telegram for sending photos"],
    ["the app's video is sharper than whatsapp video"],
    ["video call in the app is way better than skype, let's do it there at 5"],
    ["the in-app camera beats whatsapp for showing the leak"],
    ["keep it here, this app is safer than signal for payments"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["whatsapp is better than the in-app video, add me there"],
    ["the in-app video is worse than whatsapp, add me on whatsapp"],
    ["the in-app call is better than whatsapp but add me there anyway"],
    ["whatsapp is easier than this chat, text me there"],
    ["better than whatsapp: telegram, find me @wrenchy"],
    ["the in-app video is better than whatsapp lol jk add me on whatsapp 07700 900123"],
    ["my garage phone is better than whatsapp, call me"],
    ["the in-app video is better than whatsapp, but message me on whatsapp after"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
