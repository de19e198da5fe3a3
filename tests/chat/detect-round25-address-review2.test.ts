// Round 25, second review (addr25): directions to a home abroad (home-directions.ts HOME_DIRECTIONS_ABROAD_PATTERNS,
// toldApartTwice) and full names introduced abroad (phrases.ts FULL_NAME_IS_ABROAD, nameGivenAbroad). New sentences,
// none from the first review or the branch's tests. Each runs with the rules (DEFAULT_DETECTION_OPTIONS) and with the
// application's options (APPLICATION: rules + trained second stage). `it.fails` marks what the branch gets wrong.
// Branch counts: innocents flagged rules 14/59, app 15/59; attacks caught and hidden rules 55/67, app 55/67.
// After the fix (lead's policy: a relative's house told apart where the car or the customer is, 9 sentences, is an
// attack): innocents flagged rules 1/50, app 3/50; attacks caught and hidden rules 73/76, app 73/76.
// Main (same helpers, main worktree): innocents flagged rules 1/59, app 3/59; attacks caught and hidden rules 13/67, app 19/67.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 25 review 2: innocents stay clean", () => {
  it("es workshop 4th house (rules)", () =>
    expect(flaggedBy("El taller de mi compadre queda en la cuarta casa pasando la farmacia, portón gris, dile que vas de mi parte", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails("es workshop 4th house (app)", () =>
    expect(flaggedBy("El taller de mi compadre queda en la cuarta casa pasando la farmacia, portón gris, dile que vas de mi parte", APPLICATION)).toBe(false),
  );
  it("es neighbour's gate scratched (rules)", () => expect(flaggedBy("Mi vecino de al lado tiene el portón rojo y le rayé la defensa al sacar la camioneta", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es neighbour's gate scratched (app)", () => expect(flaggedBy("Mi vecino de al lado tiene el portón rojo y le rayé la defensa al sacar la camioneta", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("es aunt's house holiday (rules)", () =>
    expect(flaggedBy("En Navidad dejo el coche en casa de mi tía, la segunda casa después de la iglesia, fachada blanca, y lo recojo el 2", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("es aunt's house holiday (app)", () =>
    expect(flaggedBy("En Navidad dejo el coche en casa de mi tía, la segunda casa después de la iglesia, fachada blanca, y lo recojo el 2", APPLICATION)).toBe(true));
  it("es first name only (rules)", () => expect(flaggedBy("Mi nombre es Andrés, el del Sentra gris que dejé ayer", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es first name only (app)", () => expect(flaggedBy("Mi nombre es Andrés, el del Sentra gris que dejé ayer", APPLICATION)).toBe(false));
  it("es booking name (rules)", () => expect(flaggedBy("Mi nombre completo es igual al de la reserva, no hace falta repetirlo", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es booking name (app)", () => expect(flaggedBy("Mi nombre completo es igual al de la reserva, no hace falta repetirlo", APPLICATION)).toBe(false));
  it("es street in passing (rules)", () => expect(flaggedBy("Vivo por la zona de la calle Hidalgo, pero prefiero que revisen el carro en el taller", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es street in passing (app)", () => expect(flaggedBy("Vivo por la zona de la calle Hidalgo, pero prefiero que revisen el carro en el taller", APPLICATION)).toBe(false));
  it("es parking two colours (rules)", () =>
    expect(flaggedBy("Dejé el Versa blanco con el cofre negro en el estacionamiento, junto al portón verde de la entrada", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es parking two colours (app)", () => expect(flaggedBy("Dejé el Versa blanco con el cofre negro en el estacionamiento, junto al portón verde de la entrada", APPLICATION)).toBe(false));
  it("es paint two colours (rules)", () =>
    expect(flaggedBy("¿Cuánto cuesta pintar la fachada? No, perdón, quiero la puerta blanca y la defensa negra del Aveo", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es paint two colours (app)", () => expect(flaggedBy("¿Cuánto cuesta pintar la fachada? No, perdón, quiero la puerta blanca y la defensa negra del Aveo", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("pt relative's house (rules)", () =>
    expect(flaggedBy("O carro fica na casa da minha sogra, segunda casa depois da padaria, portão azul, ela entrega a chave", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("pt relative's house (app)", () => expect(flaggedBy("O carro fica na casa da minha sogra, segunda casa depois da padaria, portão azul, ela entrega a chave", APPLICATION)).toBe(true));
  it("pt neighbour parking (rules)", () => expect(flaggedBy("O vizinho estacionou o carro preto em frente ao portão branco da garagem e não consigo sair", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt neighbour parking (app)", () => expect(flaggedBy("O vizinho estacionou o carro preto em frente ao portão branco da garagem e não consigo sair", APPLICATION)).toBe(false));
  it("pt first name (rules)", () => expect(flaggedBy("Meu nome é Thiago, sou o dono do Gol prata", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt first name (app)", () => expect(flaggedBy("Meu nome é Thiago, sou o dono do Gol prata", APPLICATION)).toBe(false));
  // flagged OFF_PLATFORM_DEAL on main as well: an older rule, not this branch's
  it.fails("pt booking (rules)", () => expect(flaggedBy("O meu nome completo é aquele do cadastro, pode conferir no app", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  // flagged OFF_PLATFORM_DEAL on main as well: an older rule, not this branch's
  it.fails("pt booking (app)", () => expect(flaggedBy("O meu nome completo é aquele do cadastro, pode conferir no app", APPLICATION)).toBe(false));
  it("pt holidays (rules)", () =>
    expect(flaggedBy("Nas férias vou para a casa de praia do meu irmão, depois do posto, casa amarela, volto dia 10 pra buscar o carro", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt holidays (app)", () => expect(flaggedBy("Nas férias vou para a casa de praia do meu irmão, depois do posto, casa amarela, volto dia 10 pra buscar o carro", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("fr cousin's house (rules)", () =>
    expect(flaggedBy("Pendant les vacances la voiture reste chez mon cousin, deuxième maison après la mairie, volets bleus", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("fr cousin's house (app)", () => expect(flaggedBy("Pendant les vacances la voiture reste chez mon cousin, deuxième maison après la mairie, volets bleus", APPLICATION)).toBe(true));
  it("fr garage colours (rules)", () =>
    expect(flaggedBy("La carrosserie est à côté de la boulangerie, portail vert et façade blanche, ils font les devis gratuits", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr garage colours (app)", () => expect(flaggedBy("La carrosserie est à côté de la boulangerie, portail vert et façade blanche, ils font les devis gratuits", APPLICATION)).toBe(false));
  it("fr first name (rules)", () => expect(flaggedBy("Je m'appelle Mathieu, c'est pour la Mégane noire", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr first name (app)", () => expect(flaggedBy("Je m'appelle Mathieu, c'est pour la Mégane noire", APPLICATION)).toBe(false));
  it("fr invoice name (rules)", () => expect(flaggedBy("Mon nom complet est indiqué sur la carte grise", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr invoice name (app)", () => expect(flaggedBy("Mon nom complet est indiqué sur la carte grise", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("it parents (rules)", () => expect(flaggedBy("La macchina è a casa dei miei genitori, la seconda casa dopo il bar, cancello verde, passo domenica", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("it parents (app)", () => expect(flaggedBy("La macchina è a casa dei miei genitori, la seconda casa dopo il bar, cancello verde, passo domenica", APPLICATION)).toBe(true));
  it("it parking (rules)", () => expect(flaggedBy("Ho parcheggiato la Punto bianca davanti al cancello nero della scuola, è la prima a destra", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it parking (app)", () => expect(flaggedBy("Ho parcheggiato la Punto bianca davanti al cancello nero della scuola, è la prima a destra", APPLICATION)).toBe(false));
  it("it first name (rules)", () => expect(flaggedBy("Mi chiamo Giorgio, ti ho scritto per la revisione della Fiesta", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it first name (app)", () => expect(flaggedBy("Mi chiamo Giorgio, ti ho scritto per la revisione della Fiesta", APPLICATION)).toBe(false));
  it("it booking (rules)", () => expect(flaggedBy("Il mio nome completo è nella prenotazione di martedì", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it booking (app)", () => expect(flaggedBy("Il mio nome completo è nella prenotazione di martedì", APPLICATION)).toBe(false));
  it("de workshop (rules)", () => expect(flaggedBy("Die Werkstatt von meinem Schwager ist das dritte Haus nach der Tankstelle, grünes Tor, sag ihm Bescheid", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de workshop (app)", () => expect(flaggedBy("Die Werkstatt von meinem Schwager ist das dritte Haus nach der Tankstelle, grünes Tor, sag ihm Bescheid", APPLICATION)).toBe(false));
  it("de neighbour (rules)", () => expect(flaggedBy("Mein Nachbar hat ein rotes Tor und ich habe beim Ausparken die Stoßstange verkratzt", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de neighbour (app)", () => expect(flaggedBy("Mein Nachbar hat ein rotes Tor und ich habe beim Ausparken die Stoßstange verkratzt", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("de holidays (rules)", () => expect(flaggedBy("Im Urlaub steht das Auto bei meiner Oma, zweites Haus nach der Kirche, weißer Zaun, bin am 5. zurück", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("de holidays (app)", () => expect(flaggedBy("Im Urlaub steht das Auto bei meiner Oma, zweites Haus nach der Kirche, weißer Zaun, bin am 5. zurück", APPLICATION)).toBe(true));
  it("de first name (rules)", () => expect(flaggedBy("Ich heiße Jonas, wegen dem Golf mit dem Ölverlust", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de first name (app)", () => expect(flaggedBy("Ich heiße Jonas, wegen dem Golf mit dem Ölverlust", APPLICATION)).toBe(false));
  it("de name on invoice (rules)", () => expect(flaggedBy("Mein vollständiger Name ist auf der Rechnung, bitte dort nachschauen", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de name on invoice (app)", () => expect(flaggedBy("Mein vollständiger Name ist auf der Rechnung, bitte dort nachschauen", APPLICATION)).toBe(false));
  // policy (lead): a relative's house told apart where the car is, an attack; caught since 'ma' no longer cancels the sentence (a contrast only after a comma)
  it("pl grandma (rules)", () => expect(flaggedBy("Auto stoi u babci, drugi dom za kościołem, zielona brama, kluczyki ma sąsiad", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): a relative's house told apart where the car is, an attack; caught since 'ma' no longer cancels the sentence (a contrast only after a comma)
  it("pl grandma (app)", () => expect(flaggedBy("Auto stoi u babci, drugi dom za kościołem, zielona brama, kluczyki ma sąsiad", APPLICATION)).toBe(true));
  it("pl parking (rules)", () => expect(flaggedBy("Zaparkowałem czarne auto przy szarym płocie parkingu pod biurem", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl parking (app)", () => expect(flaggedBy("Zaparkowałem czarne auto przy szarym płocie parkingu pod biurem", APPLICATION)).toBe(false));
  it("pl first name (rules)", () => expect(flaggedBy("Nazywam się Tomek, piszę w sprawie Astry", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl first name (app)", () => expect(flaggedBy("Nazywam się Tomek, piszę w sprawie Astry", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("ro uncle (rules)", () => expect(flaggedBy("Mașina e la unchiul meu, a doua casă după biserică, poartă verde, îi las cheile", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("ro uncle (app)", () => expect(flaggedBy("Mașina e la unchiul meu, a doua casă după biserică, poartă verde, îi las cheile", APPLICATION)).toBe(true));
  it("ro parking (rules)", () => expect(flaggedBy("Am parcat Logan-ul alb lângă poarta neagră a parcării de la mall", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ro parking (app)", () => expect(flaggedBy("Am parcat Logan-ul alb lângă poarta neagră a parcării de la mall", APPLICATION)).toBe(false));
  it("hi workshop (rules)", () => expect(flaggedBy("Mistri ka garage doosra makaan hai mandir ke baad, hara gate, wahan le jana", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("hi workshop (app)", () => expect(flaggedBy("Mistri ka garage doosra makaan hai mandir ke baad, hara gate, wahan le jana", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("hi relative (rules)", () => expect(flaggedBy("Gaadi chacha ke ghar pe hai, teesra ghar school ke paas, neela gate, wo chaabi de denge", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("hi relative (app)", () => expect(flaggedBy("Gaadi chacha ke ghar pe hai, teesra ghar school ke paas, neela gate, wo chaabi de denge", APPLICATION)).toBe(true));
  it("hi colours (rules)", () => expect(flaggedBy("Car safed hai aur bonnet kala karwana hai, kitna lagega", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("hi colours (app)", () => expect(flaggedBy("Car safed hai aur bonnet kala karwana hai, kitna lagega", APPLICATION)).toBe(false));
  it("ar workshop (rules)", () => expect(flaggedBy("الورشة بعد المسجد، البيت الثاني، البوابة الخضراء، قل لهم أنك من طرفي", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar workshop (app)", () => expect(flaggedBy("الورشة بعد المسجد، البيت الثاني، البوابة الخضراء، قل لهم أنك من طرفي", APPLICATION)).toBe(false));
  it("ar neighbour (rules)", () => expect(flaggedBy("جاري عنده بوابة سوداء وخدشت الصدام وأنا أطلع السيارة", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar neighbour (app)", () => expect(flaggedBy("جاري عنده بوابة سوداء وخدشت الصدام وأنا أطلع السيارة", APPLICATION)).toBe(false));
  it("he garage (rules)", () => expect(flaggedBy("המוסך נמצא אחרי הצומת, הבניין השני, השער הכחול", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("he garage (app)", () => expect(flaggedBy("המוסך נמצא אחרי הצומת, הבניין השני, השער הכחול", APPLICATION)).toBe(false));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("he parents (rules)", () => expect(flaggedBy("הרכב אצל ההורים שלי, הבית השלישי אחרי בית הספר, שער ירוק, אני אביא מפתח", DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // policy (lead): directions that pinpoint a house where the car or the customer can be found, a relative's house too, take the job off the platform: an attack, caught
  it("he parents (app)", () => expect(flaggedBy("הרכב אצל ההורים שלי, הבית השלישי אחרי בית הספר, שער ירוק, אני אביא מפתח", APPLICATION)).toBe(true));
  it("ru workshop (rules)", () => expect(flaggedBy("Автосервис во втором доме после заправки, зелёные ворота, скажите что от меня", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru workshop (app)", () => expect(flaggedBy("Автосервис во втором доме после заправки, зелёные ворота, скажите что от меня", APPLICATION)).toBe(false));
  it("ru parking (rules)", () => expect(flaggedBy("Оставил белую машину у серого забора на парковке возле работы", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru parking (app)", () => expect(flaggedBy("Оставил белую машину у серого забора на парковке возле работы", APPLICATION)).toBe(false));
  it("ru first name (rules)", () => expect(flaggedBy("Меня зовут Саша, пишу по поводу Соляриса", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru first name (app)", () => expect(flaggedBy("Меня зовут Саша, пишу по поводу Соляриса", APPLICATION)).toBe(false));
  it("uk relative (rules)", () => expect(flaggedBy("Машина стоїть у тещі, другий будинок після церкви, сині ворота", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails("uk relative (app)", () => expect(flaggedBy("Машина стоїть у тещі, другий будинок після церкви, сині ворота", APPLICATION)).toBe(false));
  it("tl workshop (rules)", () => expect(flaggedBy("Yung talyer ng pinsan ko ay pangalawang bahay pagkatapos ng simbahan, berdeng gate", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl workshop (app)", () => expect(flaggedBy("Yung talyer ng pinsan ko ay pangalawang bahay pagkatapos ng simbahan, berdeng gate", APPLICATION)).toBe(false));
  it("tl parking (rules)", () => expect(flaggedBy("Pinark ko yung puting kotse sa tabi ng itim na gate ng parking sa mall", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl parking (app)", () => expect(flaggedBy("Pinark ko yung puting kotse sa tabi ng itim na gate ng parking sa mall", APPLICATION)).toBe(false));
  it("tl first name (rules)", () => expect(flaggedBy("Ako si Mark, yung may-ari ng Vios", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl first name (app)", () => expect(flaggedBy("Ako si Mark, yung may-ari ng Vios", APPLICATION)).toBe(false));
  it("es painted gate+wall (rules)", () =>
    expect(flaggedBy("Pinté el portón negro y la barda blanca el fin de semana y me salpicó pintura en el cofre del Tsuru", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es painted gate+wall (app)", () => expect(flaggedBy("Pinté el portón negro y la barda blanca el fin de semana y me salpicó pintura en el cofre del Tsuru", APPLICATION)).toBe(false));
  it("de painted gate+fence (rules)", () =>
    expect(flaggedBy("Habe am Wochenende das grüne Tor und den weißen Zaun gestrichen, jetzt sind Farbspritzer auf der Motorhaube", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de painted gate+fence (app)", () => expect(flaggedBy("Habe am Wochenende das grüne Tor und den weißen Zaun gestrichen, jetzt sind Farbspritzer auf der Motorhaube", APPLICATION)).toBe(false));
  it("pl painted gate+fence (rules)", () => expect(flaggedBy("Malowałem czarną bramę i biały płot, teraz mam kropki farby na masce", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl painted gate+fence (app)", () => expect(flaggedBy("Malowałem czarną bramę i biały płot, teraz mam kropki farby na masce", APPLICATION)).toBe(false));
  it("ru painted gate+fence (rules)", () => expect(flaggedBy("Красил зелёные ворота и белый забор, теперь капли краски на капоте", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru painted gate+fence (app)", () => expect(flaggedBy("Красил зелёные ворота и белый забор, теперь капли краски на капоте", APPLICATION)).toBe(false));
  it("ar car doors (rules)", () => expect(flaggedBy("بعد الحادث صار الباب الأمامي أزرق والباب الثاني أبيض، أبغى أصبغهم بنفس اللون", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar car doors (app)", () => expect(flaggedBy("بعد الحادث صار الباب الأمامي أزرق والباب الثاني أبيض، أبغى أصبغهم بنفس اللون", APPLICATION)).toBe(false));
  it("he football goal (rules)", () => expect(flaggedBy("אני גר ליד האצטדיון, אחרי השער השני יצאתי לרכב והוא לא הניע", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("he football goal (app)", () => expect(flaggedBy("אני גר ליד האצטדיון, אחרי השער השני יצאתי לרכב והוא לא הניע", APPLICATION)).toBe(false));
  it("tl neighbour gate (rules)", () => expect(flaggedBy("Yung kapitbahay namin may pulang gate at puting bakod, doon ko nagasgas yung pinto ng kotse", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl neighbour gate (app)", () => expect(flaggedBy("Yung kapitbahay namin may pulang gate at puting bakod, doon ko nagasgas yung pinto ng kotse", APPLICATION)).toBe(false));
  it("ro neighbour (rules)", () => expect(flaggedBy("Am lovit gardul alb și poarta verde a vecinului cu bara din spate", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ro neighbour (app)", () => expect(flaggedBy("Am lovit gardul alb și poarta verde a vecinului cu bara din spate", APPLICATION)).toBe(false));
  it("es own house no location (rules)", () => expect(flaggedBy("La grúa no cabe: mi portón negro es angosto y la barda blanca está pegada a la banqueta", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es own house no location (app)", () => expect(flaggedBy("La grúa no cabe: mi portón negro es angosto y la barda blanca está pegada a la banqueta", APPLICATION)).toBe(false));
  it("it holiday villa (rules)", () => expect(flaggedBy("Ad agosto affittiamo la villetta bianca dopo il faro a Gallipoli, quindi il tagliando a settembre", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it holiday villa (app)", () => expect(flaggedBy("Ad agosto affittiamo la villetta bianca dopo il faro a Gallipoli, quindi il tagliando a settembre", APPLICATION)).toBe(false));
  it("es compound first name (rules)", () => expect(flaggedBy("Mi nombre completo es José Luis, el apellido ya está en la reserva", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es compound first name (app)", () => expect(flaggedBy("Mi nombre completo es José Luis, el apellido ya está en la reserva", APPLICATION)).toBe(false));
  it("pt compound first name (rules)", () => expect(flaggedBy("Meu nome completo é Ana Clara, o sobrenome tá no cadastro do app", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  // round 41's second refit: flags it as FULL_NAME
  it.fails("pt compound first name (app)", () => expect(flaggedBy("Meu nome completo é Ana Clara, o sobrenome tá no cadastro do app", APPLICATION)).toBe(false));
  it("de name too long (rules)", () => expect(flaggedBy("Mein vollständiger Name ist zu lang für das Formular, bitte nur Jonas eintragen", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de name too long (app)", () => expect(flaggedBy("Mein vollständiger Name ist zu lang für das Formular, bitte nur Jonas eintragen", APPLICATION)).toBe(false));
  it("it first name ma (rules)", () => expect(flaggedBy("Il mio nome completo è Giovanni ma tutti mi chiamano Gianni", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it first name ma (app)", () => expect(flaggedBy("Il mio nome completo è Giovanni ma tutti mi chiamano Gianni", APPLICATION)).toBe(false));
});

describe("round 25 review 2: attacks are caught and hidden", () => {
  it("es home (rules)", () =>
    expect(
      caughtBy(
        "Vivo en la tercera casa pasando la tiendita, portón café con la barda blanca, toca fuerte",
        ["Vivo en la tercera casa pasando la tiendita, portón café con la barda blanca, toca fuerte"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es home (app)", () =>
    expect(
      caughtBy(
        "Vivo en la tercera casa pasando la tiendita, portón café con la barda blanca, toca fuerte",
        ["Vivo en la tercera casa pasando la tiendita, portón café con la barda blanca, toca fuerte"],
        APPLICATION,
      ),
    ).toBe(true));
  it("es invite (rules)", () =>
    expect(
      caughtBy(
        "Vente a mi casa mejor: después del Oxxo a mano derecha, la casa azul de dos pisos con reja negra",
        ["Vente a mi casa mejor: después del Oxxo a mano derecha, la casa azul de dos pisos con reja negra"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es invite (app)", () =>
    expect(
      caughtBy(
        "Vente a mi casa mejor: después del Oxxo a mano derecha, la casa azul de dos pisos con reja negra",
        ["Vente a mi casa mejor: después del Oxxo a mano derecha, la casa azul de dos pisos con reja negra"],
        APPLICATION,
      ),
    ).toBe(true));
  it("es mia (rules)", () =>
    expect(caughtBy("La mía es la segunda casa frente al parque, la del portón verde", ["La mía es la segunda casa frente al parque, la del portón verde"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es mia (app)", () =>
    expect(caughtBy("La mía es la segunda casa frente al parque, la del portón verde", ["La mía es la segunda casa frente al parque, la del portón verde"], APPLICATION)).toBe(true));
  it("es full name (rules)", () => expect(caughtBy("Mi nombre completo es Rodrigo Alberto Salinas, búscame en Facebook", ["Rodrigo Alberto Salinas"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es full name (app)", () => expect(caughtBy("Mi nombre completo es Rodrigo Alberto Salinas, búscame en Facebook", ["Rodrigo Alberto Salinas"], APPLICATION)).toBe(true));
  it("es lower full name (rules)", () => expect(caughtBy("mi nombre real es ximena torres aguilar por si me buscas", ["ximena torres aguilar"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es lower full name (app)", () => expect(caughtBy("mi nombre real es ximena torres aguilar por si me buscas", ["ximena torres aguilar"], APPLICATION)).toBe(true));
  it("pt home (rules)", () =>
    expect(caughtBy("Moro na terceira casa depois da padaria, portão preto e muro amarelo", ["Moro na terceira casa depois da padaria, portão preto e muro amarelo"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("pt home (app)", () =>
    expect(caughtBy("Moro na terceira casa depois da padaria, portão preto e muro amarelo", ["Moro na terceira casa depois da padaria, portão preto e muro amarelo"], APPLICATION)).toBe(true));
  it("pt invite (rules)", () =>
    expect(
      caughtBy(
        "Passa lá em casa, subindo a ladeira à direita, casa verde com portão branco",
        ["Passa lá em casa, subindo a ladeira à direita, casa verde com portão branco"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("pt invite (app)", () =>
    expect(caughtBy("Passa lá em casa, subindo a ladeira à direita, casa verde com portão branco", ["Passa lá em casa, subindo a ladeira à direita, casa verde com portão branco"], APPLICATION)).toBe(
      true,
    ));
  it("pt full name (rules)", () => expect(caughtBy("Meu nome completo é Fernanda Lima Costa, me procura no insta", ["Fernanda Lima Costa"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pt full name (app)", () => expect(caughtBy("Meu nome completo é Fernanda Lima Costa, me procura no insta", ["Fernanda Lima Costa"], APPLICATION)).toBe(true));
  it("fr home (rules)", () =>
    expect(
      caughtBy(
        "J'habite la deuxième maison après la pharmacie, portail noir et volets bleus",
        ["J'habite la deuxième maison après la pharmacie, portail noir et volets bleus"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("fr home (app)", () =>
    expect(
      caughtBy("J'habite la deuxième maison après la pharmacie, portail noir et volets bleus", ["J'habite la deuxième maison après la pharmacie, portail noir et volets bleus"], APPLICATION),
    ).toBe(true));
  it("fr invite (rules)", () =>
    expect(
      caughtBy(
        "Passez à la maison, juste après la boulangerie à droite, maison blanche portail vert",
        ["Passez à la maison, juste après la boulangerie à droite, maison blanche portail vert"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("fr invite (app)", () =>
    expect(
      caughtBy(
        "Passez à la maison, juste après la boulangerie à droite, maison blanche portail vert",
        ["Passez à la maison, juste après la boulangerie à droite, maison blanche portail vert"],
        APPLICATION,
      ),
    ).toBe(true));
  it("fr full name (rules)", () => expect(caughtBy("Mon vrai nom est Claire Dubois, cherchez-moi sur Facebook", ["Claire Dubois"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr full name (app)", () => expect(caughtBy("Mon vrai nom est Claire Dubois, cherchez-moi sur Facebook", ["Claire Dubois"], APPLICATION)).toBe(true));
  it("it home (rules)", () =>
    expect(
      caughtBy("Abito nella terza casa dopo la chiesa, cancello verde e facciata gialla", ["Abito nella terza casa dopo la chiesa, cancello verde e facciata gialla"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("it home (app)", () =>
    expect(caughtBy("Abito nella terza casa dopo la chiesa, cancello verde e facciata gialla", ["Abito nella terza casa dopo la chiesa, cancello verde e facciata gialla"], APPLICATION)).toBe(true));
  it("it invite (rules)", () =>
    expect(
      caughtBy(
        "Vieni a casa mia: dopo il bar a destra, villetta bianca con il cancello nero",
        ["Vieni a casa mia: dopo il bar a destra, villetta bianca con il cancello nero"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("it invite (app)", () =>
    expect(
      caughtBy("Vieni a casa mia: dopo il bar a destra, villetta bianca con il cancello nero", ["Vieni a casa mia: dopo il bar a destra, villetta bianca con il cancello nero"], APPLICATION),
    ).toBe(true));
  it("it full name (rules)", () => expect(caughtBy("Il mio nome completo è Marco Bellini, cercami su Facebook", ["Marco Bellini"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("it full name (app)", () => expect(caughtBy("Il mio nome completo è Marco Bellini, cercami su Facebook", ["Marco Bellini"], APPLICATION)).toBe(true));
  it("de home (rules)", () =>
    expect(
      caughtBy("Ich wohne im dritten Haus nach der Kirche, grünes Tor und weißer Zaun", ["Ich wohne im dritten Haus nach der Kirche, grünes Tor und weißer Zaun"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("de home (app)", () =>
    expect(caughtBy("Ich wohne im dritten Haus nach der Kirche, grünes Tor und weißer Zaun", ["Ich wohne im dritten Haus nach der Kirche, grünes Tor und weißer Zaun"], APPLICATION)).toBe(true));
  it("de invite (rules)", () =>
    expect(
      caughtBy(
        "Komm vorbei: nach dem Bäcker rechts rein, das gelbe Haus mit dem schwarzen Tor",
        ["Komm vorbei: nach dem Bäcker rechts rein, das gelbe Haus mit dem schwarzen Tor"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("de invite (app)", () =>
    expect(
      caughtBy("Komm vorbei: nach dem Bäcker rechts rein, das gelbe Haus mit dem schwarzen Tor", ["Komm vorbei: nach dem Bäcker rechts rein, das gelbe Haus mit dem schwarzen Tor"], APPLICATION),
    ).toBe(true));
  it("de full name (rules)", () => expect(caughtBy("Mein richtiger Name ist Stefan Krüger, such mich auf Facebook", ["Stefan Krüger"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("de full name (app)", () => expect(caughtBy("Mein richtiger Name ist Stefan Krüger, such mich auf Facebook", ["Stefan Krüger"], APPLICATION)).toBe(true));
  it("pl home (rules)", () =>
    expect(caughtBy("Mieszkam w drugim domu za sklepem, zielona brama i biały płot", ["Mieszkam w drugim domu za sklepem, zielona brama i biały płot"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl home (app)", () =>
    expect(caughtBy("Mieszkam w drugim domu za sklepem, zielona brama i biały płot", ["Mieszkam w drugim domu za sklepem, zielona brama i biały płot"], APPLICATION)).toBe(true));
  it("pl invite (rules)", () =>
    expect(caughtBy("Wpadnij do mnie, za kościołem w prawo, żółty dom z brązową bramą", ["Wpadnij do mnie, za kościołem w prawo, żółty dom z brązową bramą"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl invite (app)", () =>
    expect(caughtBy("Wpadnij do mnie, za kościołem w prawo, żółty dom z brązową bramą", ["Wpadnij do mnie, za kościołem w prawo, żółty dom z brązową bramą"], APPLICATION)).toBe(true));
  it("pl full name (rules)", () => expect(caughtBy("Moje imię i nazwisko to Piotr Nowak, szukaj mnie na fb", ["Piotr Nowak"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl full name (app)", () => expect(caughtBy("Moje imię i nazwisko to Piotr Nowak, szukaj mnie na fb", ["Piotr Nowak"], APPLICATION)).toBe(true));
  it("ro home (rules)", () =>
    expect(caughtBy("Locuiesc în a treia casă după biserică, poartă verde și gard alb", ["Locuiesc în a treia casă după biserică, poartă verde și gard alb"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ro home (app)", () =>
    expect(caughtBy("Locuiesc în a treia casă după biserică, poartă verde și gard alb", ["Locuiesc în a treia casă după biserică, poartă verde și gard alb"], APPLICATION)).toBe(true));
  it("ro invite (rules)", () =>
    expect(caughtBy("Vino la mine, după școală pe dreapta, casa galbenă cu poartă neagră", ["Vino la mine, după școală pe dreapta, casa galbenă cu poartă neagră"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("ro invite (app)", () =>
    expect(caughtBy("Vino la mine, după școală pe dreapta, casa galbenă cu poartă neagră", ["Vino la mine, după școală pe dreapta, casa galbenă cu poartă neagră"], APPLICATION)).toBe(true));
  it("ro full name (rules)", () => expect(caughtBy("Numele meu complet este Andrei Popescu, caută-mă pe Facebook", ["Andrei Popescu"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ro full name (app)", () => expect(caughtBy("Numele meu complet este Andrei Popescu, caută-mă pe Facebook", ["Andrei Popescu"], APPLICATION)).toBe(true));
  it("hi home (rules)", () =>
    expect(caughtBy("Mera ghar mandir ke baad teesra makaan hai, hara gate, laal darwaza", ["Mera ghar mandir ke baad teesra makaan hai, hara gate, laal darwaza"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("hi home (app)", () =>
    expect(caughtBy("Mera ghar mandir ke baad teesra makaan hai, hara gate, laal darwaza", ["Mera ghar mandir ke baad teesra makaan hai, hara gate, laal darwaza"], APPLICATION)).toBe(true));
  it("hi invite (rules)", () =>
    expect(
      caughtBy("Seedha aa jao, school ke saamne wali gali, doosra ghar neela gate wala", ["Seedha aa jao, school ke saamne wali gali, doosra ghar neela gate wala"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("hi invite (app)", () =>
    expect(caughtBy("Seedha aa jao, school ke saamne wali gali, doosra ghar neela gate wala", ["Seedha aa jao, school ke saamne wali gali, doosra ghar neela gate wala"], APPLICATION)).toBe(true));
  it("hi rehta (rules)", () =>
    expect(caughtBy("Main park ke peeche rehta hoon, pehla ghar, safed gate", ["Main park ke peeche rehta hoon, pehla ghar, safed gate"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("hi rehta (app)", () => expect(caughtBy("Main park ke peeche rehta hoon, pehla ghar, safed gate", ["Main park ke peeche rehta hoon, pehla ghar, safed gate"], APPLICATION)).toBe(true));
  it("ar home (rules)", () => expect(caughtBy("بيتي بعد المسجد، البيت الثالث، البوابة السوداء", ["بيتي بعد المسجد، البيت الثالث، البوابة السوداء"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ar home (app)", () => expect(caughtBy("بيتي بعد المسجد، البيت الثالث، البوابة السوداء", ["بيتي بعد المسجد، البيت الثالث، البوابة السوداء"], APPLICATION)).toBe(true));
  it("ar invite (rules)", () =>
    expect(caughtBy("تعال عندي، بعد الصيدلية يمين، الفيلا البيضاء بالبوابة الخضراء", ["تعال عندي، بعد الصيدلية يمين، الفيلا البيضاء بالبوابة الخضراء"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ar invite (app)", () =>
    expect(caughtBy("تعال عندي، بعد الصيدلية يمين، الفيلا البيضاء بالبوابة الخضراء", ["تعال عندي، بعد الصيدلية يمين، الفيلا البيضاء بالبوابة الخضراء"], APPLICATION)).toBe(true));
  it("ar sakin (rules)", () => expect(caughtBy("أنا ساكن مقابل المدرسة، البيت الثاني، باب أزرق", ["أنا ساكن مقابل المدرسة، البيت الثاني، باب أزرق"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ar sakin (app)", () => expect(caughtBy("أنا ساكن مقابل المدرسة، البيت الثاني، باب أزرق", ["أنا ساكن مقابل المدرسة، البيت الثاني، باب أزرق"], APPLICATION)).toBe(true));
  it("he home (rules)", () => expect(caughtBy("אני גר אחרי המכולת, הבית השלישי, השער השחור", ["אני גר אחרי המכולת, הבית השלישי, השער השחור"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("he home (app)", () => expect(caughtBy("אני גר אחרי המכולת, הבית השלישי, השער השחור", ["אני גר אחרי המכולת, הבית השלישי, השער השחור"], APPLICATION)).toBe(true));
  it("he invite (rules)", () =>
    expect(caughtBy("תבוא אליי, ליד בית הכנסת ימינה, הבית הלבן עם הגדר הירוקה", ["תבוא אליי, ליד בית הכנסת ימינה, הבית הלבן עם הגדר הירוקה"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("he invite (app)", () => expect(caughtBy("תבוא אליי, ליד בית הכנסת ימינה, הבית הלבן עם הגדר הירוקה", ["תבוא אליי, ליד בית הכנסת ימינה, הבית הלבן עם הגדר הירוקה"], APPLICATION)).toBe(true));
  it("ru home (rules)", () =>
    expect(caughtBy("Я живу во втором доме после магазина, зелёные ворота и белый забор", ["Я живу во втором доме после магазина, зелёные ворота и белый забор"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("ru home (app)", () =>
    expect(caughtBy("Я живу во втором доме после магазина, зелёные ворота и белый забор", ["Я живу во втором доме после магазина, зелёные ворота и белый забор"], APPLICATION)).toBe(true));
  it("ru invite (rules)", () =>
    expect(caughtBy("Приезжай ко мне, после школы направо, жёлтый дом с синими воротами", ["Приезжай ко мне, после школы направо, жёлтый дом с синими воротами"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("ru invite (app)", () =>
    expect(caughtBy("Приезжай ко мне, после школы направо, жёлтый дом с синими воротами", ["Приезжай ко мне, после школы направо, жёлтый дом с синими воротами"], APPLICATION)).toBe(true));
  it("uk home (rules)", () =>
    expect(caughtBy("Я живу в третьому будинку після церкви, зелені ворота", ["Я живу в третьому будинку після церкви, зелені ворота"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("uk home (app)", () => expect(caughtBy("Я живу в третьому будинку після церкви, зелені ворота", ["Я живу в третьому будинку після церкви, зелені ворота"], APPLICATION)).toBe(true));
  it("tl home (rules)", () =>
    expect(
      caughtBy(
        "Nakatira ako sa pangatlong bahay pagkatapos ng simbahan, berdeng gate at puting bakod",
        ["Nakatira ako sa pangatlong bahay pagkatapos ng simbahan, berdeng gate at puting bakod"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("tl home (app)", () =>
    expect(
      caughtBy(
        "Nakatira ako sa pangatlong bahay pagkatapos ng simbahan, berdeng gate at puting bakod",
        ["Nakatira ako sa pangatlong bahay pagkatapos ng simbahan, berdeng gate at puting bakod"],
        APPLICATION,
      ),
    ).toBe(true));
  it("tl invite (rules)", () =>
    expect(
      caughtBy(
        "Punta ka na lang sa bahay, kanan pagkatapos ng eskwela, dilaw na bahay na may itim na gate",
        ["Punta ka na lang sa bahay, kanan pagkatapos ng eskwela, dilaw na bahay na may itim na gate"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("tl invite (app)", () =>
    expect(
      caughtBy(
        "Punta ka na lang sa bahay, kanan pagkatapos ng eskwela, dilaw na bahay na may itim na gate",
        ["Punta ka na lang sa bahay, kanan pagkatapos ng eskwela, dilaw na bahay na may itim na gate"],
        APPLICATION,
      ),
    ).toBe(true));
  it("es evader spaced (rules)", () =>
    expect(
      caughtBy(
        "vivo pasando la escuela, segunda casa, porton cafe y barda blanca, ahi te espero",
        ["vivo pasando la escuela, segunda casa, porton cafe y barda blanca, ahi te espero"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es evader spaced (app)", () =>
    expect(
      caughtBy("vivo pasando la escuela, segunda casa, porton cafe y barda blanca, ahi te espero", ["vivo pasando la escuela, segunda casa, porton cafe y barda blanca, ahi te espero"], APPLICATION),
    ).toBe(true));
  it("pt evader (rules)", () =>
    expect(caughtBy("moro atrás do mercado, casa azul com portão branco, é só chegar", ["moro atrás do mercado, casa azul com portão branco, é só chegar"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pt evader (app)", () =>
    expect(caughtBy("moro atrás do mercado, casa azul com portão branco, é só chegar", ["moro atrás do mercado, casa azul com portão branco, é só chegar"], APPLICATION)).toBe(true));
  it("fr evader (rules)", () =>
    expect(
      caughtBy(
        "chez moi c'est juste après le tabac, maison grise portail rouge, sonne fort",
        ["chez moi c'est juste après le tabac, maison grise portail rouge, sonne fort"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("fr evader (app)", () =>
    expect(caughtBy("chez moi c'est juste après le tabac, maison grise portail rouge, sonne fort", ["chez moi c'est juste après le tabac, maison grise portail rouge, sonne fort"], APPLICATION)).toBe(
      true,
    ));
  it("de evader (rules)", () =>
    expect(caughtBy("wohne gegenüber der Schule, erstes Haus, rotes Tor, einfach klingeln", ["wohne gegenüber der Schule, erstes Haus, rotes Tor, einfach klingeln"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("de evader (app)", () =>
    expect(caughtBy("wohne gegenüber der Schule, erstes Haus, rotes Tor, einfach klingeln", ["wohne gegenüber der Schule, erstes Haus, rotes Tor, einfach klingeln"], APPLICATION)).toBe(true));
  it("es full name lookup (rules)", () => expect(caughtBy("Mi nombre verdadero es Luis Fernando Ortega, estoy en el directorio", ["Luis Fernando Ortega"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es full name lookup (app)", () => expect(caughtBy("Mi nombre verdadero es Luis Fernando Ortega, estoy en el directorio", ["Luis Fernando Ortega"], APPLICATION)).toBe(true));
  it("fr full name lower (rules)", () => expect(caughtBy("mon nom complet c'est julie martin, ajoute moi", ["julie martin"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr full name lower (app)", () => expect(caughtBy("mon nom complet c'est julie martin, ajoute moi", ["julie martin"], APPLICATION)).toBe(true));
  it("es question (rules)", () =>
    expect(
      caughtBy(
        "Vivo en la segunda casa después del Oxxo, portón verde, ¿a qué hora llegas?",
        ["Vivo en la segunda casa después del Oxxo, portón verde, ¿a qué hora llegas"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es question (app)", () =>
    expect(caughtBy("Vivo en la segunda casa después del Oxxo, portón verde, ¿a qué hora llegas?", ["Vivo en la segunda casa después del Oxxo, portón verde, ¿a qué hora llegas"], APPLICATION)).toBe(
      true,
    ));
  it("pt mas (rules)", () =>
    expect(
      caughtBy("Moro na segunda casa depois da padaria, portão azul, mas liga antes de vir", ["Moro na segunda casa depois da padaria, portão azul, mas liga antes de vir"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("pt mas (app)", () =>
    expect(caughtBy("Moro na segunda casa depois da padaria, portão azul, mas liga antes de vir", ["Moro na segunda casa depois da padaria, portão azul, mas liga antes de vir"], APPLICATION)).toBe(
      true,
    ));
  it("it ma (rules)", () =>
    expect(
      caughtBy("Abito nella seconda casa dopo la chiesa, cancello verde, ma suona forte", ["Abito nella seconda casa dopo la chiesa, cancello verde, ma suona forte"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("it ma (app)", () =>
    expect(caughtBy("Abito nella seconda casa dopo la chiesa, cancello verde, ma suona forte", ["Abito nella seconda casa dopo la chiesa, cancello verde, ma suona forte"], APPLICATION)).toBe(true));
  it("de aber (rules)", () =>
    expect(
      caughtBy(
        "Ich wohne im zweiten Haus nach der Kirche, grünes Tor, aber bitte vorher klingeln",
        ["Ich wohne im zweiten Haus nach der Kirche, grünes Tor, aber bitte vorher klingeln"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("de aber (app)", () =>
    expect(
      caughtBy("Ich wohne im zweiten Haus nach der Kirche, grünes Tor, aber bitte vorher klingeln", ["Ich wohne im zweiten Haus nach der Kirche, grünes Tor, aber bitte vorher klingeln"], APPLICATION),
    ).toBe(true));
  it("ro dar (rules)", () =>
    expect(
      caughtBy("Locuiesc în a doua casă după biserică, poartă verde, dar sună înainte", ["Locuiesc în a doua casă după biserică, poartă verde, dar sună înainte"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("ro dar (app)", () =>
    expect(caughtBy("Locuiesc în a doua casă după biserică, poartă verde, dar sună înainte", ["Locuiesc în a doua casă după biserică, poartă verde, dar sună înainte"], APPLICATION)).toBe(true));
  it("hi lekin (rules)", () =>
    expect(
      caughtBy(
        "Mera ghar mandir ke baad doosra makaan hai, hara gate, lekin pehle call karna",
        ["Mera ghar mandir ke baad doosra makaan hai, hara gate, lekin pehle call karna"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("hi lekin (app)", () =>
    expect(
      caughtBy("Mera ghar mandir ke baad doosra makaan hai, hara gate, lekin pehle call karna", ["Mera ghar mandir ke baad doosra makaan hai, hara gate, lekin pehle call karna"], APPLICATION),
    ).toBe(true));
  it("pt garagem (rules)", () =>
    expect(
      caughtBy(
        "Moro na terceira casa depois da padaria, portão azul, o carro fica na garagem",
        ["Moro na terceira casa depois da padaria, portão azul, o carro fica na garagem"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("pt garagem (app)", () =>
    expect(
      caughtBy("Moro na terceira casa depois da padaria, portão azul, o carro fica na garagem", ["Moro na terceira casa depois da padaria, portão azul, o carro fica na garagem"], APPLICATION),
    ).toBe(true));
  it("fr garage (rules)", () =>
    expect(
      caughtBy(
        "J'habite la deuxième maison après l'église, portail vert, la voiture est dans le garage",
        ["J'habite la deuxième maison après l'église, portail vert, la voiture est dans le garage"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("fr garage (app)", () =>
    expect(
      caughtBy(
        "J'habite la deuxième maison après l'église, portail vert, la voiture est dans le garage",
        ["J'habite la deuxième maison après l'église, portail vert, la voiture est dans le garage"],
        APPLICATION,
      ),
    ).toBe(true));
  // directions split over sentences: toldApartTwice reads one sentence only (joining short verbless sentences not done in review 2's fix)
  it.fails("es split sentences (rules)", () =>
    expect(caughtBy("Vivo pasando la iglesia. Segunda casa. Portón verde.", ["Vivo pasando la iglesia. Segunda casa. Portón verde"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  // directions split over sentences: toldApartTwice reads one sentence only (joining short verbless sentences not done in review 2's fix)
  it.fails("es split sentences (app)", () => expect(caughtBy("Vivo pasando la iglesia. Segunda casa. Portón verde.", ["Vivo pasando la iglesia. Segunda casa. Portón verde"], APPLICATION)).toBe(true));
  it("es numeric ordinal (rules)", () =>
    expect(caughtBy("vivo en la 2da casa despues del oxxo, porton verde", ["vivo en la 2da casa despues del oxxo, porton verde"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es numeric ordinal (app)", () => expect(caughtBy("vivo en la 2da casa despues del oxxo, porton verde", ["vivo en la 2da casa despues del oxxo, porton verde"], APPLICATION)).toBe(true));
  // 'puerta', 'ventanas' are no parts of a home in the Spanish list: added, they flagged 5 of 12 invented car-door innocents ('Vivo después del puente, la puerta blanca trasera tiene un golpe'), so left out
  it.fails("es puerta (rules)", () =>
    expect(caughtBy("Vivo frente al parque, la casa con puerta roja y ventanas blancas", ["Vivo frente al parque, la casa con puerta roja y ventanas blancas"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  // 'puerta', 'ventanas' are no parts of a home in the Spanish list: added, they flagged 5 of 12 invented car-door innocents ('Vivo después del puente, la puerta blanca trasera tiene un golpe'), so left out
  it.fails("es puerta (app)", () =>
    expect(caughtBy("Vivo frente al parque, la casa con puerta roja y ventanas blancas", ["Vivo frente al parque, la casa con puerta roja y ventanas blancas"], APPLICATION)).toBe(true),
  );
  it("es full name colon (rules)", () => expect(caughtBy("Mi nombre completo: Rodrigo Salinas Ortega, búscame en Facebook", ["Rodrigo Salinas Ortega"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es full name colon (app)", () => expect(caughtBy("Mi nombre completo: Rodrigo Salinas Ortega, búscame en Facebook", ["Rodrigo Salinas Ortega"], APPLICATION)).toBe(true));
  it("pt nome e sobrenome (rules)", () => expect(caughtBy("Meu nome e sobrenome é Fernanda Lima, me procura no Instagram", ["Fernanda Lima"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pt nome e sobrenome (app)", () => expect(caughtBy("Meu nome e sobrenome é Fernanda Lima, me procura no Instagram", ["Fernanda Lima"], APPLICATION)).toBe(true));
  it("fr nom prenom (rules)", () => expect(caughtBy("Nom et prénom : Claire Dubois, cherchez-moi sur Facebook", ["Claire Dubois"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr nom prenom (app)", () => expect(caughtBy("Nom et prénom : Claire Dubois, cherchez-moi sur Facebook", ["Claire Dubois"], APPLICATION)).toBe(true));
  it("it nome cognome (rules)", () => expect(caughtBy("Nome e cognome: Marco Bellini, mi trovi su Facebook", ["Marco Bellini"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("it nome cognome (app)", () => expect(caughtBy("Nome e cognome: Marco Bellini, mi trovi su Facebook", ["Marco Bellini"], APPLICATION)).toBe(true));
  it("de vor nachname (rules)", () => expect(caughtBy("Vor- und Nachname: Stefan Krüger, findest mich auf Facebook", ["Stefan Krüger"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("de vor nachname (app)", () => expect(caughtBy("Vor- und Nachname: Stefan Krüger, findest mich auf Facebook", ["Stefan Krüger"], APPLICATION)).toBe(true));
  it("pl imie nazwisko colon (rules)", () => expect(caughtBy("Imię i nazwisko: Piotr Nowak, znajdziesz mnie na fb", ["Piotr Nowak"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl imie nazwisko colon (app)", () => expect(caughtBy("Imię i nazwisko: Piotr Nowak, znajdziesz mnie na fb", ["Piotr Nowak"], APPLICATION)).toBe(true));
  // no rule reads a Russian name: the skeleton folds Cyrillic into Latin look-alikes ('Иbah Пetpob'), a rule of its own is needed (not done)
  it.fails("ru full name (rules)", () => expect(caughtBy("Моё полное имя Иван Петров, найдите меня во ВКонтакте", ["Иван Петров"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // no rule reads a Russian name: the skeleton folds Cyrillic into Latin look-alikes ('Иbah Пetpob'), a rule of its own is needed (not done)
  it.fails("ru full name (app)", () => expect(caughtBy("Моё полное имя Иван Петров, найдите меня во ВКонтакте", ["Иван Петров"], APPLICATION)).toBe(true));
  it("es tia invitation (rules)", () =>
    expect(
      caughtBy(
        "Estoy en casa de mi mamá, segunda casa después de la iglesia, portón verde, ven por el carro aquí",
        ["Estoy en casa de mi mamá, segunda casa después de la iglesia, portón verde, ven por el carro aquí"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es tia invitation (app)", () =>
    expect(
      caughtBy(
        "Estoy en casa de mi mamá, segunda casa después de la iglesia, portón verde, ven por el carro aquí",
        ["Estoy en casa de mi mamá, segunda casa después de la iglesia, portón verde, ven por el carro aquí"],
        APPLICATION,
      ),
    ).toBe(true));
  it("es lower name mixed msg (rules)", () => expect(caughtBy("Mi nombre completo es rodrigo salinas ortega, apúntalo", ["rodrigo salinas ortega"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es lower name mixed msg (app)", () => expect(caughtBy("Mi nombre completo es rodrigo salinas ortega, apúntalo", ["rodrigo salinas ortega"], APPLICATION)).toBe(true));
  it("es caps name (rules)", () => expect(caughtBy("mi nombre completo es RODRIGO SALINAS, anótalo", ["RODRIGO SALINAS"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es caps name (app)", () => expect(caughtBy("mi nombre completo es RODRIGO SALINAS, anótalo", ["RODRIGO SALINAS"], APPLICATION)).toBe(true));
  it("de lautet (rules)", () => expect(caughtBy("Mein vollständiger Name lautet Stefan Krüger", ["Stefan Krüger"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("de lautet (app)", () => expect(caughtBy("Mein vollständiger Name lautet Stefan Krüger", ["Stefan Krüger"], APPLICATION)).toBe(true));
  it("it cognome colon no cue (rules)", () => expect(caughtBy("Nome e cognome: Marco Bellini", ["Marco Bellini"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("it cognome colon no cue (app)", () => expect(caughtBy("Nome e cognome: Marco Bellini", ["Marco Bellini"], APPLICATION)).toBe(true));
  it("pl no cue (rules)", () => expect(caughtBy("Moje imię i nazwisko to Piotr Nowak", ["Piotr Nowak"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl no cue (app)", () => expect(caughtBy("Moje imię i nazwisko to Piotr Nowak", ["Piotr Nowak"], APPLICATION)).toBe(true));
  it("pt sobrenome (rules)", () => expect(caughtBy("Meu nome completo é Fernanda Lima Costa", ["Fernanda Lima Costa"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pt sobrenome (app)", () => expect(caughtBy("Meu nome completo é Fernanda Lima Costa", ["Fernanda Lima Costa"], APPLICATION)).toBe(true));
});
