// The demo world: a small, believable marketplace that shows every flow of the product on first
// start — sessions in every status, a flagged chat message, an escalation with a pending $1,200
// quote, a paid $600 repair with a booked drop-off, and a supplier partnership with a price list. Content and ids are fixed, so a demo script
// can name them; only timestamps follow the moment of seeding so the world always looks current.
// The owner modules' stores load their GraphQL input classes, whose decorators need the metadata API.
import "reflect-metadata";
import { DEMO_ADMIN } from "../app/config.ts";
import { detectContactDetails, type ContactDetection } from "../domain/contacts/contact-detector.ts";
import { penaltyFor, penaltyOutcome } from "../domain/enforcement/penalty-ladder.ts";
import { diagnosticEarnedKey, splitKey } from "../domain/ledger/keys.ts";
import { diagnosticEarnedPostings, diagnosticPostings } from "../domain/ledger/postings.ts";
import { matchRecord, matchWorkshop, type MatchInput } from "../domain/matching/workshop-matcher.ts";
import { SEED_FEE_POLICY, splitRepair } from "../domain/money/fee-policy.ts";
import { priceLineItems, type LineItem } from "../domain/money/pricing.ts";
import { marginBasisPoints } from "../domain/partnerships/catalog-import.ts";
import { restoreDemoStanding } from "../modules/accounts/account.machine.ts";
import { accountExists, insertDemoAccounts } from "../modules/accounts/account.store.ts";
import { AuditService } from "../modules/audit/audit.service.ts";
import { AuditStore } from "../modules/audit/audit.store.ts";
import { insertDemoMessages } from "../modules/chat/chat.store.ts";
import { insertDemoPenalties } from "../modules/enforcement/enforcement.store.ts";
import { restoreDemoViolations } from "../modules/enforcement/violation.machine.ts";
import { restoreDemoEscalation } from "../modules/escalations/escalation.machine.ts";
import { restoreDemoPartnerships } from "../modules/partnerships/partnership.machine.ts";
import { insertDemoPriceList } from "../modules/partnerships/partnership.store.ts";
import { bookTransaction } from "../modules/payments/ledger.store.ts";
import { PaymentMachine, restoreDemoPayment, SETTLES_ONLY } from "../modules/payments/payment.machine.ts";
import { quoteNotice } from "../modules/quotes/quote-notice.ts";
import { QuoteMachine, restoreDemoQuote } from "../modules/quotes/quote.machine.ts";
import { quoteActorScope } from "../modules/quotes/quote.policy.ts";
import { restoreDemoSessions } from "../modules/sessions/session.machine.ts";
import { insertDemoVehicles } from "../modules/sessions/session.store.ts";
import { insertDemoWorkshops } from "../modules/workshops/workshop.store.ts";
import { hashPassword } from "../platform/auth/passwords.ts";
import type { Database } from "../platform/db/database.ts";
import type { Prisma, PrismaClient, SessionStatus } from "../platform/db/generated/client.ts";
import type { Tx } from "../platform/db/prisma.ts";
import { memoryPubSub, type AppPubSub } from "../platform/pubsub/pubsub.ts";
import { seedBookedRepair } from "./booked-repair.ts";
import { seedReports, type DemoSessionReport } from "./reports.ts";
import { seedReviews, type DemoMechanicReview } from "./reviews.ts";
import { seedVetting, VETTING_DEMO_ACCOUNTS } from "./vetting.ts";
import { seedWorkshopConversation } from "./workshop-conversation.ts";

export const DEMO_PASSWORD = "autodoctor-demo";

const DOMAIN = "demo.autodoctor.test";
const email = (local: string): string => `${local}@${DOMAIN}`;

type DemoRole = "CUSTOMER" | "MECHANIC" | "WORKSHOP_ADVISOR" | "PARTNER" | "ADMIN";

// ───────────────────────────── ids and time ─────────────────────────────

/**
 * Id families keep every demo id unique and readable: `00000000-0000-4000-8000-FFFFNNNNNNNN`.
 * Rows the machines' moves write (quote lines, history, audit) get the ids those moves give them.
 */
const Family = {
  user: 0x01,
  vehicle: 0x02,
  workshop: 0x03,
  autoAcceptRule: 0x04,
  session: 0x05,
  message: 0x06,
  violation: 0x07,
  partnership: 0x08,
  catalogPart: 0x09,
  laborRate: 0x0a,
  escalation: 0x0b,
  offer: 0x0c,
  quote: 0x0d,
  penalty: 0x11,
  payment: 0x12,
} as const;

function demoId(family: number, n: number): string {
  return `00000000-0000-4000-8000-${family.toString(16).padStart(4, "0")}${n.toString(16).padStart(8, "0")}`;
}

const MINUTE = 60_000;
const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MINUTE);
const addDays = (date: Date, days: number): Date => addMinutes(date, days * 24 * 60);
/** A calendar date for `@db.Date` columns. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
const firstOfNextMonth = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));

// ───────────────────────────── people ─────────────────────────────

/** Computes the North American VIN check digit (position 9) for `wmiVds` (8) + `vis` (8). */
function vin(wmiVds: string, vis: string): string {
  const values: Record<string, number> = {};
  "ABCDEFGH".split("").forEach((c, i) => (values[c] = i + 1));
  "JKLMN".split("").forEach((c, i) => (values[c] = i + 1));
  values.P = 7;
  values.R = 9;
  "STUVWXYZ".split("").forEach((c, i) => (values[c] = i + 2));
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const chars = `${wmiVds}0${vis}`.split("");
  const sum = chars.reduce((acc, c, i) => acc + (/\d/.test(c) ? Number(c) : (values[c] ?? 0)) * (weights[i] ?? 0), 0);
  const check = sum % 11 === 10 ? "X" : String(sum % 11);
  return `${wmiVds}${check}${vis}`;
}

interface VehicleSeed {
  id: string;
  year: number;
  make: string;
  model: string;
  color: string;
  vin: string;
}

interface CustomerSeed {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** E.164, the form sign-up and profile edits store (shared/text.ts phoneNumber). */
  phone: string;
  addressLine1: string;
  city: string;
  postalCode: string;
  preferredWorkshopId?: string;
  description: string;
  vehicles: VehicleSeed[];
}

interface MechanicSeed {
  id: string;
  email: string;
  displayName: string;
  bio: string;
  violationCount: number;
  description: string;
}

interface WorkshopSeed {
  id: string;
  name: string;
  city: string;
  serviceArea: string[];
  servicesOffered: string[];
  avgResponseMinutes: number;
  autoAccept?: { serviceCategory: string; maxAmountCents: number };
  advisor: { id: string; email: string; displayName: string; description: string };
}

const WORKSHOPS = {
  eastside: {
    id: demoId(Family.workshop, 1),
    name: "Eastside Auto Care",
    city: "Austin",
    serviceArea: ["round rock", "pflugerville", "cedar park"],
    servicesOffered: ["brakes", "engine", "suspension", "diagnostics", "tires"],
    avgResponseMinutes: 38,
    advisor: {
      id: demoId(Family.user, 21),
      email: email("advisor.rivera"),
      displayName: "Dana R.",
      description: "Service advisor at Eastside Auto Care (Austin): has quoted Alice's brake and suspension job ($1,200, pending); can revise it.",
    },
  },
  capitol: {
    id: demoId(Family.workshop, 2),
    name: "Capitol Transmission Works",
    city: "Round Rock",
    serviceArea: ["austin", "georgetown", "pflugerville"],
    servicesOffered: ["transmission", "electrical", "diagnostics"],
    avgResponseMinutes: 64,
    advisor: {
      id: demoId(Family.user, 22),
      email: email("advisor.chen"),
      displayName: "Wei C.",
      description: "Service advisor at Capitol Transmission Works (Round Rock): transmission and electrical escalations around Austin.",
    },
  },
  mileHigh: {
    id: demoId(Family.workshop, 3),
    name: "Mile High Motor Works",
    city: "Denver",
    serviceArea: ["aurora", "lakewood", "englewood"],
    servicesOffered: ["brakes", "engine", "electrical", "tires", "diagnostics"],
    avgResponseMinutes: 45,
    autoAccept: { serviceCategory: "brakes", maxAmountCents: 60_000 },
    advisor: {
      id: demoId(Family.user, 23),
      email: email("advisor.kowalski"),
      displayName: "Marta K.",
      description:
        "Service advisor at Mile High Motor Works (Denver): auto-accepts brake escalations up to $600; Priya's paid $600 alternator repair has a booked drop-off (slot visible, her contact details not).",
    },
  },
  roseCity: {
    id: demoId(Family.workshop, 4),
    name: "Rose City Garage",
    city: "Portland",
    serviceArea: ["beaverton", "gresham", "lake oswego"],
    servicesOffered: ["brakes", "suspension", "electrical", "engine", "tires"],
    avgResponseMinutes: 52,
    advisor: {
      id: demoId(Family.user, 24),
      email: email("advisor.okoye"),
      displayName: "Chidi O.",
      description: "Service advisor at Rose City Garage (Portland): the match when Carmen's completed electrical session is escalated.",
    },
  },
} satisfies Record<string, WorkshopSeed>;

const VEHICLES = {
  aliceCivic: { id: demoId(Family.vehicle, 1), year: 2017, make: "Honda", model: "Civic", color: "Silver", vin: vin("19XFC2F5", "HE207315") },
  aliceRav4: { id: demoId(Family.vehicle, 2), year: 2020, make: "Toyota", model: "RAV4", color: "Blue", vin: vin("2T3P1RFV", "LC081234") },
  benF150: { id: demoId(Family.vehicle, 3), year: 2015, make: "Ford", model: "F-150", color: "Black", vin: vin("1FTEW1EG", "FKD52718") },
  carmenOutback: { id: demoId(Family.vehicle, 4), year: 2019, make: "Subaru", model: "Outback", color: "Green", vin: vin("4S4BSANC", "K3274519") },
  carmenMazda3: { id: demoId(Family.vehicle, 5), year: 2012, make: "Mazda", model: "Mazda3", color: "Red", vin: vin("JM1BL1V7", "C1583920") },
  priyaCamry: { id: demoId(Family.vehicle, 6), year: 2014, make: "Toyota", model: "Camry", color: "White", vin: vin("4T1BF1FK", "EU381562") },
} satisfies Record<string, VehicleSeed>;

const CUSTOMERS = {
  alice: {
    id: demoId(Family.user, 1),
    email: email("customer.alice"),
    firstName: "Alice",
    lastName: "Nguyen",
    phone: "+15125550134",
    addressLine1: "4810 Avenue G",
    city: "Austin",
    postalCode: "78751",
    preferredWorkshopId: WORKSHOPS.eastside.id,
    description: "Austin. Has a $1,200 repair quote waiting (approve and pay) and a new request nobody has picked up yet.",
    vehicles: [VEHICLES.aliceCivic, VEHICLES.aliceRav4],
  },
  ben: {
    id: demoId(Family.user, 2),
    email: email("customer.ben"),
    firstName: "Ben",
    lastName: "Okafor",
    phone: "+17205550188",
    addressLine1: "2231 Clarkson Street",
    city: "Denver",
    postalCode: "80205",
    description: "Denver. In a live session where the mechanic tried to share a phone number (masked), which he has reported (open), plus a cancelled request.",
    vehicles: [VEHICLES.benF150],
  },
  carmen: {
    id: demoId(Family.user, 3),
    email: email("customer.carmen"),
    firstName: "Carmen",
    lastName: "Ruiz",
    phone: "+15035550162",
    addressLine1: "1537 SE Harrison Street",
    city: "Portland",
    postalCode: "97214",
    description: "Portland. A session accepted but not started, and a completed diagnosis that can still be escalated.",
    vehicles: [VEHICLES.carmenOutback, VEHICLES.carmenMazda3],
  },
  priya: {
    id: demoId(Family.user, 4),
    email: email("customer.priya"),
    firstName: "Priya",
    lastName: "Shah",
    phone: "+13035550119",
    addressLine1: "1420 Race Street",
    city: "Denver",
    postalCode: "80206",
    description: "Denver. Her $600 alternator repair at Mile High Motor Works is approved and paid, and her drop-off is booked: dropOffBooking shows the slot and the workshop's address.",
    vehicles: [VEHICLES.priyaCamry],
  },
} satisfies Record<string, CustomerSeed>;

const MECHANICS = {
  sam: {
    id: demoId(Family.user, 11),
    email: email("mechanic.sam"),
    displayName: "Sam P.",
    bio: "ASE Master Technician, 14 years in dealership and independent shops. Brakes, suspension and drivability.",
    violationCount: 0,
    description: "Escalated Alice's session (quote pending, $60 referral), has an accepted session to start, and an active supplier partnership to quote from.",
  },
  jordan: {
    id: demoId(Family.user, 12),
    email: email("mechanic.jordan"),
    displayName: "Jordan L.",
    bio: "Diesel and light-truck specialist. Former fleet mechanic; happy to walk you through DIY checks.",
    violationCount: 1,
    description: "Shared a phone number in his live session with Ben: the message was masked and flagged, and he is suspended for 7 days until an admin reviews it. Has a pending partnership request.",
  },
  maya: {
    id: demoId(Family.user, 13),
    email: email("mechanic.maya"),
    displayName: "Maya B.",
    bio: "Automotive electrical and hybrid systems. I love a good intermittent fault.",
    violationCount: 0,
    description:
      "Completed Carmen's electrical diagnosis — can escalate it to a Portland workshop; escalated Priya's alternator to Mile High Motor Works (repair paid, $30 referral); can pick up Alice's open request.",
  },
} satisfies Record<string, MechanicSeed>;

const PARTNER = {
  id: demoId(Family.user, 31),
  email: email("partner.parts"),
  organizationName: "Precision Parts Supply Co.",
  description: "Verified supplier with an active partnership with Sam (price list, quote approval) and a pending request from Jordan.",
};

/** Customers, mechanics, advisors and the partner a demo can sign in as (the admin comes from ADMIN_EMAIL). */

async function seedPeople(tx: Tx, passwordHash: string, now: Date): Promise<void> {
  const customers: CustomerSeed[] = Object.values(CUSTOMERS);
  const mechanics: MechanicSeed[] = Object.values(MECHANICS);
  const workshops: WorkshopSeed[] = Object.values(WORKSHOPS);
  const createdAt = addDays(now, -60);
  const user = (id: string, address: string, role: DemoRole) => ({ id, email: address, role, passwordHash, createdAt });

  await insertDemoWorkshops(
    tx,
    workshops.map(({ advisor: _advisor, autoAccept: _autoAccept, ...workshop }) => ({ ...workshop, createdAt })),
    workshops.flatMap((w, i) => (w.autoAccept ? [{ id: demoId(Family.autoAcceptRule, i + 1), workshopId: w.id, ...w.autoAccept }] : [])),
  );
  await insertDemoAccounts(tx, {
    users: [
      ...customers.map((c) => user(c.id, c.email, "CUSTOMER")),
      ...mechanics.map((m) => ({ ...user(m.id, m.email, "MECHANIC"), violationCount: m.violationCount })),
      ...workshops.map((w) => user(w.advisor.id, w.advisor.email, "WORKSHOP_ADVISOR")),
      user(PARTNER.id, PARTNER.email, "PARTNER"),
    ],
    customers: customers.map(({ id, email: _email, description: _description, vehicles: _vehicles, ...profile }) => ({ userId: id, ...profile })),
    mechanics: mechanics.map(({ id, email: _email, description: _description, violationCount: _violations, ...profile }) => ({ userId: id, ...profile })),
    advisors: workshops.map((w) => ({ userId: w.advisor.id, workshopId: w.id, displayName: w.advisor.displayName })),
    partners: [{ userId: PARTNER.id, organizationName: PARTNER.organizationName, verifiedAt: addDays(now, -45) }],
  });
  await insertDemoVehicles(
    tx,
    customers.flatMap((c) => c.vehicles.map((v) => ({ ...v, ownerId: c.id, createdAt }))),
  );
}

// ───────────────────────────── partnerships ─────────────────────────────

const PRICE_LIST_START = day("2026-01-01");

const CATALOG: ReadonlyArray<{ partNumber: string; name: string; category: string; wholesale: number; retail: number; stock: number; leadDays: number }> = [
  { partNumber: "PPS-BP-4417", name: "Front ceramic brake pad set", category: "brakes", wholesale: 4_200, retail: 7_900, stock: 48, leadDays: 1 },
  { partNumber: "PPS-BR-2210", name: "Front brake rotor, vented", category: "brakes", wholesale: 5_600, retail: 10_900, stock: 30, leadDays: 2 },
  { partNumber: "PPS-CA-7731", name: "Front lower control arm with ball joint", category: "suspension", wholesale: 8_900, retail: 16_500, stock: 12, leadDays: 3 },
  { partNumber: "PPS-BT-H6", name: "AGM battery, group H6", category: "electrical", wholesale: 13_800, retail: 21_900, stock: 20, leadDays: 1 },
  { partNumber: "PPS-SB-6K1", name: "Serpentine belt, 6-rib", category: "engine", wholesale: 1_900, retail: 4_400, stock: 65, leadDays: 1 },
];

const LABOR_RATES: ReadonlyArray<{ serviceCategory: string; ratePerHourCents: number; mechanicRateCents: number }> = [
  { serviceCategory: "brakes", ratePerHourCents: 12_000, mechanicRateCents: 13_500 },
  { serviceCategory: "suspension", ratePerHourCents: 12_500, mechanicRateCents: 14_000 },
  { serviceCategory: "electrical", ratePerHourCents: 13_000, mechanicRateCents: 14_500 },
];

/** Seed 000's revised model: a 10% commission, paid by the platform out of its 15% partnership fee. */
const SUPPLIER_COMMISSION_BP = SEED_FEE_POLICY.partnership.commissionBasisPoints.SUPPLIER;

async function seedPartnerships(tx: Tx, now: Date): Promise<void> {
  const active = demoId(Family.partnership, 1);
  const pending = demoId(Family.partnership, 2);
  const supplierTerms = { partnerId: PARTNER.id, type: "SUPPLIER", commissionBasisPoints: SUPPLIER_COMMISSION_BP, paymentTerms: "NET_30" } as const;

  await restoreDemoPartnerships(tx, [
    {
      ...supplierTerms,
      id: active,
      mechanicId: MECHANICS.sam.id,
      status: "ACTIVE",
      canCreateQuotes: true,
      quoteApprovalRequired: true,
      maxQuoteAmountCents: 500_000,
      mechanicAcceptedAt: addDays(now, -40),
      partnerAcceptedAt: addDays(now, -41),
      verifiedAt: addDays(now, -39),
      contractStartDate: PRICE_LIST_START,
      autoRenew: true,
      createdAt: addDays(now, -42),
    },
    {
      ...supplierTerms,
      id: pending,
      mechanicId: MECHANICS.jordan.id,
      status: "PENDING",
      canCreateQuotes: false,
      quoteApprovalRequired: true,
      maxQuoteAmountCents: 250_000,
      mechanicAcceptedAt: addDays(now, -3),
      contractStartDate: firstOfNextMonth(now),
      createdAt: addDays(now, -3),
    },
  ]);

  await insertDemoPriceList(
    tx,
    CATALOG.map((part, i) => ({
      id: demoId(Family.catalogPart, i + 1),
      partnershipId: active,
      partNumber: part.partNumber,
      name: part.name,
      category: part.category,
      wholesalePriceCents: part.wholesale,
      retailPriceCents: part.retail,
      marginBasisPoints: marginBasisPoints(part.wholesale, part.retail),
      availableQuantity: part.stock,
      leadTimeDays: part.leadDays,
      validFrom: PRICE_LIST_START,
    })),
    LABOR_RATES.map((rate, i) => ({
      id: demoId(Family.laborRate, i + 1),
      partnershipId: active,
      ...rate,
      mechanicCommissionBasisPoints: SUPPLIER_COMMISSION_BP,
      validFrom: PRICE_LIST_START,
    })),
  );
}

// ───────────────────────────── sessions and chat ─────────────────────────────

const DIAGNOSTIC_PRICE_CENTS = 2_500;

/** One demo chat message as its sender typed it; the contact detector decides what others see. */
interface ChatLine {
  from: "customer" | "mechanic";
  text: string;
}

/**
 * What the chat service stores for a typed message: the detector's masked text as the delivered
 * body and the kinds it found (a flagged message when any). Every demo line alternates senders,
 * so a line's burst is itself alone and the single-message detection is the one sending computes.
 */
export function deliveredChatLine(text: string): { deliveredBody: string; flaggedKinds: ContactDetection["kinds"] } {
  const detection = detectContactDetails(text);
  return { deliveredBody: detection.masked, flaggedKinds: detection.kinds };
}

interface SessionSeed {
  id: string;
  customerId: string;
  vehicleId: string;
  mechanicId?: string;
  status: SessionStatus;
  requestedMinutesAgo: number;
  concern: string;
  mediaUrls: string[];
  diagnosis?: string;
  recommendedServices?: string[];
  cancelReason?: string;
  chat?: ChatLine[];
}

const media = (sessionNo: number, ...names: string[]): string[] => names.map((name) => `https://media.${DOMAIN}/sessions/${sessionNo}/${name}`);

const SESSIONS = {
  aliceBrakes: {
    id: demoId(Family.session, 1),
    customerId: CUSTOMERS.alice.id,
    vehicleId: VEHICLES.aliceCivic.id,
    mechanicId: MECHANICS.sam.id,
    status: "COMPLETED",
    requestedMinutesAgo: 2 * 24 * 60,
    concern: "Grinding noise from the front wheels when braking, and a clunk over bumps on the front passenger side.",
    mediaUrls: media(1, "brake-noise.mp4", "front-wheel.jpg"),
    diagnosis: "Front pads worn to the backing plates and both front rotors scored. Front lower control arm bushings torn on both sides, causing the clunk. Safe for short trips only until repaired.",
    recommendedServices: ["brakes", "suspension"],
    chat: [
      { from: "mechanic", text: "Hi Alice, I'm Sam. I watched your video — that grinding sounds metal-on-metal. When did it start?" },
      { from: "customer", text: "About a week ago. It's louder in the morning and when I brake hard." },
      { from: "mechanic", text: "Can you point your camera at the front passenger wheel through the spokes?" },
      { from: "customer", text: "Here you go. There's a lip on the edge of the disc." },
      { from: "mechanic", text: "That's a scored rotor. Now push down hard on that corner of the car a few times." },
      { from: "customer", text: "It clunks every time." },
      { from: "mechanic", text: "The control arm bushings are gone too. I'll send this to a workshop near you for a quote." },
    ],
  },
  aliceCheckEngine: {
    id: demoId(Family.session, 2),
    customerId: CUSTOMERS.alice.id,
    vehicleId: VEHICLES.aliceRav4.id,
    status: "REQUESTED",
    requestedMinutesAgo: 20,
    concern: "Check engine light came on this morning and the car feels sluggish accelerating onto the highway.",
    mediaUrls: media(2, "dashboard.jpg"),
  },
  benTruck: {
    id: demoId(Family.session, 3),
    customerId: CUSTOMERS.ben.id,
    vehicleId: VEHICLES.benF150.id,
    mechanicId: MECHANICS.jordan.id,
    status: "IN_PROGRESS",
    requestedMinutesAgo: 45,
    concern: "Truck shudders between 40 and 50 mph under light throttle, smooth otherwise.",
    mediaUrls: media(3, "shudder.mp4"),
    chat: [
      { from: "mechanic", text: "Hey Ben, Jordan here. Does the shudder go away if you press the gas a bit harder?" },
      { from: "customer", text: "Yes, it smooths out as soon as I accelerate more." },
      {
        from: "mechanic",
        text: "Sounds like torque converter shudder. This would be easier by phone, call me at 720-555-0147.",
      },
      { from: "customer", text: "Let's keep it here in the chat. When was the transmission fluid last changed, do you think?" },
    ],
  },
  benCancelled: {
    id: demoId(Family.session, 4),
    customerId: CUSTOMERS.ben.id,
    vehicleId: VEHICLES.benF150.id,
    status: "CANCELLED",
    requestedMinutesAgo: 10 * 24 * 60,
    concern: "Fuel gauge reads empty right after filling up.",
    mediaUrls: media(4, "fuel-gauge.jpg"),
    cancelReason: "The gauge started working again after the next fill-up.",
  },
  carmenOutback: {
    id: demoId(Family.session, 5),
    customerId: CUSTOMERS.carmen.id,
    vehicleId: VEHICLES.carmenOutback.id,
    mechanicId: MECHANICS.sam.id,
    status: "ACCEPTED",
    requestedMinutesAgo: 18,
    concern: "Squeal from the engine bay on cold starts that fades after a minute.",
    mediaUrls: media(5, "cold-start.mp4"),
    chat: [
      { from: "mechanic", text: "Hi Carmen, Sam here. I'll start the session in a few minutes — could you have the hood open?" },
      { from: "customer", text: "Sure, I'll be in the driveway." },
    ],
  },
  carmenMazda: {
    id: demoId(Family.session, 6),
    customerId: CUSTOMERS.carmen.id,
    vehicleId: VEHICLES.carmenMazda3.id,
    mechanicId: MECHANICS.maya.id,
    status: "COMPLETED",
    requestedMinutesAgo: 5 * 24 * 60,
    concern: "Car sometimes won't start after sitting overnight; the dash lights flicker when I turn the key.",
    mediaUrls: media(6, "dash-flicker.mp4", "battery.jpg"),
    diagnosis: "Battery fails a load test (resting 12.1 V) and the negative terminal is corroded. Alternator output is normal at 14.2 V. Replace the battery and clean the terminals.",
    recommendedServices: ["electrical"],
    chat: [
      { from: "mechanic", text: "Hi Carmen, I'm Maya. Can you show me the battery terminals?" },
      { from: "customer", text: "There's white crust on one of them." },
      { from: "mechanic", text: "That's corrosion. With the engine running, what does the voltmeter read across the battery?" },
      { from: "customer", text: "14.2 with the engine on, 12.1 after it sat." },
      { from: "mechanic", text: "Charging is fine; the battery is tired. I've written up the diagnosis for you." },
    ],
  },
  priyaAlternator: {
    id: demoId(Family.session, 7),
    customerId: CUSTOMERS.priya.id,
    vehicleId: VEHICLES.priyaCamry.id,
    mechanicId: MECHANICS.maya.id,
    status: "COMPLETED",
    // After Alice's escalation, so Eastside had one open escalation when Priya's was matched.
    requestedMinutesAgo: 36 * 60,
    concern: "Battery light flickers while driving and the headlights dim at idle. There's a whine from the engine bay.",
    mediaUrls: media(7, "battery-light.mp4"),
    diagnosis: "Alternator output drops to 12.4 V at idle and the bearing whines: the alternator is failing. The serpentine belt is glazed. Replace both; the battery tests fine.",
    recommendedServices: ["electrical", "engine"],
    chat: [
      { from: "mechanic", text: "Hi Priya, I'm Maya. Can you rev the engine a little while you film the headlights?" },
      { from: "customer", text: "They get brighter when I rev and dim again at idle." },
      { from: "mechanic", text: "And the voltmeter across the battery, engine idling?" },
      { from: "customer", text: "12.4 at idle." },
      { from: "mechanic", text: "That's a failing alternator. I'll send it to a Denver workshop for a quote." },
    ],
  },
} satisfies Record<string, SessionSeed>;

export const DEMO_ACCOUNTS: ReadonlyArray<{ role: DemoRole; email: string; description: string; suspended: boolean }> = [
  ...Object.values(CUSTOMERS).map((c) => ({ role: "CUSTOMER" as const, email: c.email, description: c.description, suspended: false })),
  ...Object.values(MECHANICS).map((m) => ({ role: "MECHANIC" as const, email: m.email, description: m.description, suspended: m.violationCount > 0 })),
  ...Object.values(WORKSHOPS).map((w) => ({ role: "WORKSHOP_ADVISOR" as const, email: w.advisor.email, description: w.advisor.description, suspended: false })),
  { role: "PARTNER", email: PARTNER.email, description: PARTNER.description, suspended: false },
  ...VETTING_DEMO_ACCOUNTS,
];

const ROLE_HEADINGS: Record<DemoRole, string> = { CUSTOMER: "customers", MECHANIC: "mechanics", WORKSHOP_ADVISOR: "workshop advisors", PARTNER: "partner", ADMIN: "admin" };

/**
 * The start-up banner's list of every demo account (README, Demo accounts), for a person at the
 * terminal: a heading line with the password and the accounts' shared email domain, then one short
 * line per role naming each account by the part before the "@" (the suspended one marked), so no
 * line runs past a terminal's width and none is left out. With `admin` (config.admin), a last line
 * names it with its own password, which the heading's is not: the demo admin's well-known one, or
 * for one set by ADMIN_EMAIL/ADMIN_PASSWORD a pointer to the variable (a chosen secret is not printed).
 */
export function demoAccountsBanner(password: string, admin?: { email: string; password: string }): string[] {
  const domain = DEMO_ACCOUNTS[0]!.email.split("@")[1]!;
  const byRole = new Map<DemoRole, string[]>();
  for (const account of DEMO_ACCOUNTS) {
    const [local, own] = account.email.split("@") as [string, string];
    const name = `${own === domain ? local : account.email}${account.suspended ? " (suspended by a contact-sharing flag)" : ""}`;
    byRole.set(account.role, [...(byRole.get(account.role) ?? []), name]);
  }
  const adminLine = admin && `  ${ROLE_HEADINGS.ADMIN}: ${admin.email} (password ${admin.password === DEMO_ADMIN.password ? `"${admin.password}"` : "from ADMIN_PASSWORD"})`;
  return [`Demo accounts (password "${password}", each @${domain}):`, ...[...byRole].map(([role, names]) => `  ${ROLE_HEADINGS[role]}: ${names.join(", ")}`), ...(adminLine ? [adminLine] : [])];
}

/** Status timestamps a few minutes apart, so each session reads like the service really ran. */
function timeline(status: SessionStatus, requestedAt: Date) {
  const reached = (...statuses: SessionStatus[]) => statuses.includes(status);
  return {
    requestedAt,
    acceptedAt: reached("ACCEPTED", "IN_PROGRESS", "COMPLETED") ? addMinutes(requestedAt, 8) : null,
    startedAt: reached("IN_PROGRESS", "COMPLETED") ? addMinutes(requestedAt, 15) : null,
    completedAt: reached("COMPLETED") ? addMinutes(requestedAt, 55) : null,
    cancelledAt: reached("CANCELLED") ? addMinutes(requestedAt, 30) : null,
  };
}

const CHAT_GAP_MINUTES = 3;

async function seedSessions(tx: Tx, now: Date): Promise<void> {
  const sessions: SessionSeed[] = Object.values(SESSIONS);
  const messages: Prisma.ChatMessageCreateManyInput[] = [];
  const violations: Prisma.ContactViolationCreateManyInput[] = [];

  await restoreDemoSessions(
    tx,
    sessions.map((s) => ({
      id: s.id,
      customerId: s.customerId,
      mechanicId: s.mechanicId ?? null,
      vehicleId: s.vehicleId,
      status: s.status,
      concern: s.concern,
      mediaUrls: s.mediaUrls,
      priceCents: DIAGNOSTIC_PRICE_CENTS,
      diagnosis: s.diagnosis ?? null,
      recommendedServices: s.recommendedServices ?? [],
      cancelReason: s.cancelReason ?? null,
      ...timeline(s.status, addMinutes(now, -s.requestedMinutesAgo)),
    })),
  );

  sessions.forEach((s, sessionIndex) => {
    const times = timeline(s.status, addMinutes(now, -s.requestedMinutesAgo));
    const chatStart = times.startedAt ?? times.acceptedAt;
    (s.chat ?? []).forEach((line, i) => {
      if (!chatStart) throw new Error(`demo session ${s.id} has chat but was never accepted`);
      const id = demoId(Family.message, (sessionIndex + 1) * 100 + i + 1);
      const senderId = line.from === "customer" ? s.customerId : s.mechanicId;
      const createdAt = addMinutes(chatStart, 1 + i * CHAT_GAP_MINUTES);
      const delivered = deliveredChatLine(line.text);
      messages.push({ id, sessionId: s.id, senderId, kind: "USER", body: line.text, ...delivered, createdAt });
      if (delivered.flaggedKinds.length > 0 && senderId) {
        violations.push({ id: demoId(Family.violation, violations.length + 1), messageId: id, offenderId: senderId, kinds: delivered.flaggedKinds, status: "OPEN", createdAt });
      }
    });
  });

  await insertDemoMessages(tx, messages);
  await restoreDemoViolations(tx, violations);
  await seedPenalties(tx, violations);
}

/**
 * Pay before service: a request reaches mechanics only once its diagnostic is paid, so every demo
 * session that is open or that a mechanic has claimed (accepted, in progress, completed,
 * escalated) has a SUCCEEDED payment, made a minute after its request, and the split the server
 * books when Stripe confirms one, from the same postings and bookkeeping: the mechanic's 90% held
 * in DIAGNOSTIC_CLEARING and, for a completed session, earned by its mechanic as completion books
 * it (`diagnostic-earned:<payment>`). Made and audited by the payment machine's own moves (`pay`
 * by the customer, then Stripe's `succeed`), dated when it was paid. Payment N pays session N. The
 * PaymentIntent id is a demo placeholder: refunding a demo payment needs a Stripe fake or test
 * account that knows it. The cancelled request was called off before it was paid.
 */
async function seedDiagnosticPayments(tx: Tx, now: Date, audit: AuditService): Promise<void> {
  const sessions = Object.values(SESSIONS) as SessionSeed[];
  for (const [i, s] of sessions.entries()) {
    if (s.status !== "REQUESTED" && !s.mechanicId) continue;
    const id = demoId(Family.payment, i + 1);
    if (s.id !== demoId(Family.session, i + 1)) throw new Error(`demo session ${s.id} is not session ${i + 1}`);
    const paidAt = addMinutes(now, -s.requestedMinutesAgo + 1);
    await restoreDemoPayment(tx, new PaymentMachine(audit.asOf(paidAt), SETTLES_ONLY), {
      id,
      kind: "DIAGNOSTIC",
      customerId: s.customerId,
      sessionId: s.id,
      quoteId: null,
      amountCents: DIAGNOSTIC_PRICE_CENTS,
      manualCapture: false,
      stripePaymentIntentId: `pi_demo_${id.slice(-8)}`,
      transferGroup: `payment_${id}`,
      idempotencyKey: `${s.customerId}:demo-diagnostic-${s.id}`,
      createdAt: paidAt,
    });
    const split = diagnosticPostings({
      amountCents: DIAGNOSTIC_PRICE_CENTS,
      platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints,
      mechanic: { account: "DIAGNOSTIC_CLEARING", userId: null, description: "diagnostic fee held until the mechanic who completes the session earns it" },
    });
    await bookTransaction(
      tx,
      splitKey(id),
      split.map((line) => ({ ...line, paymentId: id })),
    );
    if (s.status === "COMPLETED") {
      if (!s.mechanicId) throw new Error(`completed demo session ${s.id} has no mechanic`);
      const held = split.find((line) => line.account === "DIAGNOSTIC_CLEARING")!.amountCents;
      const earned = diagnosticEarnedPostings({ amountCents: held, mechanic: { account: "MECHANIC_PAYABLE", userId: s.mechanicId, description: "diagnostic fee to the mechanic" } });
      await bookTransaction(
        tx,
        diagnosticEarnedKey(id),
        earned.map((line) => ({ ...line, paymentId: id })),
      );
    }
  }
}

/** A flagged message costs its mechanic the ladder's next rung, as it would live: the demo's flag leaves Jordan suspended. */
async function seedPenalties(tx: Tx, violations: Prisma.ContactViolationCreateManyInput[]): Promise<void> {
  const standing = new Map<string, number>();
  for (const [i, violation] of violations.entries()) {
    const count = (standing.get(violation.offenderId) ?? 0) + 1;
    standing.set(violation.offenderId, count);
    const startsAt = new Date(violation.createdAt!);
    const rung = penaltyFor(count);
    const { status, endsAt } = penaltyOutcome(rung, startsAt);
    await insertDemoPenalties(tx, [{ id: demoId(Family.penalty, i + 1), userId: violation.offenderId, violationId: violation.id!, kind: rung.kind, startsAt, endsAt }]);
    await restoreDemoStanding(tx, violation.offenderId, { status, suspendedUntil: endsAt, statusReason: rung.reason });
  }
}

// ───────────────────────────── escalations and quotes ─────────────────────────────

const QUOTE_VALID_DAYS = 14;

/** A quote line as the advisor typed it (see pricing.ts `LineItem`), with the workshop's part number. */
type LineSeed = LineItem & { partNumber?: string };

/**
 * A demo escalation: a completed session its mechanic escalated five minutes after completing it,
 * matched to `workshop` (whose advisor accepted it in its average response time) and quoted there.
 * Escalation, offer and quote share their number `n`.
 */
export interface EscalationSeed {
  n: number;
  session: SessionSeed & { mechanicId: string };
  customer: CustomerSeed;
  workshop: WorkshopSeed;
  notes: string;
  /** The mechanic's estimate, in cents. */
  estimateCents: number;
  lines: LineSeed[];
  quoteNotes: string;
  quotedMinutesAgo: number;
  /** When the customer approved and paid the quote and booked a drop-off (booked-repair.ts); absent: the quote waits, PENDING. */
  approvedMinutesAgo?: number;
}

/** The demo's escalations in the order they were made: Alice's waits on its quote, Priya's is paid and its drop-off booked. */
export const DEMO_ESCALATIONS = {
  /** Eastside's quote for Alice's Civic: $1,200.00 in all, the design notes' worked example, PENDING. */
  aliceBrakes: {
    n: 1,
    session: SESSIONS.aliceBrakes,
    customer: CUSTOMERS.alice,
    workshop: WORKSHOPS.eastside,
    notes: "Pads metal-on-metal, rotors scored, both front LCA bushings torn. Customer prefers Eastside.",
    estimateCents: 110_000,
    lines: [
      { kind: "PART", description: "Front ceramic brake pad set", partNumber: "EAC-BP-1089", quantity: 1, unitPriceCents: 8_900 },
      { kind: "PART", description: "Front brake rotor", partNumber: "EAC-RT-3146", quantity: 2, unitPriceCents: 12_450 },
      { kind: "PART", description: "Front lower control arm with bushings", partNumber: "EAC-CA-2046", quantity: 2, unitPriceCents: 17_350 },
      { kind: "LABOR", description: "Replace front pads and rotors", quantity: 90, unitPriceCents: 14_000 },
      { kind: "LABOR", description: "Replace both front lower control arms and align", quantity: 120, unitPriceCents: 14_000 },
      { kind: "FEE", description: "Shop supplies and hazardous waste disposal", quantity: 1, unitPriceCents: 2_500 },
    ],
    quoteNotes: "OEM-equivalent parts, 12 months / 12,000 miles warranty on parts and labor. About 4 hours in the shop.",
    quotedMinutesAgo: 30,
  },
  /** Mile High's $600.00 quote for Priya's alternator: approved, paid and its drop-off booked. */
  priyaAlternator: {
    n: 2,
    session: SESSIONS.priyaAlternator,
    customer: CUSTOMERS.priya,
    workshop: WORKSHOPS.mileHigh,
    notes: "Alternator output 12.4 V at idle with a bearing whine; serpentine belt glazed. Battery tests fine.",
    estimateCents: 65_000,
    lines: [
      { kind: "PART", description: "Remanufactured alternator", partNumber: "MHM-AL-5521", quantity: 1, unitPriceCents: 33_600 },
      { kind: "PART", description: "Serpentine belt, 6-rib", partNumber: "MHM-SB-0611", quantity: 1, unitPriceCents: 4_400 },
      { kind: "LABOR", description: "Replace alternator and serpentine belt", quantity: 90, unitPriceCents: 13_000 },
      { kind: "FEE", description: "Charging system test", quantity: 1, unitPriceCents: 2_500 },
    ],
    quoteNotes: "Remanufactured alternator with a 24-month warranty. About 2 hours in the shop.",
    quotedMinutesAgo: 24 * 60,
    approvedMinutesAgo: 20 * 60,
  },
} satisfies Record<string, EscalationSeed>;

/** When `e` was made: five minutes after its session was completed. */
function escalatedAt(e: EscalationSeed, now: Date): Date {
  const completedAt = timeline(e.session.status, addMinutes(now, -e.session.requestedMinutesAgo)).completedAt;
  if (!completedAt) throw new Error(`the escalated demo session ${e.session.id} must be completed`);
  return addMinutes(completedAt, 5);
}

/**
 * The match escalating `e`'s session runs, as the escalation service builds it: every demo
 * workshop as a candidate (schema defaults: accepts escalations, at most 10 open) with the demo
 * escalations it held then (escalated before `e` and not yet approved), the customer's city and
 * preferred workshop, nothing tried yet, one quote requested. The same at any `now`: the demo's
 * times are all relative to it.
 */
export function demoMatch(e: EscalationSeed, now: Date = new Date()): { input: MatchInput; result: ReturnType<typeof matchWorkshop> & { workshopId: string } } {
  const at = escalatedAt(e, now);
  const openThen = (Object.values(DEMO_ESCALATIONS) as EscalationSeed[]).filter(
    (other) => escalatedAt(other, now) < at && (other.approvedMinutesAgo === undefined || addMinutes(now, -other.approvedMinutesAgo) > at),
  );
  const candidates = (Object.values(WORKSHOPS) as WorkshopSeed[]).map((w) => ({
    id: w.id,
    name: w.name,
    city: w.city,
    serviceArea: w.serviceArea,
    servicesOffered: w.servicesOffered,
    acceptsEscalations: true,
    openEscalations: openThen.filter((other) => other.workshop.id === w.id).length,
    maxOpenEscalations: 10,
    // No demo repair is completed, so no demo workshop has reviews: rated 0 (ratingCount 0).
    ratingHundredths: 0,
    ratingCount: 0,
    avgResponseMinutes: w.avgResponseMinutes,
  }));
  const input: MatchInput = {
    customerCity: e.customer.city,
    recommendedServices: e.session.recommendedServices ?? [],
    preferredWorkshopId: e.customer.preferredWorkshopId ?? null,
    excludeWorkshopIds: [],
    candidates,
  };
  const result = matchWorkshop(input);
  if (result.workshopId === null) throw new Error(`the demo escalation ${e.n} matches no workshop: ${result.reason}`);
  return { input, result };
}

/** Escalates `e`'s session to its workshop, which accepts and quotes it (PENDING, announced in the session's chat). */
async function seedEscalation(tx: Tx, now: Date, audit: AuditService, pubSub: AppPubSub, e: EscalationSeed): Promise<void> {
  const { session, workshop } = e;
  const advisorId = workshop.advisor.id;
  const escalationId = demoId(Family.escalation, e.n);
  const quoteId = demoId(Family.quote, e.n);
  const at = escalatedAt(e, now);
  const acceptedAt = addMinutes(at, workshop.avgResponseMinutes);
  const quotedAt = addMinutes(now, -e.quotedMinutesAgo);
  const validUntil = addDays(quotedAt, QUOTE_VALID_DAYS);
  const match = demoMatch(e, now);
  if (match.result.workshopId !== workshop.id) throw new Error(`the matcher no longer picks ${workshop.name} for demo escalation ${e.n}`);

  await restoreDemoEscalation(
    tx,
    {
      id: escalationId,
      sessionId: session.id,
      mechanicId: session.mechanicId,
      workshopId: workshop.id,
      status: "QUOTED",
      notes: e.notes,
      quotesRequested: 1,
      estimatedAmountCents: e.estimateCents,
      createdAt: at,
    },
    [
      {
        id: demoId(Family.offer, e.n),
        escalationId,
        workshopId: workshop.id,
        status: "ACCEPTED",
        autoAccepted: false,
        matchInputs: matchRecord(match.input, e.estimateCents, match.result),
        matchReason: match.result.reason,
        offeredAt: at,
        expiresAt: addMinutes(at, 240),
        respondedAt: acceptedAt,
      },
    ],
  );

  const priced = priceLineItems(e.lines);
  const lines = priced.lines.map((line, position) => ({ ...line, partNumber: e.lines[position]!.partNumber ?? null }));
  const { subtotalCents, totalCents } = priced;
  const split = splitRepair({ totalCents, platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints, mechanicFeeBasisPoints: SEED_FEE_POLICY.referralFeeBasisPoints });

  // Created by the quote machine as the advisor would create it: its lines, history and audit rows.
  const advisor = { id: advisorId, role: "WORKSHOP_ADVISOR" as const, workshopId: workshop.id };
  await restoreDemoQuote(tx, new QuoteMachine(audit.asOf(quotedAt), pubSub, quoteActorScope), advisor, {
    id: quoteId,
    escalationId,
    workshopId: workshop.id,
    createdById: advisorId,
    version: 1,
    status: "PENDING",
    notes: e.quoteNotes,
    subtotalCents,
    totalCents,
    // The seeds' fee policy: 10% platform fee, out of which the platform pays the 5% referral.
    platformFeeCents: split.platformFeeCents,
    mechanicFeeCents: split.mechanicFeeCents,
    validUntil,
    createdAt: quotedAt,
    lines,
  });
  const announcement = quoteNotice({ version: 1, totalCents, validUntil }, workshop.name);
  await insertDemoMessages(tx, [
    {
      id: demoId(Family.message, 9_000 + e.n),
      sessionId: session.id,
      senderId: null,
      kind: "SYSTEM",
      body: announcement,
      deliveredBody: announcement,
      flaggedKinds: [],
      createdAt: quotedAt,
    },
  ]);
  if (e.approvedMinutesAgo === undefined) return;
  await seedBookedRepair(tx, audit, pubSub, {
    escalationId,
    quoteId,
    customerId: e.customer.id,
    mechanicId: session.mechanicId,
    workshopId: workshop.id,
    totalCents,
    platformFeeCents: split.platformFeeCents,
    mechanicFeeCents: split.mechanicFeeCents,
    approvedAt: addMinutes(now, -e.approvedMinutesAgo),
    now,
  });
}

// ───────────────────────────── entry point ─────────────────────────────

const firstDemoEmail = CUSTOMERS.alice.email;

/**
 * The demo customers' reviews of their completed, paid sessions: the only demo ratings there are
 * (Sam 5 from Alice, Maya 4 from Carmen; Jordan and every workshop have no reviews yet).
 */
export const DEMO_MECHANIC_REVIEWS: readonly DemoMechanicReview[] = [
  { customerId: CUSTOMERS.alice.id, sessionId: SESSIONS.aliceBrakes.id, rating: 5, comment: "Sam found both problems from one video and explained every step." },
  { customerId: CUSTOMERS.carmen.id, sessionId: SESSIONS.carmenMazda.id, rating: 4, comment: "Clear diagnosis, and cheaper than guessing at parts." },
];

/** The admins' open solicitation report: Ben reports the live session where Jordan asked him to call. */
export const DEMO_SESSION_REPORTS: readonly DemoSessionReport[] = [
  { customerId: CUSTOMERS.ben.id, sessionId: SESSIONS.benTruck.id, detail: "The mechanic asked me to phone him instead of using the chat." },
];

/** Creates the demo world in one transaction; returns false (and writes nothing) when it already exists. */
export async function seedDemoWorld(database: Pick<Database, "prisma" | "sql">, now: Date = new Date()): Promise<boolean> {
  const { prisma } = database;
  const exists = (client: Tx | PrismaClient) => accountExists(client, firstDemoEmail);
  if (await exists(prisma)) return false;

  // One hash for every demo user: scrypt is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The machines the demo's moves go through; nothing is published (no one is subscribed yet).
  const audit = new AuditService(new AuditStore(prisma));
  const pubSub = memoryPubSub();
  return prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction; a seed racing this one fails on the unique email and rolls back.
      if (await exists(tx)) return false;
      await seedPeople(tx, passwordHash, now);
      await seedPartnerships(tx, now);
      await seedSessions(tx, now);
      await seedDiagnosticPayments(tx, now, audit);
      for (const escalation of Object.values(DEMO_ESCALATIONS)) await seedEscalation(tx, now, audit, pubSub, escalation);
      await seedWorkshopConversation(tx, now, { sessionId: SESSIONS.aliceBrakes.id, workshopId: WORKSHOPS.eastside.id, advisorId: WORKSHOPS.eastside.advisor.id, customerId: CUSTOMERS.alice.id });
      await seedReviews(tx, database, audit, DEMO_MECHANIC_REVIEWS);
      await seedReports(tx, database, DEMO_SESSION_REPORTS);
      await seedVetting(
        tx,
        passwordHash,
        now,
        Object.values(MECHANICS).map((m) => m.id),
      );
      return true;
    },
    { timeout: 30_000 },
  );
}
