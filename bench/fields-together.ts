// What reading a write's monitored fields together costs (authz/content-enforce.ts,
// readFieldsTogether), in false positives and time, on generated innocent quotes: notes with
// mileage, readings or a ticket number, then 2 to 8 lines of parts with their numbers, quantities,
// sizes, torque specs, prices and hours in text. A quote counts as flagged when any field reads
// differently together than alone (masked more, or with more kinds). The time is per quote, every
// field detected alone (the edge before) against the fields read together, with the application's
// detector (trained second stage). Run: `npx tsx bench/fields-together.ts [quotes] [seed]`.
import { readFieldsTogether } from "../src/authz/content-enforce.ts";
import { detectContactDetails, detectionOptionsFor } from "../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../src/domain/contacts/platform-domains.ts";

const NOTES = [
  "Customer reports squeal at 45 mph. Mileage 128,450.",
  "Car at 98,765 miles, next service at 108,765",
  "Ticket 4471 from 03/12",
  "Battery test: 11.9 V, 412 CCA measured",
  "Odometer 212 000 km",
  "Parts ETA 2-3 business days.",
  "Price includes 8.25% tax",
  "Quote valid 14 days. OEM parts.",
  "Coolant temp reads 104 at idle",
  "Fuel trim bank 1 +14, bank 2 +12",
  "Tires at 4/32, rear 5/32",
  "Warranty 12 months / 12,000 miles",
];
const LINES = [
  "Front brake pads (set of 4)",
  "Rotors 2 x 289 mm, caliper bolts torqued to 110 Nm",
  "Labor 2.5 h",
  "Brake fluid DOT 4, 1 L",
  "Timing belt kit 530 0405 10",
  "Water pump 21010-1KA0A",
  "Coolant 5 L, 50/50",
  "Labor 4.2 hours",
  "Oil filter 15400-PLM-A02",
  "5 qt 0W-20 synthetic",
  "Cabin filter 80292-TF0-G01",
  "Tire rotation, 32 psi front, 35 psi rear",
  "Spark plugs x6 at $12.99 each",
  "Ignition coil, 2 pcs",
  "Diagnostic fee 95.00",
  "Labor 1.5 h @ 120/h",
  "Serpentine belt 6PK2155",
  "Tensioner 534 0162 10",
  "Idler pulley 532 0478 10",
  "Battery 48 AGM 760 CCA",
  "Group size H6, 3 yr warranty",
  "Core charge 22",
  "Clutch kit 624 3183 00",
  "Flywheel 415 0366 10",
  "Labor 6.5 h",
  "Wheel bearing 713 6109 00, torque 180 Nm",
  "Rear shocks x2, part 344500 and 344501",
  "Strut mounts 905 915",
  "Alignment 4-wheel",
  "Wiper blades 22 and 18 in",
  "Lug nuts 12 x 1.5, 20 pcs",
  "Injector 0280158117",
  "Shop supplies 5%",
  "Disposal fee 4.50",
  "Thermostat 82 C",
  "Headlight bulb H11 55W",
  "Tires 225/45 R17 94W x4",
  "Balance and mount 4 tires",
  "Cylinder 3 misfire, coil replaced",
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const count = Number(process.argv[2] ?? 2000);
const next = random(Number(process.argv[3] ?? 47));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const quotes = Array.from({ length: count }, () => [pick(NOTES), ...Array.from({ length: 2 + Math.floor(next() * 7) }, () => pick(LINES))]);

const detection = detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained");
const FREE_TEXT = { class: "FREE_TEXT" } as const;
let flagged = 0;
const examples: string[][] = [];
let aloneMs = 0;
let togetherMs = 0;
for (const texts of quotes) {
  let t = performance.now();
  const alone = texts.map((text) => detectContactDetails(text, detection));
  aloneMs += performance.now() - t;
  t = performance.now();
  const together = readFieldsTogether(
    texts.map((text, i) => ({ path: [i], rule: FREE_TEXT, text })),
    detection,
  );
  togetherMs += performance.now() - t;
  const differs = together.some((reading, i) => (reading?.refused === false ? reading.masked : texts[i]) !== alone[i]!.masked || (reading?.kinds.length ?? 0) !== alone[i]!.kinds.length);
  if (differs) {
    flagged++;
    if (examples.length < 10) examples.push(texts);
  }
}
console.log(`${count} innocent quotes (${quotes.reduce((n, q) => n + q.length, 0)} fields): ${flagged} read differently together than alone`);
console.log(`per quote: fields alone ${(aloneMs / count).toFixed(2)} ms, read together ${(togetherMs / count).toFixed(2)} ms`);
for (const example of examples) console.log(JSON.stringify(example));
