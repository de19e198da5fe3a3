// Round 24 review (rev-spoken24, attacker): a number described by its code named in words
// (findDescribedNumbers / describedAcross) and e-mail addresses said with per-language '@' and '.'
// words (normalise.ts SAID_ADDRESS / SAID_DOTS_AFTER_AT / SAID_DOMAIN). Sentences written for this
// review, not corpus lines. Run as the application runs (rules then the trained stage, helpers'
// APPLICATION options). `it`: holds on the branch; `it.fails`: a gap (an innocent flagged or an
// evasion missed), with the reason. "(new)" marks innocents clean on main and flagged by the branch;
// "(main too)" marks innocents/misses that main has as well.
import { describe, expect, it } from "vitest";
import { replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("innocent repair chat near the new rules", () => {
  // round 43's refit: flags it as ADDRESS
  it.fails("quoting Tim, a person is not flagged", () => {
    expect(replayFlagged(["Tim quoted 450, then 380 after I haggled"])).toBe(false);
  });
  it("Claro at sentence start, a price is not flagged", () => {
    expect(replayFlagged(["Claro, después te cobro 150 200 por las pastillas"])).toBe(false);
  });
  it("Claro, luego a price range is not flagged", () => {
    expect(replayFlagged(["Claro, y luego 1200-1500 pesos la mano de obra"])).toBe(false);
  });
  it("Vivo (I live) Portuguese is not flagged", () => {
    expect(replayFlagged(["Vivo perto da oficina, depois 150 200 reais pela revisão"])).toBe(false);
  });
  it("Bosch code then a part number is not flagged", () => {
    expect(replayFlagged(["the Bosch code then 0 986 452 041"])).toBe(false);
  });
  it("Bosch part prefix then the rest is not flagged", () => {
    expect(replayFlagged(["Bosch prefix on the box, then 0 986 452 041"])).toBe(false);
  });
  it("Febi code, then digits is not flagged", () => {
    expect(replayFlagged(["the Febi code, then 27 123 456 on the label"])).toBe(false);
  });
  it("Valeo code then a number is not flagged", () => {
    expect(replayFlagged(["Valeo code then 801 234 56, fits the clutch"])).toBe(false);
  });
  it("code for a car model (NAMED_AFTER ignores car makes) is not flagged", () => {
    expect(replayFlagged(["the radio code for Renault then 4 8 1 7 2 9"])).toBe(false);
  });
  it("Spanish código del Corsa is not flagged", () => {
    expect(replayFlagged(["el código del Corsa, luego 93 169 243"])).toBe(false);
  });
  it("Russian код Bosch потом is not flagged", () => {
    expect(replayFlagged(["код Bosch, потом 0 986 452 041"])).toBe(false);
  });
  it("Greek κωδικός της Valeo μετά is not flagged", () => {
    expect(replayFlagged(["ο κωδικός της Valeo μετά 801 234 56"])).toBe(false);
  });
  it("Greek κωδικός του Golf μετά is not flagged", () => {
    expect(replayFlagged(["ο κωδικός του Golf μετά 191 201 12"])).toBe(false);
  });
  it("Italian prefisso of a part is not flagged", () => {
    expect(replayFlagged(["il prefisso è Bosch, poi 0 986 452 041"])).toBe(false);
  });
  it("Spanish prefijo of a part is not flagged", () => {
    expect(replayFlagged(["el prefijo es de Bosch, luego 0 986 452 041"])).toBe(false);
  });
  it("German Vorwahl aside, a price is not flagged", () => {
    expect(replayFlagged(["die Vorwahl ist egal, dann kostet es 120 150 für beide Seiten"])).toBe(false);
  });
  it("Telekom employer then mileage on next line is not flagged", () => {
    expect(replayFlagged(["Ich arbeite bei der Telekom\nKilometerstand 123 456"])).toBe(false);
  });
  it("Vodafone bill then numbers on a new line is not flagged", () => {
    expect(replayFlagged(["Vodafone router is fine\nquote was 120 150 180 for the three jobs"])).toBe(false);
  });
  it("area code chat, quote in next message is not flagged", () => {
    expect(replayFlagged(["is your area code the same as mine", "the quote is 120 150 180"])).toBe(false);
  });
  it("prefix said, part number in the next message is not flagged", () => {
    expect(replayFlagged(["prefix on the Bosch part", "0 986 452 041"])).toBe(false);
  });
  it("network name Dan (Dutch then) used as a name is not flagged", () => {
    expect(replayFlagged(["I rang Vodafone and Dan said 120 150 tops"])).toBe(false);
  });
  it.fails("Vodafone then 'next' with prices is not flagged", () => {
    // (main too) 'next' is an everyday English word
    expect(replayFlagged(["my Vodafone wifi is down, next quote 120 150 180 for three jobs"])).toBe(false);
  });
  it.fails("sunrise as a word, times is not flagged", () => {
    // (main too) 'sunrise' is a network name matched in lower case (main flags it too)
    expect(replayFlagged(["worked from sunrise then 0700 1230 1600 checks"])).toBe(false);
  });
  it("mtn as mountain bike is not flagged", () => {
    expect(replayFlagged(["the mtn bike rack then 120 150 on the roof"])).toBe(false);
  });
  it("Orange at sentence start is not flagged", () => {
    expect(replayFlagged(["Orange warning light, then 3 beeps and 120 130 on the gauge"])).toBe(false);
  });
  it("TIM as a person in German is not flagged", () => {
    expect(replayFlagged(["Tim hat gesagt, dann 350 400 für die Kupplung"])).toBe(false);
  });
  it("Arabic مفتاح = key is not flagged", () => {
    expect(replayFlagged(["مفتاح ذكي ثم البرمجة 1200-1500"])).toBe(false);
  });
  it("Arabic key, then two prices is not flagged", () => {
    expect(replayFlagged(["مفتاح جديد ثم 350 450"])).toBe(false);
  });
  it("French indicatif = for information is not flagged", () => {
    expect(replayFlagged(["Prix indicatif pour la vidange puis 89 125"])).toBe(false);
  });
  it("French après (after) with code word is not flagged", () => {
    expect(replayFlagged(["l'indicatif du devis, après 120 150 pour les plaquettes"])).toBe(false);
  });
  it("Dutch kengetal = key figure is not flagged", () => {
    expect(replayFlagged(["het kengetal van de pomp, daarna 120 150 180"])).toBe(false);
  });
  it.fails("multi-line parts list with prefix heading is not flagged", () => {
    // (main too) a heading 'Prefix' and a part number on the next line
    expect(replayFlagged(["Prefix\n0 986 452 041\nPads and discs"])).toBe(false);
  });
  it.fails("Romanian store in passing is not flagged", () => {
    // (new) no longer an e-mail ('la' needs a provider or a mailbox-like name), but 'emag punct ro' ending the
    // message is a spoken dot before Romanian's own ending: read as the site said (SAID_DOMAIN), a shop's in passing
    expect(replayFlagged(["am comandat piesele la emag punct ro"])).toBe(false);
  });
  it("Romanian autodoc store is not flagged", () => {
    expect(replayFlagged(["am luat uleiul la autodoc punct ro ca era mai ieftin"])).toBe(false);
  });
  it("Romanian punct = period, eu = I is not flagged", () => {
    expect(replayFlagged(["o duc la dealer punct eu nu mai umblu la ea"])).toBe(false);
  });
  it("Turkish store recommendation is not flagged", () => {
    expect(replayFlagged(["parçayı sipariş et trendyol nokta com da var"])).toBe(false);
  });
  it("Greek παπάκι = moped, τέλεια = perfect is not flagged", () => {
    expect(replayFlagged(["Το παπάκι Honda τέλεια το έφτιαξες, ευχαριστώ"])).toBe(false);
  });
  it("Greek moped, typed stop, Το is not flagged", () => {
    expect(replayFlagged(["Έχω ένα παπάκι Honda. Το μοτέρ κάνει θόρυβο"])).toBe(false);
  });
  it("Hungarian worm into filter is not flagged", () => {
    expect(replayFlagged(["egy kukac mászott pont be a légszűrőbe"])).toBe(false);
  });
  it("Hungarian kukac pont az is not flagged", () => {
    expect(replayFlagged(["a kukac tegnap pont az olajban volt"])).toBe(false);
  });
  it("Polish małpa insult then sentence is not flagged", () => {
    expect(replayFlagged(["To jakaś małpa zrobiła. To nie moja wina"])).toBe(false);
  });
  it("Swedish prick = spot, se = see is not flagged", () => {
    expect(replayFlagged(["det finns en rostig prick se bilden"])).toBe(false);
  });
  it.fails("Norwegian punkt se bildet is not flagged", () => {
    // (main too) 'punkt' (point) and 'se' (see) as a link (already on main)
    expect(replayFlagged(["rust på ett punkt se bildet jeg sendte"])).toBe(false);
  });
  it.fails("Danish punkt se is not flagged", () => {
    // (main too) 'punkt' and 'se' (see) as a link (already on main)
    expect(replayFlagged(["tjek det punkt se billedet"])).toBe(false);
  });
  it("Czech zavináč (herring), tečka is not flagged", () => {
    expect(replayFlagged(["k obědu zavináč tečka to je vše"])).toBe(false);
  });
  it("Russian dog, typed stop, Сам is not flagged", () => {
    expect(replayFlagged(["у меня собака дома. Сам приеду в 10"])).toBe(false);
  });
  it.fails("Spanish store said is not flagged", () => {
    // (main too) a shop's domain said with 'punto' (already on main)
    expect(replayFlagged(["lo compré en autodoc punto es, más barato"])).toBe(false);
  });
  it("bracketed Polish kropka in a list is not flagged", () => {
    expect(replayFlagged(["sprawdź (kropka) pl instrukcji"])).toBe(false);
  });
  it.fails("Hungarian exact 'pont' with hu-n is not flagged", () => {
    // round 41's retrained stage: flags it as SOCIAL_HANDLE
    expect(replayFlagged(["a hasznaltauto pont hu-n láttam ugyanezt"])).toBe(false);
  });
  it("Hebrew dot word alone is not flagged", () => {
    expect(replayFlagged(["הבעיה בנקודה הזאת, נקודה. il"])).toBe(false);
  });
});

describe("contact attempts of the same kinds", () => {
  it("'and' between the groups is caught", () => {
    expect(replayCaught(["Denver area code, and 555, and 0143"], ["555", "0143"])).toBe(true);
  });
  it("'after that' (listed), control is caught", () => {
    expect(replayCaught(["Denver area code, after that 555, after that 0143"], ["555", "0143"])).toBe(true);
  });
  it("'plus' between groups is caught", () => {
    expect(replayCaught(["Denver area code plus 555 plus 0143"], ["555 plus 0143"])).toBe(true);
  });
  it("ampersands is caught", () => {
    expect(replayCaught(["the Denver area code & 555 & 0143"], ["555 & 0143"])).toBe(true);
  });
  it("arrows is caught", () => {
    expect(replayCaught(["Denver area code → 555 → 0143"], ["555 → 0143"])).toBe(true);
  });
  it("full stops before Then is caught", () => {
    expect(replayCaught(["Denver area code. Then 555. Then 0143"], ["555", "0143"])).toBe(true);
  });
  it("typo 'aera code' is caught", () => {
    expect(replayCaught(["the Denver aera code then 555 then 0143"], ["555", "0143"])).toBe(true);
  });
  it("lowercase place before plain code is caught", () => {
    expect(replayCaught(["the chicago code then 555 then 0143"], ["555", "0143"])).toBe(true);
  });
  it("German anschließend is caught", () => {
    // caught since round 32: "und" before the last group joins it on ("123 und 4567")
    expect(replayCaught(["Kölner Vorwahl, anschließend 123 und 4567"], ["123 und 4567"])).toBe(true);
  });
  it("Spanish a continuación is caught", () => {
    expect(replayCaught(["prefijo de Madrid, a continuación 555, 01, 43"], ["555, 01, 43"])).toBe(true);
  });
  it("Italian dopo is caught", () => {
    expect(replayCaught(["prefisso di Milano e dopo 123, 45, 67"], ["123, 45, 67"])).toBe(true);
  });
  it("Portuguese em seguida is caught", () => {
    expect(replayCaught(["o DDD de São Paulo e em seguida 98765, 4321"], ["98765, 4321"])).toBe(true);
  });
  it.fails("Greek ύστερα is caught", () => {
    // missed (main too): 'ύστερα' is not a THEN word
    expect(replayCaught(["ο κωδικός της Αθήνας ύστερα 555 και 0143"], ["555 και 0143"])).toBe(true);
  });
  it("Russian после is caught", () => {
    expect(replayCaught(["код Москвы, после 555, 01, 43"], ["555, 01, 43"])).toBe(true);
  });
  it("Russian дальше is caught", () => {
    expect(replayCaught(["код города Москва, дальше 555-01-43"], ["555-01-43"])).toBe(true);
  });
  it("Polish dalej is caught", () => {
    expect(replayCaught(["numer kierunkowy do Gdańska i dalej 555 01 43"], ["555 01 43"])).toBe(true);
  });
  it.fails("Czech dál is caught", () => {
    // missed (main too): 'dál' / 'dále' is not a THEN word
    expect(replayCaught(["předvolba Brna, dál 555 014 343"], ["555 014 343"])).toBe(true);
  });
  it("Turkish ardından is caught", () => {
    expect(replayCaught(["İstanbul alan kodu, ardından 555 01 43"], ["555 01 43"])).toBe(true);
  });
  it("Romanian după aceea is caught", () => {
    expect(replayCaught(["prefixul de Cluj, după aceea 555 014"], ["555 014"])).toBe(true);
  });
  // caught since round 43's refit
  it("Bulgarian после is caught", () => {
    expect(replayCaught(["кода на София, после 955 01 43"], ["955 01 43"])).toBe(true);
  });
  it("digits as words after then is caught", () => {
    expect(replayCaught(["Denver area code then five five five then oh one four three"], ["five five five", "oh one four three"])).toBe(true);
  });
  it("single spaced digits is caught", () => {
    expect(replayCaught(["Denver area code then 5 5 5 then 0 1 4 3"], ["5 5 5", "0 1 4 3"])).toBe(true);
  });
  it("hyphenated groups is caught", () => {
    expect(replayCaught(["Denver area code, then 555 - 01 - 43"], ["555 - 01 - 43"])).toBe(true);
  });
  it("code of Denver (control) is caught", () => {
    expect(replayCaught(["the code of Denver then 555 then 0143"], ["555", "0143"])).toBe(true);
  });
  it("network not listed (Vodacom) is caught", () => {
    expect(replayCaught(["Vodacom then 082, then 555, then 0143"], ["082", "555", "0143"])).toBe(true);
  });
  it("Greeklish code and meta is caught", () => {
    expect(replayCaught(["kwdikos ths Athinas meta 555 0143"], ["555 0143"])).toBe(true);
  });
  it("Russian translit kod/potom is caught (new on the branch)", () => {
    expect(replayCaught(["kod Moskvy potom 555 01 43"], ["555 01 43"])).toBe(true);
  });
  it("three messages, no then is caught", () => {
    expect(replayCaught(["my area code is Denver's", "and 555", "0143"], ["555", "0143"])).toBe(true);
  });
  // Read as the chat sends it (round 51): "71" is read with "44" and "09" only, and 2-2-2 after a 3 keeps no drip's
  // rhythm a Portuguese number is read in (keepsDripRhythm reads North American and trunk-zero numbers).
  it.fails("five messages is caught (new on the branch)", () => {
    expect(replayCaught(["Lisbon code", "then 213", "44", "09", "71"], ["213", "44", "09", "71"])).toBe(true);
  });
  it("two messages, Greek is caught (new on the branch)", () => {
    expect(replayCaught(["ο κωδικός της Πάτρας", "μετά 442 18 07"], ["442 18 07"])).toBe(true);
  });
  it("Russian translit sobaka/tochka is caught", () => {
    expect(replayCaught(["pishi ivan sobaka mail tochka ru"], ["ivan sobaka mail tochka ru"])).toBe(true);
  });
  it("Greeklish papaki/teleia is caught", () => {
    expect(replayCaught(["steile sto nikos papaki gmail teleia com"], ["nikos papaki gmail teleia com"])).toBe(true);
  });
  it("Polish kropeczka is caught", () => {
    expect(replayCaught(["jan małpka gmail kropeczka com"], ["jan małpka gmail kropeczka com"])).toBe(true);
  });
  it.fails("Bulgarian маймунка is caught", () => {
    // missed (main too): Bulgarian 'маймунка' is not an '@' word
    expect(replayCaught(["ivan маймунка abv точка bg"], ["ivan маймунка abv точка bg"])).toBe(true);
  });
  // caught since round 43's refit
  it("Serbian majmunče tačka is caught", () => {
    expect(replayCaught(["marko majmunče gmail tačka com"], ["marko majmunče gmail tačka com"])).toBe(true);
  });
  it.fails("Slovene afna pika is caught", () => {
    // missed (main too): Slovene 'afna'/'pika' are not in the table
    expect(replayCaught(["janez afna gmail pika si"], ["janez afna gmail pika si"])).toBe(true);
  });
  // caught since round 43's refit
  it("Finnish miukumauku piste is caught", () => {
    expect(replayCaught(["matti miukumauku gmail piste com"], ["matti miukumauku gmail piste com"])).toBe(true);
  });
  it.fails("Czech no dot word is caught", () => {
    // missed (main too): the domain's dot is not said at all ('seznam cz')
    expect(replayCaught(["novak zavináč seznam cz"], ["novak zavináč seznam cz"])).toBe(true);
  });
  it("split over two messages (Hungarian) is caught (new on the branch)", () => {
    expect(replayCaught(["írj a kovacs.gabor kukac", "citromail pont hu"], ["kovacs.gabor", "citromail pont hu"])).toBe(true);
  });
  it("split over two messages (Czech) is caught (new on the branch)", () => {
    expect(replayCaught(["pište na dvorak zavináč", "email tečka cz"], ["dvorak", "email tečka cz"])).toBe(true);
  });
  it("split over three messages (Czech) is caught (new on the branch)", () => {
    expect(replayCaught(["novak zavinac", "seznam", "tecka cz"], ["novak", "seznam", "tecka cz"])).toBe(true);
  });
  it("split Greek is caught (new on the branch)", () => {
    expect(replayCaught(["nikos παπάκι", "otenet τελεία gr"], ["nikos", "otenet τελεία gr"])).toBe(true);
  });
  it("split Polish is caught (new on the branch)", () => {
    expect(replayCaught(["kowalski małpa", "onet kropka pl"], ["kowalski", "onet kropka pl"])).toBe(true);
  });
  // caught since round 43's refit
  it("Russian Cyrillic domain spoken is caught", () => {
    expect(replayCaught(["ivan собака мейл точка ру"], ["ivan собака мейл точка ру"])).toBe(true);
  });
  it("underscored is caught", () => {
    expect(replayCaught(["ivan_собака_mail_точка_ru"], ["ivan_собака_mail_точка_ru"])).toBe(true);
  });
  it.fails("Hungarian spaced ending is caught", () => {
    // missed (main too): the ending spelled apart ('h u')
    expect(replayCaught(["kovacs kukac freemail pont h u"], ["kovacs kukac freemail pont h u"])).toBe(true);
  });
  // caught since round 43's refit
  it("Hungarian typo kom is caught", () => {
    expect(replayCaught(["kovacs kukac gmail pont kom"], ["kovacs kukac gmail pont kom"])).toBe(true);
  });
  it("Turkish işareti is caught", () => {
    expect(replayCaught(["mehmet at işareti gmail nokta com"], ["mehmet at işareti gmail nokta com"])).toBe(true);
  });
  it("Turkish et with typed dot is caught", () => {
    expect(replayCaught(["mehmet et gmail.com"], ["mehmet et gmail.com"])).toBe(true);
  });
  it("Romanian la with typed dot is caught", () => {
    expect(replayCaught(["andrei la yahoo.ro"], ["andrei la yahoo.ro"])).toBe(true);
  });
  it.fails("Hebrew transliterated is caught", () => {
    // missed (main too): 'shtrudel'/'nekuda' in Latin letters are not in the table
    expect(replayCaught(["yossi shtrudel walla nekuda co nekuda il"], ["yossi shtrudel walla nekuda co nekuda il"])).toBe(true);
  });
  it("Czech tečka before a gTLD is caught (new on the branch)", () => {
    expect(replayCaught(["dvorak zavinac gmail tecka com"], ["dvorak zavinac gmail tecka com"])).toBe(true);
  });
  it.fails("Hungarian bare spoken site .com is caught", () => {
    // missed (main too): SAID_DOMAIN reads only the dot word's own country endings, not .com
    expect(replayCaught(["autoszerviz-bence pont com"], ["autoszerviz-bence pont com"])).toBe(true);
  });
  it.fails("Polish site said .com.pl is caught", () => {
    // missed (main too): SAID_DOMAIN reads only one label and one ending
    expect(replayCaught(["serwis-nowak kropka com kropka pl"], ["serwis-nowak kropka com kropka pl"])).toBe(true);
  });
  it("Swedish snabel a with space is caught", () => {
    expect(replayCaught(["lars snabel a telia punkt se"], ["lars snabel a telia punkt se"])).toBe(true);
  });
  it.fails("Czech spaced ending is caught", () => {
    // missed (main too): the ending spelled apart ('c z')
    expect(replayCaught(["novak zavináč seznam tečka c z"], ["novak zavináč seznam tečka c z"])).toBe(true);
  });
});
