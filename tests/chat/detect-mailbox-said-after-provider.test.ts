// A mailbox said in words after its provider (links.ts, the patterns after SAID_WORDS): words to
// join ("all one word"), words after a description of them ("same as my name here: ..."), a word
// "at the yahoo one", and a quoted start of the mailbox. The provider with the words is hidden.
// Talk that names a provider, a description without words after it, and quoted codes stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a mailbox said in words after its provider", () => {
  it.each([
    ["words to join, after the provider", "hotmail. orla brennan 84. all one word", "orla brennan 84"],
    ["words to join, after it's", "outlook, it's deshawn pike together", "deshawn pike"],
    ["the domain first, the words before it after", "yahoo.com, and before that put milo fenwick no spaces", "milo fenwick"],
    ["the words after a description", "my gmail is the same as my display name: ravi okafor", "ravi okafor"],
    ["a name with a number after a description", "my icloud is my first and last name, Tamsin Roe9", "Tamsin Roe9"],
    ["a word at the provider's one", "send it to bramblecart at the gmail one", "bramblecart"],
    ["the quoted start of the mailbox", 'my email starts with "torquetilly" and it\'s an outlook', "torquetilly"],
  ])("%s: %j hides the mailbox", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["my gmail is the same as my name here: sorry, it's been a long day"],
    ["gmail. all one word, I know, I'll type it in the app instead"],
    ["yahoo, what a day. all together now"],
    ["my outlook calendar is the same as my name here, i.e. booked solid"],
    ["hotmail, its down again. together with the app that makes two"],
    ["the hose clamp at the yahoo one, I mean the cheap one from the shop"],
    ['the code starts with "P0420" and the gmail alert said the same'],
    ['the part number starts with "A2C" and outlook cut the rest off'],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
