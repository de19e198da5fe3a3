import { describe, expect, it } from "vitest";
import { DEMO_ADMIN } from "../../src/app/config.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsBanner } from "../../src/seed/seed.ts";

/**
 * The start-up banner names every demo account (README, Demo accounts) in lines a terminal shows
 * whole: round 51's walkthrough read one 600-character line as six accounts, missing the advisor
 * and the mechanic the README's walk-through signs in as.
 */
describe("the start-up banner's demo accounts", () => {
  const banner = demoAccountsBanner(DEMO_PASSWORD);

  it("names every demo account, the walk-through's advisor.okoye and mechanic.maya among them", () => {
    const [heading, ...roles] = banner;
    expect(heading).toBe(`Demo accounts (password "${DEMO_PASSWORD}", each @demo.autodoctor.test):`);
    const named = roles.flatMap((line) =>
      line
        .replace(/^ {2}[a-z ]+: /, "")
        .split(", ")
        .map((name) => name.replace(/ \(.*\)$/, "")),
    );
    expect(named.map((name) => `${name}@demo.autodoctor.test`).sort()).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
    expect(named).toEqual(expect.arrayContaining(["advisor.okoye", "mechanic.maya"]));
  });

  it("keeps each line within a terminal's width, one line per role", () => {
    expect(banner.every((line) => line.length <= 120)).toBe(true);
    expect(banner.slice(1).map((line) => line.trim().split(":")[0])).toEqual(["customers", "mechanics", "workshop advisors", "partner"]);
  });

  it("names the admin with its own password, which is not the heading's", () => {
    expect(demoAccountsBanner(DEMO_PASSWORD, DEMO_ADMIN).at(-1)).toBe(`  admin: ${DEMO_ADMIN.email} (password "${DEMO_ADMIN.password}")`);
    // One chosen with ADMIN_EMAIL/ADMIN_PASSWORD is a secret: the banner names the variable instead.
    expect(demoAccountsBanner(DEMO_PASSWORD, { email: "ops@example.test", password: "s3cret-chosen" }).at(-1)).toBe("  admin: ops@example.test (password from ADMIN_PASSWORD)");
  });

  it("marks the suspended mechanic", () => {
    expect(banner.join("\n")).toContain("mechanic.jordan (suspended by a contact-sharing flag)");
  });
});
