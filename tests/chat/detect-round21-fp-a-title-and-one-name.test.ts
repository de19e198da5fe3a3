// Issue 13, round 21 (fp21): a title and one name ("Mrs Pillay", "Pastor Mike", "Father Tom") is no
// full name: a title counts like a particle when the words of a name are counted
// (phrases.ts nameIsPlausible, as ownNameIsPlausible already did), and pastors, reverends,
// fathers, coaches, aunties, uncles and grandparents (grandma, nana, gran...) are titles. Still a full name: a title before a given name
// and a surname, and a name with a way to find its owner. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a title and one name", () => {
  it.each([
    ["Hello dear, this is Mrs Pillay. The mechanic said he would call me at 11 in the app to look at the engine"],
    ["Display name: Pastor Mike"],
    ["this is Father Tom, the parish van again"],
    ["ask for Mr Patel at the counter when you pick up the part"],
    ["Your name: Granny Flo\nWhat is wrong: the handbrake"],
    ["it's my nan Rose's car, she drives it to bingo"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["this is Pastor Mike Jordan, look me up", "Mike Jordan"],
    ["cheque payable to Dr Ama Owusu", "Ama Owusu"],
    ["Display name: Uncle Mike Jordan", "Mike Jordan"],
    ["Your name: Grandma Iris Pennywhistle", "Iris Pennywhistle"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it("a title and one name with a way to find its owner is still caught", () => {
    expect(kindsOf("my name is Mrs Pillay, find me on facebook")).not.toEqual([]);
  });
});
