// The trained second stage starts from a deliberately liberal set of candidates: whatever the
// rules found, plus every span shaped like a detail, so the classifier can keep what the rules
// missed. Each candidate carries the features the classifier reads.
import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/domain/contacts/detection/normalise.ts";
import type { Hit } from "../../../src/domain/contacts/detection/types.ts";
import { candidatesOf, SPOKEN_MAIL, spokenMailRuns, STREET, streetRuns, TOKEN, tokenRuns, type Candidate } from "../../../src/domain/contacts/second-stage/candidates.ts";

/** The [start, end) spans a plain scan of the global expression `re` finds in `text` (empty matches skipped): what each finder must equal. */
function scanned(re: RegExp, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function candidates(text: string, hits: Hit[] = []): Array<Candidate & { text: string }> {
  const norm = normalise(text);
  return candidatesOf(norm, hits).candidates.map((c) => ({ ...c, text: norm.text.slice(c.start, c.end) }));
}

const of = (text: string, generator: Candidate["generator"]): string[] =>
  candidates(text)
    .filter((c) => c.generator === generator)
    .map((c) => c.text);

describe("candidates of the second stage", () => {
  it("take every rule hit as a candidate, first and unchanged", () => {
    const hit: Hit = { kind: "PHONE", start: 5, end: 17, detail: true };
    const [first] = candidates("call 512 555 0143 now", [hit]);
    expect(first).toMatchObject({ generator: "rule", kind: "PHONE", start: 5, end: 17, detail: true });
    expect(first!.features).toContain("ov:rule:PHONE:1:same");
  });

  it.each([
    ["digit runs, number words read as digits", "ring five one two, 555 0143", "digits", "5 1 2"],
    ["a handle-shaped token", "im rick_17 there", "token", "rick_17"],
    ["a spoken e-mail", "pete at petesautoworks dot com", "spoken", "pete at petesautoworks.com"],
    ["an app named alone", "u got whatsapp?", "channel", "whatsapp"],
    ["an app with what follows it", "signal: rick.17", "channel+", "signal: rick.17"],
    ["an address-shaped stretch", "we are at 1537 Avenue G, Austin", "address", "1537 Avenue G, Austin"],
    ["a street without a number", "I'm on maple ridge drive", "street", "on maple ridge drive"],
    ["a UK postcode", "London SE1 7PB", "postcode", "SE1 7PB"],
    ["a name-shaped pair", "my full name is Dana Whitfield", "name", "Dana Whitfield"],
    ["every sentence", "let's do it cash. No app.", "sentence", "let's do it cash"],
  ])("include %s", (_what, text, generator, expected) => {
    expect(of(text, generator as Candidate["generator"])).toContain(expected);
  });

  it("never reach across a line break, where a burst's messages meet", () => {
    const joined = "the second one was 575\nand the dealer said 1200";
    for (const c of candidates(joined).filter((c) => c.generator !== "digits")) expect(c.text).not.toContain("\n");
  });

  it("carry the words around them", () => {
    const digits = candidates("my cell is 512 555 0143", [{ kind: "PHONE", start: 11, end: 22, detail: true }]).find((c) => c.generator === "digits")!;
    expect(digits.features).toEqual(expect.arrayContaining(["l1:digits:is", "l:cell", "ov:digits:PHONE:1:has", "dg:digits:5"]));
  });

  it("share the kinds the rules saw in the message, once for all candidates, and not its words (a long message would weigh on every candidate)", () => {
    const norm = normalise("my cell is 512 555 0143");
    expect(candidatesOf(norm, [{ kind: "PHONE", start: 11, end: 23, detail: true }]).shared).toEqual(["mk:PHONE:1"]);
    expect(candidatesOf(normalise("brakes squeal when cold"), []).shared).toContain("mk:none");
  });

  it("read a host on an allowed domain as one kind, whatever its name, so no platform's name is learnt", () => {
    const features = (text: string, allowed: string[]): string[] => {
      const norm = normalise(text);
      return candidatesOf(norm, [], allowed).candidates.flatMap((c) => c.features);
    };
    const own = features("rules at help.wrenchhub.net/policies", ["wrenchhub.net"]);
    expect(own).toContain("c3:zzz");
    expect(own.some((f) => f.includes("wrench"))).toBe(false);
    // In either case, on either side (the text is only scanned when its lower case holds a domain).
    expect(features("rules at HELP.WrenchHub.NET/policies", ["WrenchHub.Net"]).some((f) => f.toLowerCase().includes("wrench"))).toBe(false);
    const other = features("rules at help.wrenchhub.net/policies", ["autodoctor.app"]);
    expect(other.some((f) => f.includes("wrench"))).toBe(true);
    // Neither inside a longer host nor a word that only ends like the domain.
    expect(features("see wrenchhub.network/x or notwrenchhub.net", ["wrenchhub.net"]).filter((f) => f.startsWith("in:") && f.includes("wrenchhub"))).toEqual(
      expect.arrayContaining(["in:wrenchhub", "in:notwrenchhub"]),
    );
  });

  it("keep every offset when a host is read as one kind", () => {
    const norm = normalise("mail support@autodoctor.app or ring 512 555 0143");
    const plain = candidatesOf(norm, []).candidates.map(({ start, end, generator }) => [start, end, generator]);
    expect(candidatesOf(norm, [], ["autodoctor.app"]).candidates.map(({ start, end, generator }) => [start, end, generator])).toEqual(plain);
  });

  it.each([
    ["plain words and a handle", "im rick_17 there, ok?"],
    ["runs without a letter or digit, and stops inside a token", "-- ... @@ (x) a,b;c:d!e?f \"g\" 'h' <i> [j]"],
    ["white space beyond ASCII, and letters beyond ASCII", "caf\u00e9\u00a0bob\u2003\u00e9\u00e9 x\ufeffy \u212a \u017f\u017f 12\u2028\u00fc"],
    ["a run at either end", "abc"],
    ["nothing", ""],
  ])("find the token runs the scan of their expression finds (%s)", (_, text) => {
    expect(tokenRuns(text)).toEqual(scanned(TOKEN, text));
  });

  it.each([
    ["names of one to three words", "we're at 12 north lamar blvd. near the Brake Lane and old mill road, ok"],
    ["more than three words before the type, and words glued by signs", "down the long winding o'neil x-y_z st then 5th\tave"],
    ["a type with no name, a type inside a word, and one at either end", "st stx rowing the way\nclose to main st"],
    ["nothing", ""],
  ])("find the streets the scan of their expression finds (%s)", (_, text) => {
    expect(streetRuns(text)).toEqual(scanned(STREET, text));
  });

  it.each([
    ["addresses said and typed", "mail sam.k at gmail dot com or s_k+1 (at) yahoo.co.uk, or bob @ x.org"],
    ["a mailbox word followed by no connector, a sign run and words glued by signs", "on via at -- .x.y @ -- ab-cd chez moi then ..ok on it"],
    ["connectors at the end and nothing", "ab @"],
    ["nothing", ""],
  ])("find the spoken addresses the scan of their expression finds (%s)", (_, text) => {
    expect(spokenMailRuns(text)).toEqual(scanned(SPOKEN_MAIL, text));
  });
});
