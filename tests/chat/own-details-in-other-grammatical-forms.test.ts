// A Russian customer's own surname is masked as written and transliterated ("Smirnova"), but not in
// its grammatical cases ("Смирнову спросите", "у Смирновой"), nor in another transliteration
// ("Smirnowa"), and their street transliterated ("Tverskaya 7") reaches the mechanic.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { deliveredThread } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `bodies`, sent one after another by the customer, joined with " | ". */
const delivered = (...bodies: string[]) =>
  deliveredThread(
    app,
    { firstName: "Karina", lastName: "Смирнова", phone: "+1 503 555 0162", addressLine1: "ул. Тверская, д. 7, кв. 12", postalCode: "125009", city: "Москва" },
    ...bodies.map((body): ["customer", string] => ["customer", body]),
  );

describe("a Russian customer's own details in other forms", () => {
  // Not fixed in round 54: a surname's grammatical cases and other transliterations are not read yet.
  it.fails.each([["Смирнову спросите"], ["машина у Смирновой"], ["Smirnowa"], ["Tverskaya 7"]])("%j is masked", async (body) => {
    expect(await delivered(body)).toContain("[hidden]");
  });

  it("another street's name stays as written", async () => {
    expect(await delivered("машина стоит на Арбате")).toBe("машина стоит на Арбате");
  });
});
