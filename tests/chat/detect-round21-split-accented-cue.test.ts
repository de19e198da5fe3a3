// Round 21, numbers over consecutive messages: a phone word typed with its accent ("número",
// "teléfono", "móvil") announces the pieces that follow as a phone, as the same word typed without
// one does. Read as typed, "número" fell apart at the "ú" and the pieces were judged uncued. As
// "order number" is a thing's number in English, "número de pedido" is one in Spanish: a thing named
// after the word makes it no cue.
import { describe, expect, it } from "vitest";
import { burstFlagged, replayHides } from "./detector-helpers.ts";

describe("an accented phone word before a number sent in pieces", () => {
  it.each([
    ["a Spanish mobile after 'mi número es'", ["mi número es 622", "555 914"], ["622", "555 914"]],
    ["a Spanish mobile after a bare 'Mi número:'", ["Mi número:", "633 55", "04 21"], ["633 55", "04 21"]],
    ["the front said in words, the rest typed", ["mi número: seis tres uno", "555 207"], ["seis tres uno", "555 207"]],
    ["'teléfono' before two pieces", ["teléfono 644 555", "019"], ["644 555", "019"]],
  ])("%s: %j hides every piece", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["a price then a part count, in Spanish", ["me costó 655 euros", "y 555 piezas más"]],
    ["a reading and a price after an accented word", ["el número de kilómetros es 128", "pagué 450 por las pastillas"]],
    ["a quantity and a price, no phone word", ["pedí 612", "555 tornillos"]],
    ["an order's number, the thing named after the word", ["el número de pedido es 633", "555 871"]],
    ["a serial's number in Portuguese", ["o número de série é 912", "345 678"]],
  ])("%s: %j is not joined into a phone", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
