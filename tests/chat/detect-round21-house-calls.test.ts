// Issue 13, round 21: a house call is a job moved off the platform to someone's home. The work is
// placed at the reader's home by the sender, or at the sender's home by the reader; in Spanish,
// Portuguese, French, German and Italian the verb's person says who comes and the home is named.
// Someone working on their own car at home, and a customer coming to the reader's workshop, stay
// innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("house calls", () => {
  it.each([
    ["the sender at the reader's driveway", "I could come Thursday evening and swap the pads on your driveway"],
    ["the sender at the reader's place, after a visit", "ill pop round after tea and have a look at her at yours"],
    ["the reader at the sender's home", "any chance you could fit the new alternator here on my drive on Sunday?"],
    ["the reader at the sender's home, said as mine", "you'd be doing the belt at mine, I've got a trolley jack"],
    ["Spanish", "el domingo voy a tu casa y te lo cambio, llevo las herramientas"],
    ["Portuguese", "se quiser eu conserto ele na sua casa mesmo, sábado de manhã"],
    ["French", "je peux passer samedi chez toi à la maison avec mes outils"],
    ["German", "ich komme am Samstag zu dir nach Hause und mache die Bremsen"],
    ["Italian", "domenica te lo sistemo a casa tua, porto io i ricambi"],
  ])("%s: %j is an off-platform deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["the reader told to do their own car", "it's an easy one, you can swap the pads on your driveway with a basic socket set"],
    ["the sender doing their own car", "I'll change the plugs on my drive this weekend, what gap should they be?"],
    ["a journey, not a driveway", "I'll have a look at it on your drive home if the app lets me see the live data"],
    ["a question about where the car sleeps", "do you keep it on your driveway or in a garage overnight?"],
    ["a customer coming to the reader's workshop", "je passe chez vous demain pour récupérer la voiture"],
    ["German, the workshop visited", "ich komme morgen bei dir in der Werkstatt vorbei"],
    ["a house call refused", "no voy a ir a tu casa, tráelo al taller que reservaste"],
  ])("%s: %j is no deal", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_DEAL");
  });
});
