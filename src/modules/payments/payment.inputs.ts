/**
 * The payments API's scalar arguments, validated once by the resolvers (validateInput); the
 * services receive them parsed.
 */
import { z } from "zod";
import { badInput } from "../../platform/errors.ts";
import { validateInput } from "../shared/validation.ts";

/** A client's idempotency key for payDiagnostic / payQuote: 8 to 200 URL-safe characters. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only")
  .describe("idempotencyKey");

/** refundPayment's arguments: an amount in whole cents (at least 1; null: all that is left) and a reason of at most 1,000 characters. */
export const refundSchema = z.object({ amountCents: z.number().int().min(1).nullish(), reason: z.string().trim().max(1000).nullish() }).strict();

const idSchema = z.string().uuid("must be an id");

/** payeePayoutAccount's target: exactly one of a user id (mechanic or partner) and a workshop id. BAD_USER_INPUT otherwise. */
export function payeeTargetOf(userId: string | null | undefined, workshopId: string | null | undefined): { userId: string } | { workshopId: string } {
  if (Boolean(userId) === Boolean(workshopId)) throw badInput("Give exactly one of userId and workshopId", userId ? "workshopId" : "userId");
  if (workshopId) return { workshopId: validateInput(idSchema.describe("workshopId"), workshopId) };
  return { userId: validateInput(idSchema.describe("userId"), userId) };
}
