import { describe, expect, it } from "vitest";
import type { CustomerWhere } from "../modules/accounts/customer.inputs.ts";
import type { SessionWhere } from "../modules/sessions/session.inputs.ts";
import type { Viewer } from "../platform/auth/viewer.ts";
import { assertCustomerFilterReadable, assertCustomerOrderReadable, assertSessionFilterReadable } from "./filter-policy.ts";

/** Filters as the API takes them (the checks read their shape only). */
const customerWhere = (filter: CustomerWhere) => filter;
const sessionWhere = (filter: SessionWhere) => filter;
const viewer = (role: Viewer["role"]): Viewer => ({ id: "00000000-0000-4000-8000-000000000001", role, workshopId: null });

/** The FORBIDDEN message a call throws, or null when it lets the filter through. */
function refusal(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    expect((error as { extensions: { code: string } }).extensions.code).toBe("FORBIDDEN");
    return (error as Error).message;
  }
}

describe("a customer filter", () => {
  it("may name the fields the caller's access reads", () => {
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ firstName: { equals: "Ana" } }), "ASSIGNED_MECHANIC"))).toBeNull();
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ city: { equals: "Austin" } }), "ESCALATED_WORKSHOP"))).toBeNull();
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ phone: { contains: "512" } }), "ADMIN"))).toBeNull();
  });

  it("is refused for a field the access may not read, naming the field and never the value", () => {
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ phone: { contains: "512" } }), "ASSIGNED_MECHANIC"))).toBe("Not allowed to filter or sort by the customer's phone");
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ lastName: { equals: "Secret" } }), "ESCALATED_WORKSHOP"))).not.toContain("Secret");
  });

  it("is checked at any depth of AND, OR and NOT", () => {
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ OR: [{ firstName: { equals: "A" } }, { NOT: { city: { equals: "Austin" } } }] }), "ASSIGNED_MECHANIC"))).toBe(
      "Not allowed to filter or sort by the customer's city",
    );
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ AND: [{ email: { contains: "@" } }] }), "ESCALATED_WORKSHOP"))).toBe("Not allowed to filter or sort by the customer's email");
  });

  it("ignores conditions left null, and is refused outright without access (a partner reaches no customer)", () => {
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ phone: null, firstName: { equals: "A" } }), "ASSIGNED_MECHANIC"))).toBeNull();
    expect(refusal(() => assertCustomerFilterReadable(customerWhere({ firstName: { equals: "A" } }), null))).toBe("Not allowed to filter or sort by the customer's firstName");
    expect(refusal(() => assertCustomerFilterReadable(null, null))).toBeNull();
  });
});

describe("a session filter", () => {
  it("checks its customer conditions, at any depth, as the viewer reaches the session's customer", () => {
    const byCity = sessionWhere({ AND: [{ status: ["REQUESTED"] }, { NOT: { customer: { city: { equals: "Austin" } } } }] });
    expect(refusal(() => assertSessionFilterReadable(byCity, viewer("MECHANIC")))).toBe("Not allowed to filter or sort by the customer's city");
    expect(refusal(() => assertSessionFilterReadable(byCity, viewer("WORKSHOP_ADVISOR")))).toBeNull();
    expect(refusal(() => assertSessionFilterReadable(byCity, viewer("CUSTOMER")))).toBeNull();
    expect(refusal(() => assertSessionFilterReadable(sessionWhere({ customer: { firstName: { equals: "A" } } }), viewer("PARTNER")))).toBe("Not allowed to filter or sort by the customer's firstName");
  });

  it("without customer conditions is let through for everyone", () => {
    for (const role of ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"] as const) {
      expect(refusal(() => assertSessionFilterReadable(sessionWhere({ OR: [{ status: ["COMPLETED"] }] }), viewer(role)))).toBeNull();
    }
  });
});

describe("an ordering by a customer field", () => {
  it("is allowed only to an access that reads the field", () => {
    expect(refusal(() => assertCustomerOrderReadable("firstName", "ASSIGNED_MECHANIC"))).toBeNull();
    expect(refusal(() => assertCustomerOrderReadable("lastName", "ASSIGNED_MECHANIC"))).toBe("Not allowed to filter or sort by the customer's lastName");
    expect(refusal(() => assertCustomerOrderReadable("city", "ESCALATED_WORKSHOP"))).toBeNull();
    expect(refusal(() => assertCustomerOrderReadable("firstName", null))).toBe("Not allowed to filter or sort by the customer's firstName");
  });
});
