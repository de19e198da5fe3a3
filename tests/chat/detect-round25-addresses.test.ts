// Issue 13 round 25: directions to a home told in another language (home-directions.ts,
// HOME_DIRECTIONS_ABROAD_PATTERNS): the home told apart twice in one sentence, by a counted home
// ("tercera casa", "zweites Haus"), a coloured part of a house ("portón verde", "roter Zaun"), a
// landmark or a turn. Sentences written for this file, not taken from the corpus. The innocents are
// their neighbours: a car's tailgate or door in a colour, a turn the car pulls to, a shop counted
// ("la segunda casa de repuestos"), a relation that dates something ("nach dem Unfall").
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("directions to a home abroad (round 25)", () => {
  it.each([
    ["Spanish", "pasando la farmacia del centro, la segunda casa, portón azul, ahí vivo"],
    ["Spanish colours twice", "después de la gasolinera a mano izquierda, casa amarilla con reja negra"],
    ["German", "hinter der Sparkasse links rein, drittes Haus, grüner Zaun"],
    ["German turn counted", "nach dem Netto die zweite rechts, das weiße Haus mit dem blauen Tor"],
    ["Polish", "za kościołem w prawo, drugi dom po lewej, zielona brama"],
    ["Polish obok", "obok apteki, trzeci dom, czerwony płot, zapraszam"],
    ["Portuguese", "depois do mercado, terceira casa, portão verde"],
    ["Portuguese colours", "ao lado da escola, a casa amarela com portão preto"],
    ["French", "après la boulangerie à droite, la troisième maison, portail bleu"],
    ["Italian", "dopo la chiesa a destra, la seconda casa, cancello verde"],
    ["Romanian", "după biserică pe stânga, a doua casă, poartă verde"],
    ["Hindi in Latin letters", "school ke peeche doosra ghar, hara gate, aa jao"],
    ["Arabic", "بعد المسجد ثالث بيت يسار، البوابة السوداء"],
    ["Hebrew", "אחרי בית הספר, הבית השלישי עם השער הירוק"],
    ["Ukrainian", "після школи праворуч, третій будинок, зелений паркан"],
    ["Tagalog", "lampas ng simbahan, pangalawang bahay, puting gate"],
  ])("%s: %j is masked whole, by the rules alone too", (_, text) => {
    expect(caughtBy(text, [text])).toBe(true);
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it.each([
    "el portón trasero negro no cierra bien, hay que cambiar el amortiguador",
    "la segunda casa que visité tenía un Corolla rojo, pero lo compré en el taller",
    "cambié la puerta delantera derecha, color gris, quedó perfecta",
    "Die zweite Werkstatt hat den Zahnriemen für 400 Euro gewechselt",
    "mein rotes Auto steht in der Halle, die Bremsen quietschen rechts",
    "Le garage est à droite après le rond-point, on vous attend à 9h",
    "el taller queda pasando el semáforo a la derecha",
    "zmieniłem koło w prawo, opona 205/55 R16",
    "Przy Biedronce kupiłem olej 5W30, czarny kanister",
    "la casa blanca anunció nuevos aranceles a los autos",
    "dupa 3 zile masina merge bine, pe dreapta se aude un zgomot",
    "Fui a la segunda casa de repuestos después del puente y tampoco tenían el filtro",
    "Nach dem Ölwechsel war das zweite Tor der Werkstatt zu, ich musste warten",
    "mall ke paas doosra gate band tha, parking mein gaadi khadi ki",
    "Mi vecino de la casa azul me recomendó el taller de la derecha",
    "Depois da revisão a segunda casa que liguei tinha a peça, muito mais barata",
    "der rote Zaun vom Nachbarn hat mir beim Ausparken die Stoßstange zerkratzt, nach dem Unfall",
    "Après la vidange, la voiture tire à droite, le volant vibre",
    "la tercera vez que voy al taller y la puerta trasera sigue sonando, a la derecha",
    "il cancello automatico dell'officina è rotto, dopo le 18 non si entra",
    "بعد تغيير الزيت الباب الأمامي يصدر صوت من اليمين",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.fails.each([["English with a villa and no claim on the home", "from the mall roundabout go straight, third villa past the bakery, green gate"]])(
    "%s: %j is an ADDRESS to the rules (gap; the trained stage masks it as a deal)",
    (_, text) => {
      expect(kindsOf(text)).toContain("ADDRESS");
    },
  );
});

// Full names given whole in other languages ("mi nombre completo es", "jina langu kamili ni",
// phrases.ts FULL_NAME_IS_ABROAD), an introduction with a cue to look the name up ("nazywam się ...,
// proszę szukać po nazwisku"), and names with letters the normaliser keeps ("ø", "ł"). A bare
// introduction ("me llamo", "ich heiße" and a name) stays clean for the rules, as round 21 set it.
describe("full names given in other languages (round 25)", () => {
  it.each([
    ["for the record my full name is Ingrid Søgaard Holm", "Ingrid Søgaard Holm"],
    ["nazywam się Paweł Wałęsa-Kowal, proszę szukać po nazwisku", "Paweł Wałęsa-Kowal"],
    ["jina langu kamili ni Wanjiru Njeri Kamau", "Wanjiru Njeri Kamau"],
    ["mi nombre completo es Lucía Fernández Ortega", "Lucía Fernández Ortega"],
    ["O meu nome completo é Beatriz Almeida Costa", "Beatriz Almeida Costa"],
    ["mein vollständiger Name ist Jörg Brandstätter", "Jörg Brandstätter"],
  ])("%j hides %j, by the rules alone too", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
    expect(kindsOf(text)).toContain("FULL_NAME");
  });

  it.each([
    "Me llamo Juan, tengo un Corolla 2012",
    "mi nombre completo no importa, solo quiero el presupuesto",
    "Ich heiße Sie willkommen in unserer Werkstatt",
    "me llamó la atención el ruido del motor",
    "nazywam się Tomek",
    "adım adım yaptık, fren balatası değişti",
    "Mi chiamo fuori, il meccanico ha detto che la Fiat Punto ha la frizione andata",
    "Ich heiße Max und fahre einen Ford Ranger",
    "my full name is on the booking already",
    "Ich heiße Sie herzlich willkommen, Herr Doktor",
    "Je m'appelle Renault Clio? non, c'est la voiture",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each(["Me llamo Esteban Quiroga Salas, soy el dueño del Sentra", "Ich heiße Jörg Brandstätter, Halter des Fahrzeugs", "mijn naam is Joost de Vries"])(
    "a bare introduction %j is no FULL_NAME to the rules",
    (text) => {
      expect(kindsOf(text)).not.toContain("FULL_NAME");
    },
  );

  // A famous name before "my name is" (flagged on main too, not by this round's rules).
  it.fails.each([["Sebastian Vettel drove a Ferrari, my name is on the invoice"]])("innocent %j stays clean (gap)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
