// Round 55 (det55a): the way to a home abroad read by two more shapes. A home told apart by what stands at it ("die huis met die
// groot peperboom", "het huis met de witte caravan") with the sender's claim on the place beside a landmark, Dutch "wij zitten"
// as much a claim as "wij wonen"; and a home counted or coloured with the reader told to call at its door ("bate palma que eu
// saio", "bel maar aan") where no landmark is named, only a street or a market. home-directions.ts: `withs` (DESCRIBED) and
// DOOR_CALL_ABROAD. A house with a garden in a story, a queue behind a lorry, a door call with no home told apart, and a
// workshop's way stay innocent. Sentences written for this branch; probed with the application's options.
import { describe, expect, it } from "vitest";
import { replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("a home abroad told apart by what stands at it or called at its door", () => {
  it.each<[string[], string[]]>([
    [["ons bly agter die Caltex in Brackenfell, die huis met die groot peperboom"], ["agter die Caltex", "peperboom"]],
    [["wij zitten naast de Jumbo in Hoorn, het huis met de witte caravan ervoor"], ["naast de Jumbo", "witte caravan"]],
    [["we zitten tegenover het station, het groene huis op de hoek"], ["tegenover het station", "groene huis"]],
    [["fica na rua da feira, a terceira casa do lado de lá, bate palma"], ["terceira casa", "bate palma"]],
    [["dis in Kerkstraat, die blou huis op die hoek, lui die klokkie"], ["blou huis"]],
    [["in de straat van de bakker, het derde huis, bel maar aan"], ["derde huis"]],
  ])("%j is caught as %j masked", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each<[string[]]>([
    [["ons bly in die huis met die groot tuin, dis baie lekker daar"]],
    [["we zitten nu in de file achter de vrachtwagen, het duurt nog even"]],
    [["mijn oma had vroeger het huis met de rode deur, mooie tijd"]],
    [["bate palma pra ele, o mecânico fez um ótimo trabalho"]],
    [["de werkplaats is het groene gebouw naast de Jumbo, bel aan bij de balie"]],
  ])("%j stays innocent", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
});
