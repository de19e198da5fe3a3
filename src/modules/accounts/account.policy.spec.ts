import { describe, expect, it } from "vitest";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { customerAccessOfAccount } from "./account.policy.ts";

const viewer = (id: string, role: Viewer["role"]) => ({ id, role }) as Viewer;

describe("reaching a customer profile through an account", () => {
  it("is SELF for its owner and ADMIN for an admin", () => {
    expect(customerAccessOfAccount(viewer("u1", "CUSTOMER"), "u1")).toBe("SELF");
    expect(customerAccessOfAccount(viewer("a1", "ADMIN"), "u1")).toBe("ADMIN");
  });

  it("is refused to everyone else, whatever the rule map lets through", () => {
    for (const role of ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER"] as const) {
      expect(() => customerAccessOfAccount(viewer("other", role), "u1")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }));
    }
  });
});
