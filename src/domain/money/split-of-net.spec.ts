/**
 * splitOfNet: what each party of a payment holds while the customer pays only part of it (after
 * refunds and lost disputes). The reversal of a refund (reversal.ts) leaves every party this part.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random.ts";
import { SEED_FEE_POLICY, splitOfNet, splitRepair } from "./fee-policy.ts";

const seedRepair = { amountCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000 };

describe("the split of what the customer still pays", () => {
  it("is the payment's split when all of it is paid, nothing when none is, and clamps to those", () => {
    expect(splitOfNet(seedRepair, 120_000)).toEqual({ platformFeeCents: 12_000, mechanicFeeCents: 6_000, payeeShareCents: 108_000, platformNetCents: 6_000 });
    expect(splitOfNet(seedRepair, 0)).toEqual({ platformFeeCents: 0, mechanicFeeCents: 0, payeeShareCents: 0, platformNetCents: 0 });
    expect(splitOfNet(seedRepair, 130_000)).toEqual(splitOfNet(seedRepair, 120_000));
    expect(splitOfNet(seedRepair, -5)).toEqual(splitOfNet(seedRepair, 0));
  });

  it("of seed 003's $1,200 repair is the seeds' 10% fee and 90% workshop share of any net, as splitRepair prices them (003_0add1c2809e6e7b6.txt:212-216)", () => {
    const { platformFeeBasisPoints, referralFeeBasisPoints } = SEED_FEE_POLICY;
    const differ: number[] = [];
    for (let net = 0; net <= 120_000; net++) {
      const priced = splitRepair({ totalCents: net, platformFeeBasisPoints, mechanicFeeBasisPoints: referralFeeBasisPoints });
      const kept = splitOfNet(seedRepair, net);
      if (kept.platformFeeCents !== priced.platformFeeCents || kept.payeeShareCents !== priced.payeeShareCents) differ.push(net);
    }
    expect(differ).toEqual([]);
  });

  it("pays the referral out of the net's fee, so the platform's part never grows as the customer is given more back (splitRepair's own rounding of the referral would)", () => {
    // splitRepair at $1,199.90: fee 11,999, referral round(5,999.5) = 6,000; at $1,199.89: fee 11,999, referral 5,999.
    const priced = (net: number) => splitRepair({ totalCents: net, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 }).platformNetCents;
    expect(priced(119_989)).toBeGreaterThan(priced(119_990));
    expect(splitOfNet(seedRepair, 119_990)).toEqual({ platformFeeCents: 11_999, mechanicFeeCents: 6_000, payeeShareCents: 107_991, platformNetCents: 5_999 });
    expect(splitOfNet(seedRepair, 119_989)).toEqual({ platformFeeCents: 11_999, mechanicFeeCents: 6_000, payeeShareCents: 107_990, platformNetCents: 5_999 });
  });

  it("of any split (seeded: amounts 1..400, any fee, any mechanic's part of it) only grows with the net, by at most a cent per cent, and keeps its invariants", () => {
    const next = seededRandom(5_252);
    const int = (max: number) => Math.floor(next() * max);
    // Collected rather than asserted one by one: some 400,000 nets.
    const broken: string[] = [];
    for (let amountCents = 1; amountCents <= 400; amountCents++) {
      for (let k = 0; k < 5; k++) {
        const platformFeeCents = int(amountCents + 1);
        const paid = { amountCents, platformFeeCents, mechanicFeeCents: int(platformFeeCents + 1) };
        let before = splitOfNet(paid, 0);
        for (let net = 1; net <= amountCents; net++) {
          const now = splitOfNet(paid, net);
          const at = `${JSON.stringify(paid)} at ${net}: ${JSON.stringify(now)}`;
          for (const part of ["platformFeeCents", "mechanicFeeCents", "payeeShareCents", "platformNetCents"] as const) {
            const step = now[part] - before[part];
            if (step < 0 || step > 1) broken.push(`${at}: ${part} moved by ${step}`);
          }
          if (now.mechanicFeeCents > now.platformFeeCents) broken.push(`${at}: the mechanic's part beyond the fee`);
          if (now.platformFeeCents + now.payeeShareCents !== net || now.mechanicFeeCents + now.platformNetCents !== now.platformFeeCents) broken.push(`${at}: parts do not sum`);
          before = now;
        }
        const { mechanicFeeCents } = paid;
        expect(before, JSON.stringify(paid)).toEqual({ platformFeeCents, mechanicFeeCents, payeeShareCents: amountCents - platformFeeCents, platformNetCents: platformFeeCents - mechanicFeeCents });
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });
});
