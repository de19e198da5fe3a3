// Issue 13, round 53: the reader asked round to the sender's home for the job (private-visits.ts).
// British chat says the home as "mine" ("bring it round mine", "come over to mine"), and the
// invitations abroad name the workshop or the app only as what the home job undercuts or avoids
// ("cheaper than the workshop", "saves the workshop's bill"): that is the deal's reason, not the booked
// workshop met. The sender going home themself, a comparison of cars ("similar to mine"), a booked visit
// and the workshop named as the place of the job stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("the reader asked to the sender's home for the job", () => {
  it.each([
    ["'round mine' with the job offered", "pls just drive it round mine tonight and I'll fix the leak", "round mine"],
    ["'over to mine' with a time", "you could bring the van over to mine on saturday morning, I'll sort the belt", "over to mine"],
    ["'to mine' with the booking left out", "so come to mine after tea instead of the garage you booked", "to mine"],
    ["Spanish, cheaper than the workshop", "mejor ven a mi casa el sabado y te reviso los frenos, sale mas barato que en el taller", "ven a mi casa"],
    ["Portuguese, 'you can bring it', cheaper than the app", "pode trazer o carro na minha casa amanha, fica mais barato do que pelo app", "trazer o carro na minha casa"],
    ["Portuguese, without going through the workshop", "vem aqui em casa domingo que eu olho, sem passar pela oficina", "vem aqui em casa"],
    ["French, cheaper than the garage", "passe chez moi samedi, je regarde ca, moins cher qu'au garage", "passe chez moi"],
    ["Hindi, the workshop's bill saved", "aap ghar aa jao shaam ko, main dekh lunga, workshop ka bill bachega", "ghar aa jao"],
  ])("%s: %j is a deal, hidden", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    // the sender going home themself, or cars compared
    ["I'll nip over to mine for the spare key and be back in ten"],
    ["that squeal sounds similar to mine last winter, was the pad worn down too?"],
    ["the old battery is at mine, bring yours to the workshop and we'll fit the new one"],
    // a booked visit or the workshop as the place of the job
    ["come round to mine at 10 as booked, I'll have the parts ready"],
    ["ven al taller el sabado y te reviso los frenos, esta en la app"],
    ["pode trazer o carro na oficina amanha, o agendamento ja esta no app"],
    // a price compared with no home invitation
    ["the part is cheaper than at the dealer, I'll order it through the app"],
    ["aap workshop aa jao kal, wahan dekh lenge, bill app pe aayega"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
