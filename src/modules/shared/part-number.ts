import { z } from "zod";

/**
 * A manufacturer's or supplier's part number, as quote line items and partner price lists carry it:
 * 1-40 characters of letters, digits, spaces and `. / _ -`, starting with a letter or digit
 * ("04465-33450", "0 280 158 117", "PPS-BP-4417"). The shape keeps e-mail addresses, links and
 * "+" phone prefixes out of a field the customer reads; the content policy (NAME class) refuses
 * the contact details that fit the shape ("CALL-5125550142").
 */
export const partNumberSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(40, "must be at most 40 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/, "must be a part number: letters, digits, spaces and . / _ -");
