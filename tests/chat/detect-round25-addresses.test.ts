// Issue 13 round 25: directions to a home told in another language (home-directions.ts,
// HOME_DIRECTIONS_ABROAD_PATTERNS): the home told apart twice in one sentence, by a counted home
// ("tercera casa", "zweites Haus"), a coloured part of a house ("portón verde", "roter Zaun"), a
// landmark or a turn. Sentences written for this file, not taken from the corpus. The innocents are
// their neighbours: a car's tailgate or door in a colour, a turn the car pulls to, a shop counted
// ("la segunda casa de repuestos"), a relation that dates something ("nach dem Unfall").
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
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
  // round 43's refit: flags it as ADDRESS
  it.fails.each(["dupa 3 zile masina merge bine, pe dreapta se aude un zgomot"])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // an ADDRESS to the rules since round 31 (home-directions.ts: a route told from a landmark, a villa a home)
  it.each([["English with a villa and no claim on the home", "from the mall roundabout go straight, third villa past the bakery, green gate"]])("%s: %j is an ADDRESS to the rules", (_, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });
});

// The round 25 review's narrowing (home-directions.ts toldApartTwice): a third party as the subject
// of the directions (a business or a person: "El herrero es la segunda casa ...", "Автоэлектрик —
// третий дом ..."), a claim to live somewhere that governs no landmark ("Vivo en Monterrey, ...",
// "Ich wohne in Berlin ..."), a coloured part owned by another place ("del hospital", "vom
// Nachbarn") or named ("Villa Verde", "Ram Lal"), two parts in colours given as a choice or a quote,
// and names after "mi nombre completo es" that are no name. Sentences written for this file. The
// innocents are read on the rules: the trained stage flags three of them on main as well ("Mi primo
// Juan ...", "La Casa Blanca ...", "Tengo dos presupuestos ..."), which this round does not change.
describe("directions abroad after the round 25 review", () => {
  it.each([
    "El herrero es la segunda casa pasando la iglesia, portón negro, abre a las 8",
    "La vulcanizadora queda en la tercera casa después del puente, portón verde",
    "El electricista del coche está en la cuarta casa a la derecha, reja blanca",
    "Mi primo Juan es la segunda casa después del Oxxo, portón verde",
    "A autoelétrica fica na segunda casa depois da padaria, portão branco",
    "Le carrossier se trouve dans la troisième maison après le rond-point, portail bleu",
    "Il gommista si trova nella seconda casa dopo il semaforo, cancello grigio",
    "Der Lackierer ist im dritten Haus nach der Ampel, grünes Tor",
    "Lakiernik jest w trzecim domu za stacją, brama szara",
    "Electricianul auto e a treia casă după pod, poartă gri",
    "Автоэлектрик — третий дом после моста, зелёный забор",
    "Ang talyer ni Mang Jose, pangatlong bahay lampas ng kapilya, berdeng gate",
    "Vivo en Monterrey, el taller que me recomendaron tiene portón negro frente al parque",
    "Moro em Curitiba perto do centro, o carro é azul e a grade preta",
    "J'habite à Nantes près de la gare, ma voiture a une portière blanche",
    "Ich wohne in Berlin neben dem Hauptbahnhof, das Auto hat ein graues Dach",
    "vivo lejos, dejé el carro frente al portón azul del hospital",
    "La casa blanca o la casa azul, no sé cuál taller es, después del puente",
    "¿Prefieres portón negro o portón gris para la cochera?",
    "Wir wohnen in Hamburg, die rote Haustür vom Nachbarn hat mein Auto zerkratzt nach dem Ausparken",
    "Mieszkam w Gdańsku, samochód stoi przy sklepie, biała brama garażu",
    "Locuiesc în Cluj, mașina e parcată lângă poarta albastră a parcării",
    "Main Delhi mein rehta hoon, car mall ke paas hai, safed gate wala parking",
    "أنا ساكن في الرياض، سيارتي عند بوابة المواقف البيضاء بعد المسجد",
    "Я живу в Киеве, машина стоит возле парковки, синий забор стоянки",
    "Ako ay nakatira sa Cebu, yung kotse nasa tapat ng mall, puting gate ng parking",
    "Mein voller Name ist in der App hinterlegt",
    "Mon nom complet est dans mon profil",
    "mi nombre completo es lo de menos, solo quiero el presupuesto",
    "O meu nome completo é igual ao do documento",
    "Il mio nome completo è lo stesso della carta",
    "Moro na Vila Rosa, perto da escola, levo o carro quinta",
    "Vivo en Villa Verde cerca del hospital, llevo el auto el lunes",
    "Sto a casa oggi, il cancello verde dopo la curva è quello dell'officina",
    "La Casa Blanca está después del puente, es un restaurante, portón negro",
    "Ram Lal ka ghar mandir ke paas hai, gaadi wahin milegi",
    "Pinté el portón negro y el muro blanco del taller, quedó bien",
    "Tengo dos presupuestos: portón negro 300, reja blanca 200",
    // Polish and Russian inflected forms in a car's talk
    "W drugim domu kupiłem opony, czarnym Passatem jeździ sąsiad",
    "Samochód z szarym zderzakiem stoi za sklepem, jutro przyjadę",
    "Во втором доме ремонт, машина с белым капотом стоит за магазином",
    "Машина с зелёными дверями, после мойки блестит",
    "Porysowałem drzwi o bramę z czarnym ogrodzeniem za Biedronką",
    // a landmark that is an event: the rain, work, lunch date the rust, not the way
    "Mein Haus hat ein rotes Tor, nach dem Regen rostet es immer",
    "Mi casa tiene portón negro y después de la lluvia se oxida",
    "Minha casa tem portão branco, depois da chuva enferruja",
    "La mia casa ha il cancello verde, dopo la pioggia si arrugginisce",
    "Ma maison a un portail noir, après la pluie il grince",
    "Vente mañana, el coche azul ya está listo después de las pruebas",
    "Komm morgen, das rote Auto steht hinter dem Tor fertig",
    "Il portone verde della mia casa è rotto, dopo la pioggia non si apre",
    "Vivo con mis padres, la casa azul, el carro es de ellos",
    "El segundo coche de la casa es blanco, el otro rojo",
    "Pinté la reja negra de mi casa, después del trabajo te paso el auto",
    "Moro sozinho, o carro fica na garagem da casa amarela depois do trabalho",
    "Mieszkam sam, auto stoi za blokiem, czerwony Opel",
    "Wir wohnen seit 2010 hier, das grüne Auto ist das zweite",
  ])("innocent %j stays clean to the rules", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
  });

  it.each([
    "Para llegar: pasando la gasolinera, tercera casa a la izquierda, portón café",
    "Mi casa queda pasando la farmacia, la del portón negro",
    "Vivimos frente a la cancha, reja verde",
    "Ahí te espero: después del puente, la segunda casa, portón blanco",
    "Moro depois da padaria, casa de muro azul",
    "Estamos na terceira casa depois do posto, portão preto",
    "Chez nous c'est après la boulangerie, portail vert",
    "Venez: troisième maison après la mairie, volets bleus",
    "Abitiamo dopo la chiesa, cancello verde",
    "Casa mia è la terza casa dopo il bar, portone marrone",
    "Wir wohnen hinter der Kirche, grünes Tor",
    "Kommen Sie vorbei: nach dem Edeka das zweite Haus, weißer Zaun",
    "Mieszkamy za szkołą, zielona brama",
    "Przyjedź: za Lidlem drugi dom, czarna brama",
    "Locuim lângă biserică, poartă verde",
    "Hamara ghar school ke saamne hai, laal gate",
    "Aa jao, mandir ke baad doosra ghar, hara gate",
    "منزلي بعد الصيدلية، البوابة البيضاء",
    "הבית שלנו אחרי המכולת, השער הכחול",
    "Мой дом после школы, зелёный забор",
    "Punta kayo, lampas ng simbahan, pangalawang bahay, pulang gate",
    "Mieszkamy w trzecim domu za kościołem, z zielonym płotem",
    "Живём в третьем доме после аптеки, с синим забором",
  ])("%j is an ADDRESS, masked whole", (text) => {
    expect(caughtBy(text, [text])).toBe(true);
  });

  // gap: the home claimed ("mera ghar"), then a parking's white gate by the office: the gate is the parking's ("wala"), not read
  it.fails.each(["Mera ghar bahut door hai, safed gate wala parking office ke paas hai"])("innocent %j stays clean to the rules (gap)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
  });

  // gap: "la segunda" names no home ("casa" left out), so one coloured part and a landmark with no claim remain
  it.fails.each(["La casa es la segunda después del Oxxo, portón verde"])("%j is an ADDRESS (gap)", (text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });
});

// Full names given whole in other languages ("mi nombre completo es", "jina langu kamili ni",
// phrases.ts FULL_NAME_IS_ABROAD), an introduction with a cue to look the name up ("nazywam się ...,
// proszę szukać po nazwisku"), and names with letters the normaliser keeps ("ø", "ł"). A bare
// introduction ("me llamo", "ich heiße" and a name) stayed clean for the rules, as round 21 set it, until round 32 (the
// product owner's decision: the writer's full name is a contact detail in every language).
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
    "a bare introduction %j is a FULL_NAME to the rules (round 32)",
    (text) => {
      expect(kindsOf(text)).toContain("FULL_NAME");
    },
  );

  // A famous name before "my name is" (flagged on main too, not by this round's rules).
  it.fails.each([["Sebastian Vettel drove a Ferrari, my name is on the invoice"]])("innocent %j stays clean (gap)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

// Review 2 of round 25: two coloured parts are painting work, not directions, unless a landmark, a turn,
// a claim or an invitation comes with them; the Hebrew gate or goal (שער) counts only with a colour; a
// garage cancels as the subject or the landmark only; a contrast cuts the sentence after a claim.
describe("directions to a home abroad, review 2 neighbours (round 25)", () => {
  it.each([
    "Pinté el portón negro y la reja blanca, ahora la camioneta tiene gotas de pintura en el toldo",
    "Vamos a pintar el portón verde y la barda gris, conviene tapar el coche con una lona",
    "Pintei o portão azul e o muro branco no sábado e caiu tinta no capô",
    "J'ai peint le portail vert et les volets bleus, il y a des taches sur le pare-brise",
    "Ho dipinto il cancello verde e la facciata bianca, ora il cofano ha degli schizzi",
    "Wir haben den roten Zaun und das grüne Tor gestrichen, jetzt hat der Golf Farbflecken",
    "Pomalowałem zieloną bramę i biały płot, farba kapnęła na maskę",
    "Tengo portón negro y barda blanca, el sensor de reversa pita cuando me acerco",
    "Das grüne Tor und der weiße Zaun spiegeln sich im Lack, so sieht man jeden Kratzer",
    "O portão preto e o muro branco aparecem no reflexo da pintura nova do carro",
    "Le portail noir et la clôture blanche se reflètent sur le capot neuf",
    "Quiero streichen lassen: das rote Tor und den grauen Zaun, danach hole ich den Wagen",
  ])("painting or describing two coloured parts %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    "אני גר ליד האצטדיון, השער השלישי סגור אז חניתי רחוק",
    "אחרי השער השני ברחתי מהמגרש והרכב לא הניע",
    "ראיתי את השער הראשון במשחק ואז הרכב נכבה ליד החניה",
    "גרים ליד המגרש, השער השני נסגר בשמונה",
    "המשחק נגמר אחרי השער השלישי ונסעתי הביתה",
    "אני גרה מול הפארק, השער הראשון שבור אז נכנסתי מהצד",
    "בשער הראשון של החניון שילמתי, הרכב עומד בקומה שתיים",
    "אני גר ליד הים, אחרי השער האחרון של הנמל יש תחנת דלק",
    "השער השני של החניון סגור, הרכב בקומה מינוס שתיים",
    "אני גר אחרי הגשר, השער השני בכניסה לעיר, נסיעה של עשר דקות",
  ])("a Hebrew gate or goal counted %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    "Le garage est la deuxième maison après l'église, portail vert",
    "A garagem fica na segunda casa depois da padaria, portão azul",
    "Die Garage ist das zweite Haus nach der Kirche, grünes Tor",
    "Depois da garagem, segunda casa, portão azul, fica a borracharia do Zé",
    "Après le garage, la deuxième maison au portail vert vend des pneus d'occasion",
    "El portón verde de la segunda casa lo vi en una revista, pero no sé dónde queda",
    "Quería pasar por la segunda casa de portón verde, pero la grúa no llegó",
    "O portão azul da terceira casa é igual ao meu, mas o carro é outro assunto",
    "Das zweite Haus mit grünem Tor habe ich gesehen, aber die Werkstatt ist woanders",
    "La seconda casa col cancello verde era in vendita, ma non l'abbiamo presa",
    "Vi la segunda casa, portón verde, pero el carro lo dejé en el taller",
    "Ma voiture est au garage, deuxième maison après la mairie, portail vert",
    "Il portone nero, ma quello della seconda casa è verde, lo dico per la foto del danno",
  ])("a garage as subject or landmark, or a contrast after a description, %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

// Review 2 of round 25, full names abroad (phrases.ts nameGivenAbroad): a compound first name with the surname
// said to be elsewhere, a name described rather than given, a form label pointing to the booking.
describe("full names abroad, review 2 neighbours (round 25)", () => {
  it.each([
    "Mi nombre completo es José Luis, el apellido ya está en la reserva",
    "Mon nom complet est Jean Pierre, le nom est sur la carte grise",
    "Mein vollständiger Name ist Hans Peter, der Nachname steht in der Buchung",
    "Mi nombre completo es María José, mi apellido lo tienen en la factura",
    "Mi nombre completo es igualito al de mi papá, por eso se confunden",
    "Mi nombre completo es muy largo para el formulario",
    "Meu nome completo é bem comprido, não coube na nota",
    "Mi nombre completo es el que aparece en la reserva",
    "Mein vollständiger Name lautet wie auf der Rechnung",
    "Nome e cognome: come sulla ricevuta, grazie",
    "Nom et prénom : voir la facture jointe",
    "Vor- und Nachname: siehe Buchung im Portal",
    "Imię i nazwisko: jak w rezerwacji",
    "mi nombre completo es difícil de escribir, te lo paso por la app",
    "Mi nombre completo es secreto jaja, el taller ya lo tiene",
    "O meu nome completo é igual ao do meu pai, só muda o Júnior",
    "Il mio nome completo è troppo lungo per la fattura",
    "Mi nombre completo es Juan Carlos, apellido en el perfil",
  ])("%j is no full name", (text) => {
    expect(flaggedBy(text)).toBe(false);
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
  });

  // The rules drop these; the trained stage (not retrained) still flags the compound first name.
  it.each(["Meu nome completo é Ana Clara, o sobrenome tá no cadastro do app", "Il mio nome completo è Gian Marco, il cognome è sulla ricevuta"])("%j is no full name to the rules", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
  });

  it.each([
    ["Mi nombre completo es rodrigo salinas ortega, apúntalo", "rodrigo salinas ortega"],
    ["Mein vollständiger Name lautet Stefan Krüger", "Stefan Krüger"],
    ["Nom et prénom : Claire Dubois", "Claire Dubois"],
    ["Vor- und Nachname: Stefan Krüger", "Stefan Krüger"],
    ["mi nombre real es ximena torres aguilar por si me buscas", "ximena torres aguilar"],
  ])("%j gives a full name", (text, name) => {
    expect(caughtBy(text, [name], DEFAULT_DETECTION_OPTIONS)).toBe(true);
  });
});

// A car's door or windows in a colour near a claim and a landmark: "puerta" and "ventanas" stay out of the
// parts of a home (added, they flagged five of these).
describe("a car's coloured door is no part of a home (round 25, review 2)", () => {
  it.each([
    "Vivo pasando la iglesia, mi carro tiene la puerta blanca rayada",
    "Vivo cerca del centro, la puerta roja del copiloto no abre",
    "Compré la puerta roja y las ventanas negras en el deshuesadero para mi vocho",
    "Vivo frente al parque y la puerta azul del Jetta hace ruido al cerrar",
    "La camioneta tiene puerta gris y ventanas negras, la compré después de la feria",
    "Vivo a la derecha de la plaza, ¿cuánto cuesta pintar la puerta roja?",
    "Mi vocho tiene la puerta verde y el cofre blanco, vivo cerca de la terminal",
    "La segunda puerta blanca del lado del chofer no cierra bien",
    "Vivimos detrás del mercado, el Tsuru con puerta negra es el mío, revísalo cuando vengas",
    "Ventanas negras y puerta roja, así quedó el Chevy después de la lluvia",
    "Vivo frente a la escuela, le cambié la puerta roja al carro y quedó dispareja",
    "Vivo después del puente, la puerta blanca trasera tiene un golpe",
  ])("%j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
