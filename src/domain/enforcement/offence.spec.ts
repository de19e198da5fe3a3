// Who walks the penalty ladder and for which findings (seed 003 "Penalties": the ladder binds
// mechanics, workshop advisors and partners; issue 13: "a penalty needs a detected detail or an
// explicit off-platform deal"), and when a chat burst is a new offence.
import { describe, expect, it } from "vitest";
import type { ContactKind, FlagStatus } from "../../platform/db/generated/enums.ts";
import { isNewChatOffence, isPenalisable, PENALISED_ROLES, type BurstMessage } from "./penalty-ladder.ts";

type Sender = BurstMessage["sender"];
const active: Sender = { status: "ACTIVE" };
const suspended: Sender = { status: "SUSPENDED" };
const plain = (sender = active): BurstMessage => ({ violation: null, sender });
const penalised = (kinds: ContactKind[], status: FlagStatus = "OPEN", sender = suspended): BurstMessage => ({ violation: { kinds, status }, sender });

describe("who is penalised", () => {
  it("binds the professionals, never a customer or an admin", () => {
    expect([...PENALISED_ROLES].sort()).toEqual(["MECHANIC", "PARTNER", "WORKSHOP_ADVISOR"]);
    expect(isNewChatOffence("CUSTOMER", [plain()], ["PHONE"])).toBe(false);
    expect(isNewChatOffence("ADMIN", [plain()], ["PHONE"])).toBe(false);
    expect(isNewChatOffence("WORKSHOP_ADVISOR", [plain()], ["PHONE"])).toBe(true);
  });
});

describe("which findings cost a rung", () => {
  it("counts a detail or a deal, not a request alone", () => {
    expect(isPenalisable(["OFF_PLATFORM_REQUEST"])).toBe(false);
    expect(isPenalisable([])).toBe(false);
    expect(isPenalisable(["OFF_PLATFORM_REQUEST", "PHONE"])).toBe(true);
    expect(isPenalisable(["OFF_PLATFORM_DEAL"])).toBe(true);
  });
});

describe("a new chat offence", () => {
  it("is a first detected kind in the burst", () => {
    expect(isNewChatOffence("MECHANIC", [plain(), plain()], ["PHONE"])).toBe(true);
  });

  it("is nothing when nothing was found", () => {
    expect(isNewChatOffence("MECHANIC", [plain()], [])).toBe(false);
  });

  it("is not the same detail again while its penalty still holds (a send that raced the suspension)", () => {
    expect(isNewChatOffence("MECHANIC", [penalised(["PHONE"]), plain(suspended)], ["PHONE"])).toBe(false);
  });

  it("is a kind the burst was not yet penalised for", () => {
    expect(isNewChatOffence("MECHANIC", [penalised(["PHONE"]), plain(suspended)], ["EMAIL", "PHONE"])).toBe(true);
  });

  it("counts again once the earlier violation was dismissed", () => {
    expect(isNewChatOffence("MECHANIC", [penalised(["PHONE"], "DISMISSED"), plain(suspended)], ["PHONE"])).toBe(true);
  });

  it("counts again once the account is active again", () => {
    expect(isNewChatOffence("MECHANIC", [penalised(["PHONE"], "CONFIRMED", active), plain(active)], ["PHONE"])).toBe(true);
  });
});
