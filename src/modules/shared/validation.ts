import type { z } from "zod";
import { badInput } from "../../platform/errors.ts";

/**
 * Validates input at the edge. The error names the field and the rule, never the value, so hidden
 * data a caller probes with cannot come back in a message.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join(".");
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
