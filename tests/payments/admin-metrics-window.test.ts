// adminMetrics' window is checked at the edge like every other argument: `from` must come before `to`.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

const METRICS = `query ($from: DateTimeISO!, $to: DateTimeISO!) { adminMetrics(from: $from, to: $to) { completedSessions } }`;

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

describe("the admin metrics window", () => {
  it("refuses a window that ends before it starts, or is empty, naming from", async () => {
    for (const [from, to] of [
      ["2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"],
      ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"],
    ]) {
      const result = await app.gql(METRICS, { from, to }, admin.token);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ message: "from: must be before to", extensions: { code: "BAD_USER_INPUT", field: "from" } });
    }
  });

  it("answers for a window in order", async () => {
    const result = await app.gql(METRICS, { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }, admin.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.adminMetrics).toEqual({ completedSessions: 0 });
  });
});
