// A bound or whole-number rule a `@Check` declares without its own message reads plainly to a
// client ("quotesRequested: must be at most 3"), not in zod's default English ("Too big: expected
// number to be <=3"); the error stays BAD_USER_INPUT naming the field, and a message a `@Check`
// gives still wins.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { EscalateInput } from "../../src/modules/escalations/escalation.inputs.ts";
import { PayDiagnosticArgs } from "../../src/modules/payments/payment.inputs.ts";
import { QuoteInput } from "../../src/modules/quotes/quote.inputs.ts";
import { ReviewInput } from "../../src/modules/reviews/review.inputs.ts";
import { parseInput } from "../../src/modules/shared/validation.ts";
import { AppError } from "../../src/platform/errors.ts";

const SESSION_ID = "8f14e45f-ceea-467f-a0e6-1f5c8a3b9d2e";

/** What parseInput refuses `value` of `input` with: message and extensions. */
function refusal(input: Parameters<typeof parseInput>[0], value: unknown) {
  try {
    parseInput(input, value);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error("accepted");
}

describe("a bound without its own message", () => {
  it("on a number says the bound", () => {
    expect(refusal(EscalateInput, { quotesRequested: 4 })).toEqual({ message: "quotesRequested: must be at most 3", extensions: { code: "BAD_USER_INPUT", field: "quotesRequested" } });
    expect(refusal(EscalateInput, { quotesRequested: 0 }).message).toBe("quotesRequested: must be at least 1");
  });

  it("on a string counts characters", () => {
    expect(refusal(PayDiagnosticArgs, { sessionId: SESSION_ID, idempotencyKey: "short" }).message).toBe("idempotencyKey: must be at least 8 characters");
    expect(refusal(PayDiagnosticArgs, { sessionId: SESSION_ID, idempotencyKey: "k".repeat(201) }).message).toBe("idempotencyKey: must be at most 200 characters");
  });

  it("on a list counts items", () => {
    expect(refusal(QuoteInput, { lineItems: [] }).message).toBe("lineItems: must have at least 1 item");
  });

  it("of a whole number says so, and a message the @Check gives wins", () => {
    expect(refusal(EscalateInput, { quotesRequested: 1.5 }).message).toBe("quotesRequested: must be a whole number");
    expect(refusal(ReviewInput, { rating: 6 }).message).toBe("rating: must be 1 to 5");
  });
});
