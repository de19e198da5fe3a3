// Issue 13 round 6, off-platform deals as a vocabulary in the marketplace's languages: cash in hand,
// the app skipped or its fee saved, the deal done direct (French, German, Italian, Portuguese), and
// a lower price for coming to the shop in person. Asking whether something is cheaper is no deal.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("off-platform deals in other languages", () => {
  it.each([
    ["French cash, direct", "on règle en espèces, en direct, ça ira plus vite"],
    ["French, without the app", "pas besoin de passer par l'application, je passe demain"],
    ["German cash and the fee saved", "bar auf die Hand, dann spart ihr die Provision"],
    ["German, around the app", "machen wir ohne die App, direkt bei mir"],
    ["Italian", "facciamo fuori dall'app, in contanti"],
    ["Portuguese", "faz por fora do app, sem o app fica mais barato"],
    ["a lower price for coming in", "bring it by the garage and we can do it for less"],
  ])("%s: %j is an OFF_PLATFORM_DEAL", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["a question about price", "I can drop it at the shop Monday, would a used part be cheaper?"],
    ["French, paying in the app", "je paie par l'application, c'est plus simple"],
  ])("%s: %j is no deal", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_DEAL");
  });
});
