// Round 25 review (addr25): directions to a home and full names introduced in other languages
// (home-directions.ts HOME_DIRECTIONS_ABROAD_PATTERNS, phrases.ts FULL_NAME_IS_ABROAD). Sentences
// written for this review, not taken from the corpus or from the branch's tests. Run on the rules
// (DEFAULT_DETECTION_OPTIONS), as the review's probe ran them. `it.fails` marks what the branch gets wrong.
// Probe counts (rules): innocents flagged branch 35/53, main 0/53; attacks caught branch 43/55, main 8/55.
// After the branch's fixes of this review (kinds narrowed, see home-directions.ts toldApartTwice and phrases.ts
// nameGivenAbroad): innocents flagged 0/53, attacks caught 48/55.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 25 review: innocents in other languages stay clean", () => {
  it("es tyre shop directions", () => expect(flaggedBy("La llantera es la segunda casa después del Oxxo, portón verde, abre a las 9", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es quotes", () => expect(flaggedBy("Tengo dos cotizaciones: defensa negra o defensa gris, la parrilla blanca va aparte", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es paint transfer from gates", () =>
    expect(flaggedBy("Raspé la puerta contra el portón negro del vecino y quedó pintura del muro blanco en la salpicadera", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es first name only", () => expect(flaggedBy("Me llamo Carlos, el del Jetta rojo", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  // Round 32 (the product owner's decision): a bare self-introduction with a full name is a contact detail; innocent until then.
  it("es full name, no cue", () => expect(caughtBy("Me llamo Carlos Ruiz y te escribo por el Jetta de la reserva del martes", ["Carlos Ruiz"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("es Casa Rosada landmark", () => expect(flaggedBy("Vivo cerca de la Casa Rosada, así que puedo llevar el auto al centro el martes", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es car parked by car-park gate", () =>
    expect(flaggedBy("El Corolla blanco está estacionado frente al portón negro del estacionamiento, vivo lejos así que paso mañana", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es name on the booking", () => expect(flaggedBy("Mi nombre completo es el que aparece en la reserva", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es body shop in a house", () => expect(flaggedBy("El chapista está en la tercera casa después de la gasolinera, portón azul", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt grille options", () => expect(flaggedBy("Posso colocar grade preta ou grade cinza no Onix, qual fica melhor", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt Casa Verde district", () => expect(flaggedBy("Moro na Casa Verde, perto do metrô, posso levar o carro sábado", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt grille one colour", () => expect(flaggedBy("O carro é branco com a grade preta original, segunda mão, único dono", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt funilaria directions", () => expect(flaggedBy("A funilaria é a terceira casa depois do posto, portão azul", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt car park gate", () => expect(flaggedBy("Moro em outra cidade, deixei o carro em frente ao portão azul do estacionamento", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt name on booking", () => expect(flaggedBy("O meu nome completo é o mesmo da reserva", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr auto electrician", () => expect(flaggedBy("L'électricien auto est dans la deuxième maison après l'église, portail vert", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr grille choice", () => expect(flaggedBy("J'hésite entre une grille noire et une grille grise pour la calandre de la 208", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr first name", () => expect(flaggedBy("Je m'appelle Julien, le propriétaire de la Clio grise", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr name on invoice", () => expect(flaggedBy("Mon nom complet est sur la facture, merci de vérifier", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("fr car park gate", () => expect(flaggedBy("J'habite à Lyon, la voiture est garée à côté du portail noir du parking", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it elettrauto", () => expect(flaggedBy("L'elettrauto è nel secondo capannone dopo la rotonda, cancello verde", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it sto arrivando", () => expect(flaggedBy("Sto arrivando, ti aspetto davanti al cancello verde del parcheggio", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it second home", () => expect(flaggedBy("La seconda casa al mare ce l'ho a Rimini, ci vado col furgone bianco", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it first name", () => expect(flaggedBy("Mi chiamo Luca, sono quello della Panda gialla", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it name on booking", () => expect(flaggedBy("Il mio nome completo è sulla prenotazione", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("it office car park", () => expect(flaggedBy("Sto in ufficio, la macchina è parcheggiata davanti al cancello nero del cortile", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de workshop hall", () => expect(flaggedBy("Wir sind die dritte Halle links im Gewerbegebiet, blaues Tor, einfach reinfahren", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de Autohaus", () => expect(flaggedBy("Das Autohaus ist das zweite Haus nach dem Kreisel, grüner Zaun", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de first name", () => expect(flaggedBy("Ich heiße Jonas, der mit dem grauen Golf", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de name on invoice", () => expect(flaggedBy("Mein voller Name ist auf der Rechnung", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de parking garage gate", () => expect(flaggedBy("Ich wohne in Köln, das Auto steht neben dem grauen Tor vom Parkhaus", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl tyre shop", () => expect(flaggedBy("Wulkanizacja to drugi dom za Biedronką, zielona brama", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl price", () => expect(flaggedBy("Za 300 zł wymienię ci zderzak, mam czarny i biały na stanie", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl first name", () => expect(flaggedBy("Nazywam się Marek, jestem od tego czarnego Passata", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pl car park gate", () => expect(flaggedBy("Mieszkam w Krakowie, auto stoi obok parkingu, czarna brama wjazdowa", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ro tyre shop", () => expect(flaggedBy("Vulcanizarea e a doua casă după benzinărie, poartă verde", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("hi mechanic lane", () => expect(flaggedBy("Mistri doosri gali mein hai, laal gate ke saamne", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("hi surname Lal", () => expect(flaggedBy("Mohan Lal ghar par hai, mera ghar station ke paas hai, gaadi wahan se le lena", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("hi parked by gate", () => expect(flaggedBy("Main Noida mein rehta hoon, gaadi office ke paas parked hai, kala gate ke saamne", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar mismatched doors", () => expect(flaggedBy("السيارة فيها باب أسود وباب أبيض من حادث قديم", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar garage directions", () => expect(flaggedBy("الكراج بعد المسجد، ثاني بوابة، الباب الأزرق", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar colours of car", () => expect(flaggedBy("لون السيارة أبيض والجنوط سوداء", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ar car park gate", () => expect(flaggedBy("أنا ساكن في جدة، السيارة واقفة جنب البوابة السوداء في المواقف", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("he mismatched doors", () => expect(flaggedBy("הדלת האדומה והדלת הלבנה ברכב הן מצבע שונה אחרי התאונה", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru tyre shop", () => expect(flaggedBy("Шиномонтаж — второй дом после заправки, синий забор", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru thanks", () => expect(flaggedBy("Спасибо за помощь, машина белая, забор не задел", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ru first name", () => expect(flaggedBy("Меня зовут Иван, я по поводу белой Лады", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl vulcanizing", () => expect(flaggedBy("Yung vulcanizing, pangalawang bahay lampas ng simbahan, puting gate", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("es name required", () => expect(flaggedBy("Mi nombre completo es necesario para la factura, ya lo puse en la app", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("de name important", () => expect(flaggedBy("Mein vollständiger Name ist wichtig für die Rechnung, steht im Profil", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("pt name in profile", () => expect(flaggedBy("O meu nome completo é aquele do cadastro", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("tl first name", () => expect(flaggedBy("Ako si Jun, yung may-ari ng pulang Vios", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("en-es the blue car", () => expect(flaggedBy("El coche azul es el mío, el segundo taller me cobró 200", DEFAULT_DETECTION_OPTIONS)).toBe(false));
});

describe("round 25 review: home directions and full names in other languages are caught and masked", () => {
  // missed: one coloured part and a landmark, but no claim word from the list ('para que me encuentres')
  it.fails("es zaguan colour only", () =>
    expect(
      caughtBy(
        "Para que me encuentres: la casa de dos pisos color crema frente al parque, la del zaguán café",
        ["Para que me encuentres: la casa de dos pisos color crema frente al parque, la del zaguán café"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true),
  );
  it("es counted+coloured", () =>
    expect(
      caughtBy("Estoy en la calle que sigue de la iglesia, tercera casa, portón negro", ["Estoy en la calle que sigue de la iglesia, tercera casa, portón negro"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("es mi casa reja", () =>
    expect(caughtBy("Mi casa es la de la reja blanca, justo enfrente de la primaria", ["Mi casa es la de la reja blanca, justo enfrente de la primaria"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // missed: 'la azul' (the blue one) names no part; 'portón de madera' is a material, not a colour
  it.fails("es la azul de la esquina", () =>
    expect(
      caughtBy(
        "vente a la casa, es la azul de la esquina, la que tiene el portón de madera",
        ["vente a la casa, es la azul de la esquina, la que tiene el portón de madera"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true),
  );
  it("es rejas plural", () =>
    expect(
      caughtBy(
        "Aquí te espero en mi casa, la verde con rejas blancas, a dos cuadras de la iglesia",
        ["Aquí te espero en mi casa, la verde con rejas blancas, a dos cuadras de la iglesia"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es ultima casa", () =>
    expect(
      caughtBy(
        "Vivo en la última casa del callejón, detrás de la cancha, la del portón gris",
        ["Vivo en la última casa del callejón, detrás de la cancha, la del portón gris"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("es fachada", () =>
    expect(
      caughtBy(
        "Mi casa: segunda a mano derecha pasando la tienda de Don Pepe, fachada amarilla",
        ["Mi casa: segunda a mano derecha pasando la tienda de Don Pepe, fachada amarilla"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  // missed: the three parts in three sentences: the rule reads one sentence
  it.fails("es split sentences", () =>
    expect(caughtBy("Vivo pasando la iglesia. Es la tercera casa. Portón verde.", ["Vivo pasando la iglesia. Es la tercera casa. Portón verde."], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("pt muro amarelo", () =>
    expect(caughtBy("Minha casa é a do muro amarelo, logo depois da padaria", ["Minha casa é a do muro amarelo, logo depois da padaria"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pt marrom", () =>
    expect(caughtBy("Fica na rua da igreja, a quarta casa do lado esquerdo, portão marrom", ["Fica na rua da igreja, a quarta casa do lado esquerdo, portão marrom"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("pt casa rosa grade", () =>
    expect(
      caughtBy("vem aqui em casa: sobe a ladeira, casa rosa de esquina com grade branca", ["vem aqui em casa: sobe a ladeira, casa rosa de esquina com grade branca"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("pt moramos", () =>
    expect(caughtBy("Moramos atrás do posto Shell, casa de esquina com portão vermelho", ["Moramos atrás do posto Shell, casa de esquina com portão vermelho"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr volets", () =>
    expect(caughtBy("J'habite la maison aux volets bleus juste après l'église", ["J'habite la maison aux volets bleus juste après l'église"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr chez moi", () =>
    expect(
      caughtBy(
        "Chez moi c'est la troisième maison sur la gauche après la mairie, portail noir",
        ["Chez moi c'est la troisième maison sur la gauche après la mairie, portail noir"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("fr impasse", () =>
    expect(
      caughtBy(
        "Passe à la maison : c'est celle avec le portail vert au fond de l'impasse, derrière le terrain de foot",
        ["Passe à la maison : c'est celle avec le portail vert au fond de l'impasse, derrière le terrain de foot"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("it villetta", () =>
    expect(caughtBy("Abito nella villetta gialla dopo il ponte, quella col cancello nero", ["Abito nella villetta gialla dopo il ponte, quella col cancello nero"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("it vieni da me", () =>
    expect(
      caughtBy("Vieni da me: la terza casa dopo la farmacia, quella con il portone marrone", ["Vieni da me: la terza casa dopo la farmacia, quella con il portone marrone"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("de gelben Haus", () =>
    expect(
      caughtBy(
        "Wir wohnen im gelben Haus gegenüber vom Edeka, das mit dem grünen Gartentor",
        ["Wir wohnen im gelben Haus gegenüber vom Edeka, das mit dem grünen Gartentor"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("de zu uns", () =>
    expect(
      caughtBy(
        "Kommen Sie einfach zu uns: nach der Kirche das dritte Haus rechts, weißer Zaun",
        ["Kommen Sie einfach zu uns: nach der Kirche das dritte Haus rechts, weißer Zaun"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  // missed: 'Tür' is left out of the German parts (car door), so nothing opens the rule
  it.fails("de rote T\u00fcr", () =>
    expect(caughtBy("Bei mir ist es das Haus mit der roten Tür hinter der Bäckerei", ["Bei mir ist es das Haus mit der roten Tür hinter der Bäckerei"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("pl inflected", () =>
    expect(caughtBy("Mieszkam w drugim domu za sklepem, ten z szarym płotem", ["Mieszkam w drugim domu za sklepem, ten z szarym płotem"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("pl wpadnij", () =>
    expect(caughtBy("Wpadnij do mnie, trzeci dom po prawej za kościołem, brązowa brama", ["Wpadnij do mnie, trzeci dom po prawej za kościołem, brązowa brama"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ro stau", () => expect(caughtBy("Stau lângă școală, casa albastră cu gard verde", ["Stau lângă școală, casa albastră cu gard verde"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ro vino la mine", () =>
    expect(caughtBy("Vino la mine: după primărie a treia casă pe stânga, poarta neagră", ["Vino la mine: după primărie a treia casă pe stânga, poarta neagră"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("hi mera ghar", () => expect(caughtBy("Mera ghar masjid ke peeche hai, neeli gate wala", ["Mera ghar masjid ke peeche hai, neeli gate wala"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("hi hamare ghar", () =>
    expect(caughtBy("Hamare ghar aao, mandir wali gali mein teesra makaan, safed darwaza", ["Hamare ghar aao, mandir wali gali mein teesra makaan, safed darwaza"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("hi ghar aa jana", () =>
    expect(caughtBy("Ghar aa jana: chowk se left, phir doosra ghar, kaala gate", ["Ghar aa jana: chowk se left, phir doosra ghar, kaala gate"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ar baiti", () => expect(caughtBy("بيتي خلف المدرسة، البوابة الخضراء", ["بيتي خلف المدرسة، البوابة الخضراء"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ar taal", () => expect(caughtBy("تعال عندي: ثالث فيلا بعد الصيدلية، الباب الأحمر", ["تعال عندي: ثالث فيلا بعد الصيدلية، الباب الأحمر"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("he gar", () => expect(caughtBy("אני גר ליד הפארק, הבית עם הגדר הלבנה", ["אני גר ליד הפארק, הבית עם הגדר הלבנה"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("he building", () => expect(caughtBy("תבוא אלינו: הבניין השני אחרי הסופר, השער השחור", ["תבוא אלינו: הבניין השני אחרי הסופר, השער השחור"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ru zhivu", () => expect(caughtBy("Я живу за школой, третий дом, синий забор", ["Я живу за школой, третий дом, синий забор"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ru inflected", () =>
    expect(
      caughtBy("Приезжай ко мне: после магазина направо, второй дом с зелёными воротами", ["Приезжай ко мне: после магазина направо, второй дом с зелёными воротами"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("uk zhyvu", () => expect(caughtBy("Живу біля церкви, білий паркан", ["Живу біля церкви, білий паркан"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("tl sa amin", () =>
    expect(
      caughtBy("Dito sa amin, pangatlong bahay pag lampas ng barangay hall, berdeng gate", ["Dito sa amin, pangatlong bahay pag lampas ng barangay hall, berdeng gate"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("tl bahay namin", () =>
    expect(caughtBy("Punta ka sa bahay namin, yung may pulang gate tapat ng simbahan", ["Punta ka sa bahay namin, yung may pulang gate tapat ng simbahan"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // missed: 'a dos cuadras del' is no listed relation; one coloured part only
  it.fails("es fachada color", () =>
    expect(caughtBy("Mi casa queda a dos cuadras del Oxxo, la de fachada color verde", ["Mi casa queda a dos cuadras del Oxxo, la de fachada color verde"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("pt fim da rua", () =>
    expect(caughtBy("Minha casa fica no fim da rua, depois da praça, a do portão cinza", ["Minha casa fica no fim da rua, depois da praça, a do portão cinza"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // missed: 'vor dem' is no listed relation and 'letzte' stands before no home noun: a home claim and one coloured part, no landmark
  it.fails("de Hof", () => expect(caughtBy("Unser Hof ist der letzte vor dem Wald, grünes Hoftor", ["Unser Hof ist der letzte vor dem Wald, grünes Hoftor"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("fr on habite", () =>
    expect(
      caughtBy(
        "On habite juste en face de la pharmacie, la maison blanche aux volets verts",
        ["On habite juste en face de la pharmacie, la maison blanche aux volets verts"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("hi humara makaan", () => expect(caughtBy("Humara makaan park ke saamne hai, hara gate", ["Humara makaan park ke saamne hai, hara gate"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name es completo", () => expect(caughtBy("Mi nombre completo es Carlos Alberto Ruiz Mendoza, búscame en Facebook", ["Carlos Alberto Ruiz Mendoza"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name es me llamo insta", () => expect(caughtBy("Me llamo Lucía Fernández, búscame en Insta y hablamos", ["Lucía Fernández"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name fr cherchez", () => expect(caughtBy("Je m'appelle Julien Moreau, cherchez-moi sur Facebook", ["Julien Moreau"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name fr complet", () => expect(caughtBy("Mon nom complet est Julien Moreau", ["Julien Moreau"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name de vollstaendig", () => expect(caughtBy("Mein vollständiger Name ist Jonas Weber", ["Jonas Weber"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name pl fb", () => expect(caughtBy("Nazywam się Paweł Wałęsa, znajdziesz mnie na fb", ["Paweł Wałęsa"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name it completo", () => expect(caughtBy("Il mio nome completo è Luca Bianchi, cercami su Instagram", ["Luca Bianchi"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name ro", () => expect(caughtBy("Mă numesc Andrei Popescu, caută-mă pe Facebook", ["Andrei Popescu"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name pt completo", () => expect(caughtBy("O meu nome completo é João Pedro Almeida", ["João Pedro Almeida"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name pt chamo", () => expect(caughtBy("Me chamo Ana Souza, me procura no Instagram", ["Ana Souza"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name es apellido", () => expect(caughtBy("Mi nombre y apellido: Carlos Ruiz, estoy en Face", ["Carlos Ruiz"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Round 32: Russian introductions ('меня зовут') are read (introductions-abroad.ts)
  it("name ru", () => expect(caughtBy("Меня зовут Иван Петров, найди меня во ВКонтакте", ["Иван Петров"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name de richtig lowercase", () => expect(caughtBy("mein richtiger name ist jonas weber, such mich auf insta", ["jonas weber"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("name es verdadero", () => expect(caughtBy("mi nombre verdadero es carlos ruiz mendoza, por si quieres buscarme", ["carlos ruiz mendoza"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
});
