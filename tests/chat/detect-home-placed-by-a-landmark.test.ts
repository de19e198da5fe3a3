// Issue 13, round 17: directions to a home read as a grammar of intent (home-directions.ts): WHOSE
// home (the sender's claimed, or a route told to the reader), WHERE it stands against a landmark
// (any relation and noun phrase), and WHICH house it is (a coloured part of a house, a house
// counted, a bell to press, a name on the mailbox). All three in one sentence hide the sentence. A
// car parked by a landmark, a house near a school said in passing, and car parts with a colour stay
// innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a home placed against a landmark and told apart", () => {
  it.each([
    ["a farm counted in miles from a lower-case shop", "we're the farmhouse a mile past the feed store, red barn, can't miss it", "farmhouse a mile past the feed store"],
    ["a house counted after a roundabout", "turn off at the McDonald's roundabout and we're the fourth house down, white van outside", "fourth house down"],
    ["a flat above a shop with its bell", "my flat is above the chippy opposite the train station, buzz flat 2", "buzz flat 2"],
    ["a cottage after a cattle grid", "after the second cattle grid it's the cottage with the thatched roof, that's us", "cottage with the thatched roof"],
    ["doors counted from a takeaway", "the house is three doors up from the Chinese takeaway, black railings", "three doors up"],
    ["a lane opposite a garage", "opposite the petrol garage there's a lane, we're at the end of it, white gate", "white gate"],
    ["next door typed as one word", "my home is nextdoor to the vet on Mill Lane, the one with the ramp", "the vet on Mill Lane"],
    ["a yard beside a water tower", "my yard's the one beside the water tower, gray fence, come round the back", "gray fence"],
    ["ownership said after the house", "ask for the house by the old mill, it's ours, green roof", "old mill"],
    ["a self-location down from a pub", "we're just down from the pub, end terrace with the red door", "end terrace"],
    ["a route with a name on the mailbox", "take exit 9, first dirt road after the silos, mailbox says PETERSEN", "PETERSEN"],
    ["told apart after a comma, a remark after that", "we're the bungalow just past the chapel, blue gate, you'll see the dog", "blue gate"],
    ["a door counted, then an instruction", "my flat is over the launderette, second door on the left, ring twice", "second door"],
    ["a garage door told apart", "we are the bungalow behind the chapel, blue garage door", "blue garage door"],
    ["a self-location with a garage door", "we're just past the old mill, the house with the white garage door", "old mill"],
  ])("%s: %j hides the directions", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I was at the Esso on the high road when the light came on"],
    ["my car is parked behind the Walmart, blue Corolla"],
    ["the shop opposite the fire station sold me the wrong oil"],
    ["I live near a school so the car does lots of short trips"],
    ["went past the old church and the brakes squealed"],
    ["the third bungalow on my street had a car fire last year, scary"],
    ["I'm at the Shell near the roundabout, the one with the flat tyre is mine"],
    ["my house is near the school so I can walk to your shop"],
    ["after the service the red door panel rattles, it's mine not the wife's"],
    ["our house is by the sea so the underside is rusty, grey car with a green door sticker"],
    ["take the exit after the bridge and the gearbox whines, the metal shed noise"],
    // the parts in different statements: a consequence after "so/but", a new subject after a comma,
    // an addition ("too"), or the sender placed somewhere right now
    ["I live opposite a building site, the third house down had its windscreen cracked by a stone"],
    ["my flat is behind the bakery so the flour dust gets everywhere, even the green shutters"],
    ["I live by the estuary, my wooden shed is rotting too"],
    ["we're beside the reservoir but the damp gets in, our white porch as well"],
    ["we're past the bridge now, crawling behind a lorry with a white trailer"],
    // past tense "were" is no claim of a home, and a garage by itself is a landmark, not a part of the home
    ["we were parked behind the old garage when it died"],
    ["we were stuck after the big garage on the ring road, engine just cut out"],
    ["were you behind the new garage when the light came on"],
    ["we live out past the old garage, the noise only starts on the hill"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
