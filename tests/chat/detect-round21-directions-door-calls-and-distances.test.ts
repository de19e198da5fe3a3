// Issue 13, round 21: the English directions grammar (home-directions.ts) reads two more of the
// ways a visitor is told the way: a call at the door ("buzz the second bell", "knock on the side
// door") both tells the home apart and is told to the visitor (a bare "ring the bell" only tells it
// apart, and a car's door or a knock heard in a noise is no call at all), and a turn or a distance opens the
// landmark without a direction word or a space ("turn at the old church", "2km down the gravel").
// A breakdown placed by a distance, the booked workshop's door, and a noise down the road stay
// innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("directions with a call at the door, a bare turn or a glued distance", () => {
  it.each([
    ["a door call as the telling-apart", "above the bakery across from the Caltex, ring the top bell", "ring the top bell"],
    ["a door call to a flat", "over the laundromat behind the station, knock on the side door", "knock on the side door"],
    ["a bare turn and a glued distance", "turn at the water tower, 3km along the dirt road, green gate on the right", "green gate on the right"],
  ])("%s: %j is an ADDRESS", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a breakdown placed by a distance", "im stuck 2km down the road past the servo, white van with hazards on"],
    ["the booked workshop's buzzer", "our garage is behind the Shell, press the buzzer at reception"],
    ["a door call at a shop counter", "ring the front door bell when you bring the car, the parts are behind the counter"],
    ["a noise down the road", "the rattle starts 2km down the road after the bridge, every time"],
    ["a bare door call with only a landmark", "nearly there, past the church, do I knock on the door or text?"],
    ["a knock heard in a noise", "there's a thud like a knock on the door whenever I brake behind the school"],
    ["a car's door pressed", "press the passenger door near the hinge and it creaks, worse after the rain"],
    ["the back door of the car", "knock on the back door of the car near the handle and something rattles inside"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
