// Issue 13, round 21: directions to a home or a private yard told in Spanish, Portuguese, French,
// German or Italian, with no street: a landmark and a relation to it, the gate or building told
// apart by its colour (or as the corner one, the one with something), and the sender's own place
// or a way told to the reader. The three together in a sentence make it an ADDRESS, masked whole.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("directions to a home in the marketplace's other languages", () => {
  it.each([
    ["Spanish, a route and a gate", "salís por la rotonda, doblás detrás de la gasolinera y es el portón azul"],
    ["Spanish, the sender's own yard", "mi cochera queda junto al kiosco de diarios, reja negra, tocá el timbre"],
    ["Portuguese", "moro na rua de trás, depois do posto Shell, portão branco, pode vir"],
    ["French", "j'habite juste après la boulangerie, la maison avec les volets bleus, sonnez deux fois"],
    ["French, a gate's colour", "tournez à droite après l'école, c'est le portail rouge au fond"],
    ["German", "bei uns ist es neben dem Getränkemarkt, das weiße Tor, einfach klingeln"],
    ["German, a route", "nach der Brücke links ab, dann hinter dem Aldi die Halle mit dem blauen Dach"],
    ["Italian", "abito dietro la farmacia, il cancello verde, suona al citofono"],
    ["Italian, a route", "esci dalla tangenziale, gira dopo il bar Sport, capannone grigio sulla destra"],
  ])("%s: %j is an ADDRESS", (_kind, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it("masks the whole sentence of the directions", () => {
    const text = "vieni quando vuoi, dopo il distributore Q8 c'è il capannone giallo";
    expect(hides(text, "capannone giallo")).toBe(true);
    expect(hides(text, "distributore Q8")).toBe(true);
  });

  it.each([
    ["a car parked by a landmark, nobody's home and no way told", "aparqué detrás del Mercadona, al lado del portón verde del parking, y al volver tenía un pinchazo"],
    ["a car's door is no gate", "después del golpe la puerta roja cierra mal, entra agua"],
    ["a noise that starts after a place", "le bruit commence après le rond-point, surtout quand le moteur est froid"],
    ["a part's position", "der Sensor sitzt hinter dem Kühler, neben dem grauen Schlauch"],
    ["a time, not a place", "nach dem Ölwechsel leuchtet die gelbe Lampe, ich wohne leider weit weg"],
    ["a store named in passing", "comprei as pastilhas na loja ao lado do mercado, a caixa é vermelha"],
    ["the directions refused", "no te voy a decir dónde vivo, ni detrás de qué súper está mi portón verde"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
