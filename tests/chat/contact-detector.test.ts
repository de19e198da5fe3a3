import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { detectContactDetails, type ContactKind } from "../../src/modules/chat/contact-detector.ts";

const kindsOf = (text: string): ContactKind[] => detectContactDetails(text).kinds;

describe("PHONE", () => {
  it.each([
    "call 555-867-5309",
    "my cell is (415) 555-0132",
    "reach me at 415.555.0132",
    "+1 415 555 0132",
    "0044 7700 900123",
    "+44 7700 900 123",
    "07700900123",
    "020 7946 0958",
    "portable: 06 12 34 56 78",
    "five five five one two three four",
    "five five five one two three four five six seven",
    "5 5 5 1 2 3 4 5 6 7",
    "555 one two three 4567",
    "nine oh nine five five five one two one two",
    "oh seven seven double oh nine double oh one two three",
    "fivefivefive onetwothree fourfivesixseven",
    "Call 1 800 FIX AUTO",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("PHONE");
  });

  it.each([
    "The OEM part number is 04465-33450",
    "Order BP-1234-XL brake pads",
    "Bosch 0 280 158 117 injector",
    "serial number on the ECU is 237-100-8841",
    "$1,200 for the full brake job",
    "1200 dollars including labor",
    "87,000 miles on the clock",
    "it has 87k km",
    "VIN is 1HGCM82633A004352",
    "2014 Honda Civic",
    "booked for 2024-03-15 at 14:00",
    "the appointment is on 12/05",
    "torque the lug nuts to 100 ft-lbs",
    "codes P0420 and P0171",
    "compression 185 180 175 120",
    "firing order is 1-8-4-3-6-5-7-2",
    "the app says my order 7781234590 is in progress",
    "compression was one twenty, one fifteen, one ten and ninety",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("EMAIL", () => {
  it.each([
    "email me at dave.smith@gmail.com",
    "john at gmail dot com",
    "john(at)gmail(dot)com",
    "john [at] gmail . com",
    "mike_r AT hotmail DOT com",
    "sarah dot jones at icloud dot com",
    "bobsmith85 at gmail",
    "johnATgmailDOTcom",
    "m i k e @ g m a i l . c o m",
    "my gmail is bobsmith1985",
    "write to jane.doe@mycompany.internal",
    "canary.a1b2c3@leak.example",
    "joe@mail.museum",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("EMAIL");
  });

  it.each([
    "I found the part at rockauto.com, is it right?",
    "the cheapest I found was at ebay dot com",
    "line up the dot on the cam gear with the mark at the top",
    "I got an email from the dealer about a recall",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("ADDRESS", () => {
  it.each([
    "come to 123 Main Street",
    "bring it to 45 Oak Ave Apt 3",
    "come to 9 Elm Rd",
    "Address: 301 W 5th St, Austin TX 78701",
    "postcode is SW1A 1AA",
    "I'm at the corner of 5th and Main",
    "the house is number 12 on Cedar Close",
    "Hauptstraße 12, 10115 Berlin",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it.each([
    "it's a 4 wheel drive, does that change anything",
    "did a 10 minute test drive, no codes",
    "it's a 2 lane road and the car pulls right",
    "2005 Buick Park Avenue, the 3800 motor",
    "I'm driving down Main Street and it shakes at 40",
    "my number plate is AB12 CDE",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("SOCIAL_HANDLE", () => {
  it.each([
    "follow me @mikes_garage",
    "my insta is mikesgarage",
    "find me on facebook, Mike Torres Auto",
    "add me on snapchat: carguy22",
    "check my tiktok @wrenchqueen",
    "my telegram is @fixit_dan",
    "I'm on IG as wrench.wizard",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
  });

  it.each([
    "I watched a youtube video about this",
    "I read on reddit that the 2.0T eats oil",
    "the snap ring came off the axle",
    "misfire @ 3000 rpm under load",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("MESSAGING_APP", () => {
  it.each([
    "whatsapp me",
    "w h a t s a p p me",
    "message me on signal",
    "are you on telegram?",
    "add me on viber",
    "my wechat id is li_auto88",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
  });

  it.each([
    "turn signal not working on the left side",
    "fuel line is leaking near the tank",
    "the zoom on the backup camera is broken",
    "android auto won't read my whatsapp messages out loud",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("OFF_PLATFORM_REQUEST", () => {
  it.each([
    "call me",
    "text me",
    "call me back",
    "call me at lunch",
    "call me on my cell",
    "my number is below",
    "give me your number",
    "let's take this offline",
    "pay me directly and I'll knock 20% off",
    "cash only",
    "venmo me $80",
    "send it via zelle",
    "cashapp $mikefixes",
    "paypal me",
  ])("flags %j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    "I'll message you here in the chat",
    "text me here in the app when you know more",
    "I'll text you the photos here in the chat",
    "call me crazy but I think it's the alternator",
    "give me your best number for the whole job",
    "I paid cash for the car back in 2015",
    "the ECU went offline on the CAN bus",
    "I'll pay through the platform once it's fixed",
  ])("does not flag %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('"call me when it\'s done" rule', () => {
  it.each([
    "call me when it's done",
    "call me when the car is done",
    "give me a call when it's finished",
    "text me once you've looked at the photos",
    "ring me when it's ready to collect",
  ])("a notification request without contact details is innocent: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("still catches the contact detail itself", () => {
    expect(kindsOf("call me when it's done: 917-555-0123")).toEqual(["PHONE"]);
    expect(kindsOf("message me on insta when it's done")).toEqual(["SOCIAL_HANDLE"]);
  });

  it('"call me at/on ..." is an off-platform request', () => {
    expect(kindsOf("call me at 5")).toContain("OFF_PLATFORM_REQUEST");
    expect(kindsOf("call me on my cell")).toContain("OFF_PLATFORM_REQUEST");
  });
});

describe("result shape and masking", () => {
  it("returns nothing for an innocent message and leaves it untouched", () => {
    const text = "P0420 again at 87,000 miles, cat is $1,200";
    expect(detectContactDetails(text)).toEqual({ kinds: [], masked: text, spans: [] });
    expect(detectContactDetails("")).toEqual({ kinds: [], masked: "", spans: [] });
  });

  it("masks each detected span", () => {
    expect(detectContactDetails("follow me @mikes_garage for tips").masked).toBe("follow me [hidden] for tips");
    expect(detectContactDetails("send the pics to carfix99@yahoo.com please").masked).toBe("send the pics to [hidden] please");
    expect(detectContactDetails("come to 123 Main Street tomorrow").masked).toBe("come to [hidden] tomorrow");
  });

  it("maps spans back to the original text through normalisation", () => {
    const text = "ok: five five five one two three four, thanks";
    const d = detectContactDetails(text);
    expect(d.spans).toEqual([{ kind: "PHONE", start: 4, end: 37 }]);
    expect(text.slice(4, 37)).toBe("five five five one two three four");
    expect(d.masked).toBe("ok: [hidden], thanks");
  });

  it("merges overlapping and adjacent spans into one [hidden]", () => {
    const d = detectContactDetails("email me at dave.smith@gmail.com or call 555-867-5309");
    expect(d.kinds).toEqual(["EMAIL", "OFF_PLATFORM_REQUEST", "PHONE"]);
    expect(d.masked).toBe("[hidden] or call [hidden]");
    // "my telegram is @fixit_dan": several overlapping spans of two kinds, one mask.
    const t = detectContactDetails("my telegram is @fixit_dan");
    expect(t.spans.length).toBeGreaterThan(1);
    expect(t.masked).toBe("[hidden]");
  });

  it("keeps separate spans apart when real words sit between them", () => {
    expect(detectContactDetails("whatsapp me, I'm free after 6, number is +44 7700 900 123").masked).toBe(
      "[hidden] me, I'm free after 6, number is [hidden]",
    );
  });

  it("reports kinds sorted and unique, spans sorted by position", () => {
    const d = detectContactDetails("text 646-555-0101 or 646-555-0102, or whatsapp");
    expect(d.kinds).toEqual(["MESSAGING_APP", "PHONE"]);
    const starts = d.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("stays fast on long adversarial input", () => {
    const inputs = ["a_".repeat(3000) + "!", "1 ".repeat(5000), "one two ".repeat(2000), "x dot ".repeat(2000)];
    const t0 = performance.now();
    for (const s of inputs) detectContactDetails(s);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

interface CorpusEntry {
  text: string;
  contact: boolean;
  kinds?: string[];
}

const corpus = JSON.parse(
  readFileSync(fileURLToPath(new URL("./contact-corpus.json", import.meta.url)), "utf8"),
) as CorpusEntry[];

describe("labelled corpus", () => {
  it("is large and balanced enough to mean something", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(320);
    expect(corpus.filter((m) => m.contact).length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((m) => !m.contact).length).toBeGreaterThanOrEqual(150);
  });

  it("meets the recall and false-positive targets", () => {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let tn = 0;
    const misses: string[] = [];
    const falseAlarms: string[] = [];
    for (const m of corpus) {
      const flagged = detectContactDetails(m.text).kinds.length > 0;
      if (m.contact && flagged) tp++;
      else if (m.contact) {
        fn++;
        misses.push(m.text);
      } else if (flagged) {
        fp++;
        falseAlarms.push(m.text);
      } else tn++;
    }
    const recall = tp / (tp + fn);
    const falsePositiveRate = fp / (fp + tn);
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    console.log(
      `contact detector: recall=${recall.toFixed(3)} false-positive-rate=${falsePositiveRate.toFixed(3)} precision=${precision.toFixed(3)} on ${corpus.length} messages`,
    );
    expect(recall, `missed: ${JSON.stringify(misses)}`).toBeGreaterThanOrEqual(0.97);
    expect(falsePositiveRate, `false alarms: ${JSON.stringify(falseAlarms)}`).toBeLessThanOrEqual(0.02);
  });

  it("mostly names the labelled kind for contact attempts", () => {
    const labelled = corpus.filter((m) => m.contact && m.kinds && m.kinds.length > 0);
    const agreeing = labelled.filter((m) => {
      const found = detectContactDetails(m.text).kinds as string[];
      return (m.kinds ?? []).some((k) => found.includes(k));
    });
    expect(agreeing.length / labelled.length).toBeGreaterThanOrEqual(0.9);
  });
});
