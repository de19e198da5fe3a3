// A place named as a leg of a trip the sender retells ("I was driving from Ballarat to Melbourne on
// the Western Freeway on Sunday night", "coming back from the wedding in Stellenbosch on the N2")
// is where they went, not where to meet: the meeting-place rule let it pass only without an
// invitation, an "I'll", a "you can", "there" as the spot, or a time still to come in its sentence.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a trip retold, its places and days named, stays clean", () => {
  it.each([
    "I was driving from Ballarat to Melbourne on the Western Freeway on Sunday night and it started shuddering",
    "we drove up to Taupo on the Desert Road on Saturday and the temp gauge went mental",
    "friday night i'm coming back from my mates place in Hamilton on the Waikato Expressway and the ABS light comes on",
    "we were heading to Brighton on the A23 on Monday morning when the clutch started slipping",
    "on the way back from Leeds on the M62 on Friday evening the wipers stopped working",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a place to meet said beside a trip stays flagged", () => {
  it.each([
    "I was driving from Ballarat, meet me at the Shell on Main St at 6",
    "I was driving to the BP on Hay St on Friday, come find me there",
    "coming back from Perth tomorrow, I'll be at the Caltex on Great Eastern Hwy at 4",
    "on my way back from the BP on Hay St at 6 tonight if you want to have a look",
    "I was driving to the Tesco on Kirkstall Rd on Sunday, you can look at it there",
    "coming back from the Shell on Main St at 6, see you there",
    "we drove to the Caltex on Beach Rd on Saturday, bring your tools and I'll wait",
    "heading back from work to the Maccas on Smith St at 5, pop over",
    "we went to the Bunnings on Parramatta Rd on Sunday and I'll be there again at 10 tomorrow",
    "I came back from Geelong to the Coles on Pako Ave at 7, meet there and bring cash",
    "we drove to the Shell on Main St on Saturday and will again next Saturday at 6",
    "I went to the Caltex on Beach Rd on Sunday, same spot next Sunday at 9 if the brakes still squeal",
    "drove past the Shell on Main St at 6 this morning, the car's parked there all day, keys on the tyre",
  ])("%j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
