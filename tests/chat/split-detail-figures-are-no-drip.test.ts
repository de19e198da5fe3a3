// Short figures sent one a message are no number dripped in pieces unless they are nothing but a
// number's even cuts or its cuts along its groups: a customer answering the professional's
// questions with a year, a mileage and a count ("2019" / "85000" / "4" / "yes", "2019" / "86500" /
// "4" / "2": a mileage round to hundreds is an answer too), years and quantities ("2021" / "4" /
// "2023" / "1"), a professional listing part prices one a message ("65" / "120" / "89" / "350",
// "120" / "45" / "80"; round or just under, "250" / "480" / "65" / "35" and "289" / "349" / "89" /
// "99", even where they join into a valid number cut along its groups; "$40" / "$65", "pads 65" /
// "rotors 120"), readings, times and quantities ("85k" / "3pm" / "2", "ok 2" / "3" / "4") are
// delivered as written: never flagged, edited or penalised (split-detail.ts, isDripPiece and
// keepsDripRhythm; a round amount among bare numbers is an answer, contact-detector.ts,
// isRoundAmount). In the session chat and in a workshop conversation alike.
import { describe, it } from "vitest";
import { CHAT_THREADS, expectDeliveredAsWritten, talk, type Line } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const FIGURES: Array<{ name: string; lines: Line[] }> = [
  {
    name: "a customer answering the year, the mileage, the cylinders and a yes",
    lines: [
      ["PRO", "what year is it?"],
      ["CUSTOMER", "2019"],
      ["PRO", "and the mileage?"],
      ["CUSTOMER", "85000"],
      ["PRO", "how many cylinders?"],
      ["CUSTOMER", "4"],
      ["PRO", "any warning lights?"],
      ["CUSTOMER", "yes"],
    ],
  },
  {
    name: "a customer's short answers one after the other: year, doors, keys, tyre pressure",
    lines: [
      ["PRO", "year, doors, how many keys, tyre pressure?"],
      ["CUSTOMER", "2019"],
      ["CUSTOMER", "4"],
      ["CUSTOMER", "2"],
      ["CUSTOMER", "35"],
    ],
  },
  {
    name: "a professional listing part prices one a message, bare",
    lines: [
      ["CUSTOMER", "how much are the parts?"],
      ["PRO", "65"],
      ["PRO", "120"],
      ["PRO", "89"],
      ["PRO", "350"],
    ],
  },
  {
    name: "a professional listing prices that shorten, bare",
    lines: [
      ["CUSTOMER", "labour, parts, fluid, disposal?"],
      ["PRO", "250"],
      ["PRO", "480"],
      ["PRO", "65"],
      ["PRO", "35"],
    ],
  },
  {
    name: "a professional listing three part prices, bare",
    lines: [
      ["CUSTOMER", "filter, pads, fluid?"],
      ["PRO", "120"],
      ["PRO", "45"],
      ["PRO", "80"],
    ],
  },
  {
    name: "a professional listing prices just under a round figure, bare",
    lines: [
      ["CUSTOMER", "and the parts one by one?"],
      ["PRO", "289"],
      ["PRO", "349"],
      ["PRO", "89"],
      ["PRO", "99"],
    ],
  },
  {
    name: "a customer answering the year, the mileage, the cylinders and the keys",
    lines: [
      ["PRO", "year, mileage, cylinders, keys?"],
      ["CUSTOMER", "2019"],
      ["CUSTOMER", "86500"],
      ["CUSTOMER", "4"],
      ["CUSTOMER", "2"],
    ],
  },
  {
    name: "a customer's years and quantities one after the other",
    lines: [
      ["PRO", "when were the tyres and the battery changed, and how many of each?"],
      ["CUSTOMER", "2021"],
      ["CUSTOMER", "4"],
      ["CUSTOMER", "2023"],
      ["CUSTOMER", "1"],
    ],
  },
  {
    name: "a professional listing part prices with their currency and names",
    lines: [
      ["PRO", "$40"],
      ["PRO", "$65"],
      ["PRO", "$120"],
      ["PRO", "pads 65"],
      ["PRO", "rotors 120"],
      ["PRO", "35 for fluid"],
    ],
  },
  {
    name: "a customer's mileage, a time and a count, then counts after an ok",
    lines: [
      ["CUSTOMER", "85k"],
      ["CUSTOMER", "3pm"],
      ["CUSTOMER", "2"],
      ["PRO", "how many tyres?"],
      ["CUSTOMER", "ok 2"],
      ["CUSTOMER", "3"],
      ["CUSTOMER", "4"],
      ["CUSTOMER", "1"],
    ],
  },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, short figures sent one a message", (_, open) => {
  it.each(FIGURES)("are delivered as written and never edited or penalised: $name", async ({ lines }) => {
    const thread = await open(app);
    await expectDeliveredAsWritten(app, await talk(thread, lines), lines);
  });
});
