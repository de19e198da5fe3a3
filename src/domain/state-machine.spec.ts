import { describe, expect, it } from "vitest";
import { defineMachine, leaves, mayMake, refusalOf, rolesOf } from "./state-machine.ts";

const door = defineMachine("door", {
  open: { from: ["CLOSED"], to: "OPEN", who: ["CUSTOMER", "MECHANIC"], verb: "opened" },
  close: { from: ["OPEN"], to: "CLOSED", who: ["SYSTEM"], verb: "closed" },
  lock: { from: ["CLOSED"], to: "LOCKED", who: ["ADMIN", "SYSTEM"], verb: "locked" },
});

describe("a state machine's table", () => {
  it("says who may make each move", () => {
    expect(mayMake(door, "open", "CUSTOMER")).toBe(true);
    expect(mayMake(door, "open", "ADMIN")).toBe(false);
    expect(mayMake(door, "close", "SYSTEM")).toBe(true);
    expect(mayMake(door, "close", "MECHANIC")).toBe(false);
  });

  it("lists the roles of a move without SYSTEM, for the rule map", () => {
    expect(rolesOf(door, "lock")).toEqual(["ADMIN"]);
    expect(rolesOf(door, "close")).toEqual([]);
  });

  it("says which statuses a move leaves", () => {
    expect(leaves(door, "open", "CLOSED")).toBe(true);
    expect(leaves(door, "open", "LOCKED")).toBe(false);
  });

  it("words a refusal from the current status and the move's verb", () => {
    expect(refusalOf(door, "open", "LOCKED")).toBe("A locked door cannot be opened");
    expect(refusalOf(door, "close", "OPEN")).toBe("An open door cannot be closed");
    expect(refusalOf(defineMachine("session", { start: { from: ["ACCEPTED"], to: "IN_PROGRESS", who: ["MECHANIC"], verb: "started" } }), "start", "IN_PROGRESS")).toBe(
      "An in progress session cannot be started",
    );
  });
});
