// Issue 13, false positives by kind: an app's name used as an ordinary word. "signal is so weak",
// "my whatsapp is full" describe the app (no account follows "is"), and "a whatsapp video ... I'll
// upload it here" names a recording the sender brings to the platform. An account after the name,
// or the app as the channel, is still found.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("app names used as words", () => {
  it.each([
    ["phone signal", "the signal is so weak out here, sorry for the slow replies"],
    ["a full phone", "my whatsapp is full, I'll attach the rest here"],
    ["a recording brought here", "my wife recorded a whatsapp video of the noise, uploading it here now"],
    ["a style of call, then the in-app one", "a zoom style walkthrough would help, can we do the in-app video?"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("the app as a channel", () => {
  it.each([
    ["an account after 'is'", "my telegram is bigwrench", "SOCIAL_HANDLE"],
    ["an account with digits", "my signal is turbotom77", "SOCIAL_HANDLE"],
    ["a recording asked for on the app", "send me a whatsapp video of the noise", "MESSAGING_APP"],
    ["the app as a verb", "whatsapp me the photos", "MESSAGING_APP"],
  ])("%s: %j is flagged %s", (_kind, text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});
