// Quotes are full of numbers across their fields: mileage in the notes, part numbers, quantities,
// torque specs, prices and hours in the lines. Read together as a burst (authz/content-enforce.ts,
// readTogether), with chat's reach and guards, none of these is a contact detail: nothing is
// masked, no flag is written, the advisor's standing is untouched. The quotes are written for this
// file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS_AND_PART_NUMBERS } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

type Line = [kind: "PART" | "LABOR" | "FEE", description: string, partNumber?: string];

/** [what, notes, lines]: innocent quotes whose numbers sit in neighbouring fields. */
const QUOTES: [string, string, Line[]][] = [
  [
    "brakes: mileage, speeds, sizes and a torque spec",
    "Customer reports squeal at 45 mph. Mileage 128,450. Quote valid 14 days.",
    [
      ["PART", "Front brake pads (set of 4)", "D1092"],
      ["PART", "Rotors 2 x 289 mm, caliper bolts torqued to 110 Nm"],
      ["LABOR", "Labor 2.5 h"],
      ["PART", "Brake fluid DOT 4, 1 L"],
    ],
  ],
  [
    "timing belt: part numbers written in the lines",
    "Parts ETA 2-3 business days.",
    [
      ["PART", "Timing belt kit 530 0405 10"],
      ["PART", "Water pump 21010-1KA0A", "21010-1KA0A"],
      ["PART", "Coolant 5 L, 50/50"],
      ["LABOR", "Labor 4.2 hours"],
    ],
  ],
  [
    "a service: mileage, filters and pressures",
    "Car at 98,765 miles, next service at 108,765",
    [
      ["PART", "Oil filter 15400-PLM-A02", "15400-PLM-A02"],
      ["PART", "5 qt 0W-20 synthetic"],
      ["PART", "Cabin filter 80292-TF0-G01"],
      ["LABOR", "Tire rotation, 32 psi front, 35 psi rear"],
    ],
  ],
  [
    "prices and rates written in text",
    "Price includes 8.25% tax",
    [
      ["PART", "Spark plugs x6 at $12.99 each"],
      ["PART", "Ignition coil, 2 pcs"],
      ["FEE", "Diagnostic fee 95.00"],
      ["LABOR", "Labor 1.5 h @ 120/h"],
    ],
  ],
  [
    "a ticket number and a belt drive's part numbers",
    "Ticket 4471 from 03/12",
    [
      ["PART", "Serpentine belt 6PK2155"],
      ["PART", "Tensioner 534 0162 10"],
      ["PART", "Idler pulley 532 0478 10"],
      ["LABOR", "Labor 1.2 h"],
    ],
  ],
  [
    "a battery: readings and ratings",
    "Battery test: 11.9 V, 412 CCA measured",
    [
      ["PART", "Battery 48 AGM 760 CCA"],
      ["FEE", "Group size H6, 3 yr warranty"],
      ["FEE", "Core charge 22"],
    ],
  ],
  [
    "a clutch: kilometres and part numbers in groups",
    "Odometer 212 000 km",
    [
      ["PART", "Clutch kit 624 3183 00"],
      ["PART", "Flywheel 415 0366 10"],
      ["LABOR", "Labor 6.5 h"],
    ],
  ],
  [
    "a quantity ending one line, the next item opening the next (a house number and its street, read across a chat burst)",
    "Ticket 4471 from 03/12",
    [
      ["PART", "Tensioner 534 0162 10"],
      ["FEE", "Core charge 22"],
      ["PART", "Brake fluid DOT 4, 1 L"],
      ["PART", "Strut mounts 905 915"],
      ["PART", "Brake fluid, 1 L"],
    ],
  ],
];

describe("innocent quotes with numbers across their fields", () => {
  it.each(QUOTES)("%s: nothing is masked or flagged", async (_what, notes, lines) => {
    const world = await acceptedEscalation(app);
    const input = {
      notes,
      lineItems: lines.map(([kind, description, partNumber]) => ({ kind, description, partNumber: partNumber ?? null, quantity: kind === "LABOR" ? 60 : 1, unitPriceCents: 10_000 })),
      validDays: 14,
    };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    const quote = quoted.data!.createQuote;
    expect(quote.notes).toBe(notes);
    expect(quote.lineItems).toEqual(input.lineItems.map(({ description, partNumber }) => ({ description, partNumber })));
    expect(await app.prisma.contentFlag.count({ where: { entityId: quote.id } })).toBe(0);
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: world.workshop.advisor.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
  });
});
