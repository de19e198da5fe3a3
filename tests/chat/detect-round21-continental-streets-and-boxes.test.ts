// Issue 13, round 21: a street named with a plural or Italian particle ("Rua das ...", "Via delle
// ...", "Via dei ...") is read like one with "de" or "do", and a post-office box is read in its
// Spanish and Italian names ("apartado de correos", "casilla de correo", "casella postale"). A street
// word in running talk with no house number, a numbered box on a form, and a street named in passing
// with a count, a distance or a time after it ("Via dei Pini 3 volte"), stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("continental streets with plural particles, and post-office boxes by their names", () => {
  it.each([
    ["Portuguese, a comma before the number", "Rua das Laranjeiras, 88 - Cosme Velho, pode deixar lá", "Rua das Laranjeiras, 88"],
    ["Portuguese, no comma", "fico na rua dos Andradas 1020, portão cinza", "rua dos Andradas 1020"],
    ["Italian", "consegna in Via delle Fornaci 27, Roma", "Via delle Fornaci 27"],
    ["Spanish box", "mándalo al apartado de correos 412, Jaén", "apartado de correos 412"],
    ["Argentine box", "casilla de correo 59, Olavarría", "casilla de correo 59"],
    ["Italian box", "spedisci alla casella postale 301, Parma", "casella postale 301"],
    ["an appointment's hour after the number", "vi aspetto in Via dei Cappuccini 14 ore 9, citofonate", "Via dei Cappuccini 14"],
  ])("%s: %j is an ADDRESS", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a street word in passing, no number", "moro perto da Rua das Flores, mas não sei o número"],
    ["a numbered box of a form", "marca la casilla 3 del formulario de garantía"],
    ["a year after a street name", "a Via delle Rose era mais bonita em 1998"],
    ["a count after the street", "sulla Via dei Pini 3 volte ho bucato la gomma"],
    ["a distance after the street", "Calle de los Olmos 200 metros antes del semáforo hay un bache enorme"],
    ["a wait after the street", "Avenue des Champs 45 minutes dans les bouchons, le moteur a chauffé"],
    ["cars after the street", "na Rua dos Ipês 4 carros bateram ontem"],
    ["a box named with a count", "el apartado de correos 2 veces me devolvió la carta del seguro"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
