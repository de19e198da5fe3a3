import type { TestApp } from "../setup/test-app.ts";

/** Shaped like a uuid (so the input guard passes it) but of no RFC 4122 version or variant: only an edge check refuses it. */
export const NOT_RFC_UUID = "12345678-1234-0234-0234-123456789012";

/** The first error of an operation as a client reads it: its message, `extensions.code` and `extensions.field`. */
export async function firstError(app: TestApp, operation: string, variables: Record<string, unknown>, token?: string): Promise<{ message: unknown; code: unknown; field: unknown }> {
  const error = (await app.gql(operation, variables, token)).errors?.[0];
  return { message: error?.message, code: error?.extensions?.code, field: error?.extensions?.field };
}

/** What an edge check answers when argument `field` breaks `rule` ("must be an id"). */
export const refusal = (field: string, rule: string) => ({ message: `${field}: ${rule}`, code: "BAD_USER_INPUT", field });
