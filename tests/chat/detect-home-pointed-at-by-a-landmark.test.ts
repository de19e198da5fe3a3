// Round 54: the way to the sender's home told without a claim on it (issue 13, ADDRESS): the home pointed at ("it's",
// "c'est", "het is", "é", "det är", "dis") and told apart by its colour beside a landmark, in French, Dutch, Portuguese,
// Swedish and Afrikaans as in English; a garage or a workshop the home has ("the one with the double garage", "detached
// garage", "with the workshop out the back") is part of the description, not the workshop the way leads to, and a tow bar
// is no tow; Swedish and Afrikaans homes counted or claimed. Sentences written for this branch, none from the corpus or
// another spec. Attack: flagged, and the way masked. Innocent: a workshop, a garage or a tow truck as the subject, the car
// broken down or parked by the landmark, a question. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a home pointed at by a landmark: attacks", () => {
  it.each<[string, string]>([
    // English: a garage the home has
    ["it's the grey house across from the church, the one with the double garage", "the grey house across from the church"],
    ["white bungalow behind the co-op, detached garage at the side", "white bungalow behind the co-op"],
    ["the blue house behind the school, the one with the attached garage", "the blue house behind the school"],
    ["it's the red cottage past the pub, the one with the garage", "the red cottage past the pub"],
    // A workshop the home has, a tow bar on a trailer at it
    ["it's the grey house across from the church, with the workshop out the back", "the grey house across from the church"],
    ["the yellow cottage past the pub, the one with the tow bar trailer in the drive", "the yellow cottage past the pub"],
    // The home pointed at abroad, no claim on it
    ["c'est la maison grise en face de l'église", "la maison grise en face de l'église"],
    ["c'est la maison bleue derrière la boulangerie, celle avec le double garage", "la maison bleue derrière la boulangerie"],
    ["het is het grijze huis tegenover de kerk", "het grijze huis tegenover de kerk"],
    ["é a casa cinzenta em frente à igreja", "a casa cinzenta em frente à igreja"],
    ["det är det gråa huset mittemot kyrkan", "det gråa huset mittemot kyrkan"],
    ["dis die grys huis oorkant die kerk", "die grys huis oorkant die kerk"],
    // Swedish and Afrikaans homes counted or claimed
    ["tredje huset efter skolan, blå grind", "tredje huset efter skolan, blå grind"],
    ["jag bor bakom skolan, det röda huset", "det röda huset"],
    ["derde huis na die skool, blou hek", "derde huis na die skool, blou hek"],
    ["ek bly agter die kerk, die wit huis", "die wit huis"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("a home pointed at by a landmark: innocent look-alikes", () => {
  it.each<[string]>([
    ["I broke down past the church"],
    ["the garage is the grey building across from the church, the one with the double garage"],
    ["the double garage at the back of the workshop is the second unit past the Tesco"],
    ["I'm at the workshop across from the church, the grey building"],
    ["the tow truck is past the church, the white one with the crane"],
    ["c'est le garage gris en face de l'église"],
    ["le garage c'est la maison grise en face de l'église"],
    ["c'est la maison grise en face de l'église qui a brûlé l'an dernier ?"],
    ["j'ai garé la voiture devant la maison grise en face de l'église"],
    ["é a oficina cinzenta em frente à igreja"],
    ["het is de werkplaats, het grijze huis tegenover de kerk"],
    ["det är verkstaden, det gråa huset mittemot kyrkan"],
    ["bilen stannade vid det röda huset efter skolan"],
    ["dis die werkswinkel, die grys huis oorkant die kerk"],
    ["die enjin het gaan staan by die wit huis oorkant die kerk"],
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});
