// A customer's own last name typed in two consecutive messages ("Kow" then "alczyk", "K o w" then
// "a l c z y k") passed: each message alone holds nothing of theirs. The sender's
// burst (sideBurst) is read joined against what the platform stores of them, as the detector reads
// a detail split across messages: both pieces are masked for the mechanic, the earlier one
// retroactively, and the send is flagged. Pieces that make someone else's name or another number
// stay as written.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ownDetailsChat } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const chat = () => ownDetailsChat(app);

describe("the customer's own detail split across two of their messages", () => {
  it.each([
    ["Kow", "alczyk", "FULL_NAME"],
    ["Ko", "walczyk", "FULL_NAME"],
    ["K o w", "a l c z y k", "FULL_NAME"],
  ])("%j then %j is masked in both and flagged", async (first, second, kind) => {
    const { send, delivered } = await chat();
    expect(await send(first)).toEqual({ flagged: false, flaggedKinds: [] });
    const result = await send(second);
    expect(result.flagged).toBe(true);
    expect(result.flaggedKinds).toContain(kind);
    const [earlier, later] = await delivered();
    expect(earlier).toContain("[hidden]");
    expect(later).toContain("[hidden]");
    expect(`${earlier} ${later}`).not.toMatch(/Kow|alczyk|K o w|a l c|07911|123456/);
  });
});

describe("pieces that make no detail of the customer's", () => {
  it.each([
    ["Kow", "alski is my neighbour"],
    ["it's about 07911", "12 miles from me"],
    ["built 2011", "123456 miles on it"],
  ])("%j then %j stay as written", async (first, second) => {
    const { send, delivered } = await chat();
    await send(first);
    expect(await send(second)).toEqual({ flagged: false, flaggedKinds: [] });
    expect(await delivered()).toEqual([first, second]);
  });
});
