import { describe, expect, it } from "vitest";
// Specification of quote pricing (pricing.ts): line totals, basis-point fees and their rounding.
import { randomInt, seededRandom } from "../seeded-random.ts";
import {
  MAX_LINE_ITEMS,
  MAX_QUOTE_TOTAL_CENTS,
  MIN_QUOTE_TOTAL_CENTS,
  PricingError,
  assertChargeableTotal,
  basisPointsOf,
  priceLineItems,
  priceListLines,
  sellsBelowCost,
  type LineItem,
} from "./pricing.ts";

function part(overrides: Partial<LineItem> = {}): LineItem {
  return { kind: "PART", description: "Brake pads (front)", quantity: 1, unitPriceCents: 4_500, ...overrides };
}

function labor(minutes: number, hourlyRateCents: number): LineItem {
  return { kind: "LABOR", description: "Labor", quantity: minutes, unitPriceCents: hourlyRateCents };
}

function pricingError(run: () => unknown): PricingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PricingError);
    return error as PricingError;
  }
  throw new Error("expected a PricingError");
}

describe("the seeds' repair", () => {
  it("prices seed 003's $1,200 repair: a 10% platform fee of $120 and a 5% referral fee of $60", () => {
    const quote = priceLineItems([part({ description: "Brake job parts", unitPriceCents: 72_000 }), labor(240, 12_000)]);
    expect(quote.totalCents).toBe(120_000);
    expect(basisPointsOf(quote.totalCents, 1_000)).toBe(12_000);
    expect(basisPointsOf(quote.totalCents, 500)).toBe(6_000);
  });
});

describe("assertChargeableTotal", () => {
  it("accepts the smallest amount a card can be charged, and refuses one cent less on field items", () => {
    expect(() => assertChargeableTotal(MIN_QUOTE_TOTAL_CENTS)).not.toThrow();
    expect(pricingError(() => assertChargeableTotal(MIN_QUOTE_TOTAL_CENTS - 1)).field).toBe("items");
  });
});

describe("basisPointsOf", () => {
  it("takes a basis-point share of an amount", () => {
    expect(basisPointsOf(120_000, 1_000)).toBe(12_000);
    expect(basisPointsOf(120_000, 0)).toBe(0);
    expect(basisPointsOf(120_000, 10_000)).toBe(120_000);
  });

  it("rounds exact halves up and everything else to the nearest cent", () => {
    expect(basisPointsOf(5, 1_000)).toBe(1); // 0.5 -> 1
    expect(basisPointsOf(4, 1_000)).toBe(0); // 0.4 -> 0
    expect(basisPointsOf(333, 1_500)).toBe(50); // 49.95 -> 50
    expect(basisPointsOf(1, 4_999)).toBe(0); // 0.4999 -> 0
    expect(basisPointsOf(1, 5_000)).toBe(1); // 0.5 -> 1
  });

  it("stays exact for amounts whose product would overflow a float", () => {
    expect(basisPointsOf(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(basisPointsOf(Number.MAX_SAFE_INTEGER, 5_000)).toBe(4_503_599_627_370_496); // (2^53 - 1) / 2 rounded up
  });

  it.each([
    ["a negative amount", -1, 100, "amountCents"],
    ["a fractional amount", 10.5, 100, "amountCents"],
    ["an unsafe amount", Number.MAX_SAFE_INTEGER + 1, 100, "amountCents"],
    ["negative basis points", 100, -1, "basisPoints"],
    ["more than 100%", 100, 10_001, "basisPoints"],
    ["fractional basis points", 100, 0.5, "basisPoints"],
  ])("rejects %s", (_label, amount, bp, field) => {
    expect(pricingError(() => basisPointsOf(amount, bp)).field).toBe(field);
  });
});

describe("priceLineItems", () => {
  it("prices parts and fees as quantity times unit price", () => {
    const quote = priceLineItems([part({ quantity: 2, unitPriceCents: 4_500 }), { kind: "FEE", description: "Disposal fee", quantity: 1, unitPriceCents: 750 }]);
    expect(quote.lines.map((line) => line.totalCents)).toEqual([9_000, 750]);
    expect(quote.subtotalCents).toBe(9_750);
  });

  it("prices labor as minutes of work at an hourly rate", () => {
    expect(priceLineItems([labor(90, 10_000)]).totalCents).toBe(15_000); // 1.5 h at $100/h
    expect(priceLineItems([labor(1, 9_000)]).totalCents).toBe(150);
  });

  it("rounds labor to the nearest cent, exact halves up", () => {
    expect(priceLineItems([labor(1, 30)]).totalCents).toBe(1); // 0.5 -> 1
    expect(priceLineItems([labor(1, 29)]).totalCents).toBe(0); // 0.483 -> 0
    expect(priceLineItems([labor(7, 8_999)]).totalCents).toBe(1_050); // 1049.88 -> 1050
    expect(priceLineItems([labor(45, 13_333)]).totalCents).toBe(10_000); // 9999.75 -> 10000
    expect(priceLineItems([labor(3, 10)]).totalCents).toBe(1); // 0.5 -> 1
  });

  it("rounds each labor line on its own, so the total is the sum of the shown line totals", () => {
    const quote = priceLineItems([labor(1, 30), labor(1, 30)]);
    expect(quote.lines.map((line) => line.totalCents)).toEqual([1, 1]);
    expect(quote.totalCents).toBe(2);
  });

  it("reports a total equal to the subtotal because no tax is applied", () => {
    const quote = priceLineItems([part(), labor(60, 12_000)]);
    expect(quote).toMatchObject({ subtotalCents: 16_500, totalCents: 16_500 });
  });

  it("returns the item fields with each line total and drops unknown properties", () => {
    const stray = { ...part(), id: "client-supplied" } as LineItem;
    const [line] = priceLineItems([stray]).lines;
    expect(line).toEqual({
      kind: "PART",
      description: "Brake pads (front)",
      quantity: 1,
      unitPriceCents: 4_500,
      totalCents: 4_500,
    });
  });

  it("allows zero-priced lines, such as a free inspection", () => {
    expect(priceLineItems([part({ unitPriceCents: 0 })]).totalCents).toBe(0);
  });

  it("accepts exactly the quote limit and the maximum number of lines", () => {
    expect(priceLineItems([part({ unitPriceCents: MAX_QUOTE_TOTAL_CENTS })]).totalCents).toBe(MAX_QUOTE_TOTAL_CENTS);
    expect(priceLineItems(Array.from({ length: MAX_LINE_ITEMS }, () => part())).lines).toHaveLength(MAX_LINE_ITEMS);
  });

  describe("rejects", () => {
    it.each([
      ["a negative unit price", part({ unitPriceCents: -1 }), "items[0].unitPriceCents"],
      ["a fractional unit price", part({ unitPriceCents: 10.5 }), "items[0].unitPriceCents"],
      ["a non-finite unit price", part({ unitPriceCents: Number.POSITIVE_INFINITY }), "items[0].unitPriceCents"],
      ["an unsafe unit price", part({ unitPriceCents: 2 ** 60 }), "items[0].unitPriceCents"],
      ["a zero quantity", part({ quantity: 0 }), "items[0].quantity"],
      ["a negative quantity", part({ quantity: -2 }), "items[0].quantity"],
      ["a fractional quantity", part({ quantity: 1.5 }), "items[0].quantity"],
      ["fractional labor minutes", labor(30.5, 10_000), "items[0].quantity"],
      ["an empty description", part({ description: "" }), "items[0].description"],
      ["a blank description", part({ description: "   " }), "items[0].description"],
      ["a description over 200 characters", part({ description: "x".repeat(201) }), "items[0].description"],
      ["an unknown kind", part({ kind: "DISCOUNT" as LineItem["kind"] }), "items[0].kind"],
    ])("%s", (_label, item, field) => {
      expect(pricingError(() => priceLineItems([item])).field).toBe(field);
    });

    it("names the position of the offending line", () => {
      expect(pricingError(() => priceLineItems([part(), part(), part({ quantity: 0 })])).field).toBe("items[2].quantity");
    });

    it("a description of exactly 200 characters is fine, 201 is not", () => {
      expect(() => priceLineItems([part({ description: "x".repeat(200) })])).not.toThrow();
      expect(() => priceLineItems([part({ description: "x".repeat(201) })])).toThrow(PricingError);
    });

    it("an empty quote", () => {
      expect(pricingError(() => priceLineItems([])).field).toBe("items");
    });

    it("more than 100 lines", () => {
      const items = Array.from({ length: MAX_LINE_ITEMS + 1 }, () => part());
      expect(pricingError(() => priceLineItems(items)).field).toBe("items");
    });

    it("a single line over the quote limit", () => {
      const error = pricingError(() => priceLineItems([part(), part({ quantity: 2, unitPriceCents: 60_000_000 })]));
      expect(error.field).toBe("items[1]");
    });

    it("labor whose minutes times rate would overflow a safe integer", () => {
      const item = labor(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      expect(pricingError(() => priceLineItems([item])).field).toBe("items[0]");
    });

    it("a total over the quote limit even when every line is within it", () => {
      const items = [part({ unitPriceCents: MAX_QUOTE_TOTAL_CENTS }), part({ unitPriceCents: 1 })];
      expect(pricingError(() => priceLineItems(items)).field).toBe("items");
    });
  });

  it("never echoes the submitted value in the error message", () => {
    const huge = "y".repeat(10_000);
    const error = pricingError(() => priceLineItems([part({ description: huge })]));
    expect(error.message).not.toContain("yyyy");
    expect(error.message.length).toBeLessThan(120);

    const priceError = pricingError(() => priceLineItems([part({ unitPriceCents: 123_456.789 })]));
    expect(priceError.message).not.toContain("123456");
  });
});

describe("basisPointsOf rounding", () => {
  it("rounds each fee to to the nearest cent of its exact share, halves up (seeded random amounts)", () => {
    const random = seededRandom(7);
    for (let run = 0; run < 5_000; run += 1) {
      const amountCents = randomInt(random, MAX_QUOTE_TOTAL_CENTS);
      const bp = randomInt(random, 10_000);
      // Compare in ten-thousandths of a cent to stay in exact integer arithmetic;
      // an exact half cent rounds up, so +5000 is allowed and -5000 is not.
      const exact = amountCents * bp;
      const difference = basisPointsOf(amountCents, bp) * 10_000 - exact;
      expect(difference > -5_000 && difference <= 5_000, `${amountCents} @ ${bp}bp`).toBe(true);
    }
  });
});

describe("price-list lines (seed 000: parts from the partner catalog, labor hours x partner rate)", () => {
  const catalog = [{ id: "p1", name: "Brake pads", partNumber: "BP-1", retailPriceCents: 4_500, leadTimeDays: 2 }];
  const rates = [{ id: "r1", serviceCategory: "brakes", mechanicRateCents: 12_000 }];

  it("takes each part at its retail price and each labor line at the rate per hour, parts first", () => {
    const { items, sources } = priceListLines({ parts: [{ catalogPartId: "p1", quantity: 2 }], labor: [{ laborRateId: "r1", minutes: 90 }] }, catalog, rates);
    expect(items).toEqual([
      { kind: "PART", description: "Brake pads", quantity: 2, unitPriceCents: 4_500 },
      { kind: "LABOR", description: "Labor: brakes", quantity: 90, unitPriceCents: 12_000 },
    ]);
    expect(sources).toEqual([
      { partNumber: "BP-1", catalogPartId: "p1", laborRateId: null, leadTimeDays: 2 },
      { partNumber: null, catalogPartId: null, laborRateId: "r1", leadTimeDays: null },
    ]);
    expect(priceLineItems(items).totalCents).toBe(9_000 + 18_000);
  });

  it("refuses an entry that is not in the current list, naming the line", () => {
    expect(() => priceListLines({ parts: [{ catalogPartId: "gone", quantity: 1 }], labor: [] }, catalog, rates)).toThrow(
      expect.objectContaining({ name: "PriceListError", field: "parts[0].catalogPartId" }),
    );
    expect(() =>
      priceListLines(
        {
          parts: [],
          labor: [
            { laborRateId: "r1", minutes: 30 },
            { laborRateId: "old", minutes: 30 },
          ],
        },
        catalog,
        rates,
      ),
    ).toThrow(expect.objectContaining({ field: "labor[1].laborRateId" }));
  });
});

describe("the price-list rule (seed 000: wholesale_price / retail_price, labor_rate_per_hour / mechanic_rate)", () => {
  it("refuses an entry selling below what the partner is paid, whichever kind it is", () => {
    // The demo world's brake pads (wholesale 4,200, retail 7,900) and brakes labor (12,000 / 13,500 an hour).
    expect(sellsBelowCost(7_900, 4_200)).toBe(false);
    expect(sellsBelowCost(13_500, 12_000)).toBe(false);
    expect(sellsBelowCost(11_999, 12_000)).toBe(true);
    expect(sellsBelowCost(0, 12_000)).toBe(true);
  });

  it("allows selling at cost, and giving away what costs nothing", () => {
    expect(sellsBelowCost(12_000, 12_000)).toBe(false);
    expect(sellsBelowCost(0, 0)).toBe(false);
  });
});
