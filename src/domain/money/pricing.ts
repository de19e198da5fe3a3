/**
 * Quote pricing: line totals, the quote total, and basis-point shares of an amount (the fee
 * policy and payment splits built on them are in fee-policy.ts, beside this file).
 *
 * Money is always integer cents and percentages are integer basis points
 * (10_000 bp = 100%). Products are computed with BigInt so that no
 * intermediate value can lose precision, whatever the inputs.
 *
 * The seeds (/work/shared/seeds):
 * - 003 "Repair quote on platform: $1,200", "Platform fee (10%): $120.00", "Mechanic referral
 *   fee: $60 (5% of $1,200)": a quote is a total in cents and its fees are basis-point shares of it.
 * - 000 "Add labor hours × partner rate", "labor_rate_per_hour": labor is priced by time at an
 *   hourly rate; here in minutes, rounded to the cent per line.
 */

export type LineItemKind = "PART" | "LABOR" | "FEE";

/**
 * One quote line. For LABOR, `quantity` is minutes of work and
 * `unitPriceCents` is the hourly rate; for PART and FEE, `quantity` is a count
 * and `unitPriceCents` the price of one unit.
 */
export interface LineItem {
  kind: LineItemKind;
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export type PricedLineItem = LineItem & { totalCents: number };

export interface PricedQuote {
  lines: PricedLineItem[];
  subtotalCents: number;
  /** No tax is applied, so this equals `subtotalCents`. */
  totalCents: number;
}

export const MAX_LINE_ITEMS = 100;
export const MAX_DESCRIPTION_LENGTH = 200;
/** $1,000,000: far above any real repair, well inside a 32-bit database integer. */
export const MAX_QUOTE_TOTAL_CENTS = 100_000_000;
export const BASIS_POINTS_PER_WHOLE = 10_000;
/** Stripe's smallest charge in USD: a quote below it could never be paid. */
export const MIN_QUOTE_TOTAL_CENTS = 50;

const LINE_ITEM_KINDS: ReadonlySet<string> = new Set<LineItemKind>(["PART", "LABOR", "FEE"]);
const MINUTES_PER_HOUR = 60n;
const CAP = BigInt(MAX_QUOTE_TOTAL_CENTS);

/**
 * Invalid pricing input. `path` names the offending input (`["items", 2, "quantity"]`, spelled
 * `items[2].quantity` as `field`) and `message` says what is wrong with it, without the path
 * ("must be a positive whole count"), so a caller names the path once in its own terms. The
 * message never repeats the submitted value, so oversized or hostile input is not echoed back to
 * clients or logs.
 */
export class PricingError extends Error {
  readonly path: readonly (string | number)[];
  readonly field: string;

  constructor(path: string | readonly (string | number)[], message: string) {
    super(message);
    this.name = "PricingError";
    this.path = typeof path === "string" ? [path] : path;
    this.field = this.path.map((step, i) => (typeof step === "number" ? `[${step}]` : i ? `.${step}` : step)).join("");
  }
}

/**
 * Refuses a quote total a card cannot be charged (below {@link MIN_QUOTE_TOTAL_CENTS}). Separate
 * from priceLineItems, which prices any lines (a free inspection line is fine); every quote a
 * customer will pay (workshop quotes, partnership quotes) checks its total with this.
 *
 * @throws {PricingError} on field `items`.
 */
export function assertChargeableTotal(totalCents: number): void {
  if (totalCents < MIN_QUOTE_TOTAL_CENTS) {
    throw new PricingError("items", `the quote total must be at least ${MIN_QUOTE_TOTAL_CENTS} cents, the smallest amount a card can be charged`);
  }
}

/** Integer division of non-negative BigInts, rounding exact halves up. */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator / 2n) / denominator;
}

function assertBasisPoints(field: string, basisPoints: number): void {
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new PricingError(field, `must be an integer between 0 and ${BASIS_POINTS_PER_WHOLE}`);
  }
}

function assertCents(field: string, cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new PricingError(field, "must be a non-negative whole number of cents");
  }
}

/**
 * The basis-point share of an amount, rounded half up to a whole cent.
 *
 * @example basisPointsOf(120_000, 1_000) === 12_000 // seed 003: "Platform fee (10%): $120.00" on $1,200
 * @example basisPointsOf(120_000, 500) === 6_000 // seed 003: "Mechanic referral fee: $60 (5% of $1,200)"
 * @throws {PricingError} when the amount is not a non-negative safe integer or
 *   the basis points are not an integer in 0..10000.
 */
export function basisPointsOf(amountCents: number, basisPoints: number): number {
  assertCents("amountCents", amountCents);
  assertBasisPoints("basisPoints", basisPoints);
  return proportionOf(amountCents, basisPoints, BASIS_POINTS_PER_WHOLE);
}

/**
 * `amountCents × part / whole`, rounded half up to a whole cent, exact in integers (BigInt): the
 * rounding of basisPointsOf (whose `whole` is 10_000 bp) for any fraction, such as a payment's own
 * fee over its amount (splitOfNet). 0 when `whole` is 0 (a share of nothing).
 *
 * @example proportionOf(54, 6, 55) === 6 // 5.89 rounds up
 * @param part,whole non-negative safe integers, `part` at most `whole`, so the result is at most `amountCents`
 */
export function proportionOf(amountCents: number, part: number, whole: number): number {
  if (whole <= 0) return 0;
  // At most 100% of a safe integer, so the conversion back is exact.
  return Number(divideRoundHalfUp(BigInt(amountCents) * BigInt(part), BigInt(whole)));
}

function lineTotalCents(kind: LineItemKind, quantity: number, unitPriceCents: number): bigint {
  const product = BigInt(quantity) * BigInt(unitPriceCents);
  return kind === "LABOR" ? divideRoundHalfUp(product, MINUTES_PER_HOUR) : product;
}

function validateLineItem(item: LineItem, index: number): void {
  const at = (field?: string) => (field ? ["items", index, field] : ["items", index]);
  if (typeof item !== "object" || item === null) {
    throw new PricingError(at(), "must be a line item");
  }
  if (!LINE_ITEM_KINDS.has(item.kind)) {
    throw new PricingError(at("kind"), "must be PART, LABOR or FEE");
  }
  if (typeof item.description !== "string" || item.description.trim() === "") {
    throw new PricingError(at("description"), "must not be empty");
  }
  if (item.description.length > MAX_DESCRIPTION_LENGTH) {
    throw new PricingError(at("description"), `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  }
  if (!Number.isSafeInteger(item.quantity) || item.quantity <= 0) {
    const unit = item.kind === "LABOR" ? "number of minutes" : "count";
    throw new PricingError(at("quantity"), `must be a positive whole ${unit}`);
  }
  if (!Number.isSafeInteger(item.unitPriceCents) || item.unitPriceCents < 0) {
    throw new PricingError(at("unitPriceCents"), "must be a non-negative whole number of cents");
  }
}

/**
 * Prices quote line items: labor lines cost `round(minutes × hourly rate / 60)`
 * (half up, exact integer arithmetic; seed 000 "Add labor hours × partner rate"), other lines
 * `quantity × unit price`. Each line is rounded on its own, so the total is the sum of the
 * line totals the customer sees.
 * There is no tax, so the total equals the subtotal.
 *
 * Zero-priced lines are allowed (e.g. a free inspection); negative prices
 * (discounts) are not.
 *
 * @throws {PricingError} when there are no items or more than
 *   {@link MAX_LINE_ITEMS}, an item is invalid, or a line or the whole quote
 *   exceeds {@link MAX_QUOTE_TOTAL_CENTS}.
 */
export function priceLineItems(items: readonly LineItem[]): PricedQuote {
  if (!Array.isArray(items) || items.length === 0) {
    throw new PricingError("items", "a quote needs at least one line item");
  }
  if (items.length > MAX_LINE_ITEMS) {
    throw new PricingError("items", `a quote may have at most ${MAX_LINE_ITEMS} line items`);
  }

  const lines: PricedLineItem[] = [];
  let subtotal = 0n;
  items.forEach((item, index) => {
    validateLineItem(item, index);
    const total = lineTotalCents(item.kind, item.quantity, item.unitPriceCents);
    if (total > CAP) {
      throw new PricingError(["items", index], "costs more than the quote limit");
    }
    subtotal += total;
    // Copy only the known fields so stray properties never reach storage.
    lines.push({
      kind: item.kind,
      description: item.description,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
      totalCents: Number(total),
    });
  });

  if (subtotal > CAP) {
    throw new PricingError("items", "the quote total exceeds the quote limit");
  }
  const subtotalCents = Number(subtotal);
  return { lines, subtotalCents, totalCents: subtotalCents };
}

/**
 * The price-list rule: an entry never sells below what the partner is paid for it, so no line of
 * a partnered quote, priced at the entry's selling price (priceListLines), hands the partner more
 * than the customer pays for it and leaves the platform and the mechanic to make up the loss. One
 * rule for both kinds of entry (seed 000, "Pricing Integration"):
 * - a part: its `retailPriceCents` (what the customer pays) against its `wholesalePriceCents`
 *   (the partner's price): `partnership_parts_catalog` "wholesale_price DECIMAL(10,2),
 *   retail_price DECIMAL(10,2)";
 * - a labor rate: its `mechanicRateCents` (per hour, what the customer is charged: the rate the
 *   mechanic quotes) against its `ratePerHourCents` (per hour, the partner's labor rate):
 *   `partnership_labor_rates` "labor_rate_per_hour DECIMAL(10,2)", "mechanic_rate
 *   DECIMAL(10,2), -- What mechanic quotes".
 * Selling at cost is allowed, and so is giving away what costs nothing (0 against 0).
 *
 * @param sellingCents what the customer is charged, in cents (per unit, or per hour)
 * @param costCents what the partner is paid for the same, in cents
 * @returns whether the entry sells below its cost (and is to be refused)
 */
export function sellsBelowCost(sellingCents: number, costCents: number): boolean {
  return sellingCents < costCents;
}

/** A part of a partner's current price list, as a quote line takes it. */
export interface PriceListPart {
  id: string;
  name: string;
  partNumber: string;
  retailPriceCents: number;
  leadTimeDays: number;
}

/** A labor rate of a partner's current price list: `mechanicRateCents` per hour of work. */
export interface PriceListLaborRate {
  id: string;
  serviceCategory: string;
  mechanicRateCents: number;
}

/** Where a price-list line came from, stored beside it (a part's number and lead time; a rate's id). */
export interface PriceListLineSource {
  partNumber: string | null;
  catalogPartId: string | null;
  laborRateId: string | null;
  leadTimeDays: number | null;
}

/** A line names an entry that is not in the partner's current price list; `path` is e.g. `["parts", 2, "catalogPartId"]`. */
export class PriceListError extends PricingError {
  constructor(path: readonly (string | number)[], message: string) {
    super(path, message);
    this.name = "PriceListError";
  }
}

/**
 * A partnered mechanic's quote lines from the partner's price list (seed 000: "Select parts from
 * partner catalog", "Add labor hours × partner rate"): each part at its retail price with its lead
 * time, then each labor line at the rate's price per hour for its minutes. Price the result with
 * priceLineItems, as every quote is.
 *
 * @param request parts by catalog id and count, labor by rate id and minutes, in the order given
 * @throws PriceListError for a line whose entry is not in `catalog` / `rates` (the current list)
 */
export function priceListLines(
  request: { parts: readonly { catalogPartId: string; quantity: number }[]; labor: readonly { laborRateId: string; minutes: number }[] },
  catalog: readonly PriceListPart[],
  rates: readonly PriceListLaborRate[],
): { items: LineItem[]; sources: PriceListLineSource[] } {
  const items: LineItem[] = [];
  const sources: PriceListLineSource[] = [];
  request.parts.forEach((line, i) => {
    const part = catalog.find((c) => c.id === line.catalogPartId);
    if (!part) throw new PriceListError(["parts", i, "catalogPartId"], "not in this partnership's current price list");
    items.push({ kind: "PART", description: part.name, quantity: line.quantity, unitPriceCents: part.retailPriceCents });
    sources.push({ partNumber: part.partNumber, catalogPartId: part.id, laborRateId: null, leadTimeDays: part.leadTimeDays });
  });
  request.labor.forEach((line, i) => {
    const rate = rates.find((r) => r.id === line.laborRateId);
    if (!rate) throw new PriceListError(["labor", i, "laborRateId"], "not in this partnership's current labor rates");
    items.push({ kind: "LABOR", description: `Labor: ${rate.serviceCategory}`, quantity: line.minutes, unitPriceCents: rate.mechanicRateCents });
    sources.push({ partNumber: null, catalogPartId: null, laborRateId: rate.id, leadTimeDays: null });
  });
  return { items, sources };
}
