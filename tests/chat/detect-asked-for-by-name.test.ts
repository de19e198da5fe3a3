// Issue 13: a full name to ask for where the person can be found is a lead to them, however the
// asking is worded ("ask the lads on the taxi rank for ...", "ask anyone at the Sunday market for
// ..."), and an Irish name keeps its parts once the normaliser has taken off the accents ("Ó",
// "Ní" and "Mac" standing apart). Asking for a part, a role or a first name alone is innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a full name to ask for", () => {
  it.each([
    ["asked of a group at a place", "ask the lads on the taxi rank for Dev Kowalczyk, he'll sort you", "Dev Kowalczyk"],
    ["asked of anyone at an event", "ask anyone at the Sunday market for Tall Femi Adebayo", "Femi Adebayo"],
    ["an Irish surname after Ó", "my brother is Donncha Ó Briain, just ask for him at the mart", "Donncha Ó Briain"],
    ["an Irish surname after Ní", "ask around at the yard for Siobhán Ní Dhuibhir", "Siobhán Ní Dhuibhir"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["ask anyone at the dealership for the service manager"],
    ["ask at the counter for Mike"],
    ["I'll ask the team at the parts desk for Brake Fluid DOT 4"],
    ["ask the app for a refund if the part is wrong"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
