// Issue 13, false positives by kind: a contact verb whose subject is the platform itself ("will the
// app email me the invoice?") is the platform's own notification, and a request echoed as a question
// and turned down at once ("text me? nah, this chat works fine") is a refusal. A person asking to be
// contacted, with the app named as the reason, is still a request.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the platform contacting, a request turned down", () => {
  it.each([
    ["the platform e-mails", "does the platform email you a receipt automatically?"],
    ["the app texts", "can the app text me a reminder the day before?"],
    ["echoed and refused", "text me? nah, this chat works fine"],
    ["echoed and refused, the call", "call you? no, the in-app call is fine"],
    ["a refusal", "I don't give out my number"],
    ["no time to talk", "can't talk on the phone right now, in a meeting"],
    ["an address the app holds", "my address is on file through the app, right?"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("requests of the same shape", () => {
  it.each([
    ["the app skipped, then a request", "skip the app and email me"],
    ["the app as the reason", "the app is slow, just text me"],
    ["the app blamed after", "email me the invoice, the app is broken"],
    ["a question with 'no worries'", "what's your number? no worries if not"],
    ["a refusal asked back", "can I call you? nope? ok"],
  ])("%s: %j is a request", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
});
