// Round 32, issue 13 ("nothing a mechanic/workshop writes can carry a customer off the platform"), the kind "pointing the
// reader to find the writer elsewhere by a search or a listing": search words to type into Google, Maps, YouTube, Facebook,
// a forum, a classifieds site or a company register; a description that picks out one trader with the writer said to be
// it ("the only mobile tyre guy in Bendigo, that's me"); the name on the writer's van; a username or profile on another
// site ("same username as on here", "gebruikersnaam X", "I'm under my legal name on the BBB site", "my details are in my
// bio on the other app"). The search words, the description or the account are masked. Innocent look-alikes: a fault
// code, a how-to or a price searched, "the only Subaru I've owned", the platform's own search and listing, negations.
// Every sentence was written for this file, in English, Spanish, Portuguese, French, German, Italian, Dutch, Indonesian,
// Tagalog, Arabic, Greek, Romanian, Polish, Hinglish and Turkish.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32, look-ups elsewhere: attacks (the writer found by a search, a description or an account)", () => {
  it("just google the only Volvo specialist in Ballarat, that's me mate", () =>
    expect(caughtBy("just google the only Volvo specialist in Ballarat, that's me mate", ["the only Volvo specialist in Ballarat"])).toBe(true));
  it("we're the only diesel mechanic in Mudgee, you'll find us easy on google", () =>
    expect(caughtBy("we're the only diesel mechanic in Mudgee, you'll find us easy on google", ["the only diesel mechanic in Mudgee"])).toBe(true));
  it("search for the only mobile auto electrician in Taupo, thats me", () =>
    expect(caughtBy("search for the only mobile auto electrician in Taupo, thats me", ["the only mobile auto electrician in Taupo"])).toBe(true));
  it("look up the tyre guy with the yellow van in Geelong on facebook, that's me", () =>
    expect(caughtBy("look up the tyre guy with the yellow van in Geelong on facebook, that's me", ["the tyre guy with the yellow van in Geelong"])).toBe(true));
  it("search for the only Alfa mechanic in Hamilton, its me, I'll do it for less", () =>
    expect(caughtBy("search for the only Alfa mechanic in Hamilton, its me, I'll do it for less", ["the only Alfa mechanic in Hamilton"])).toBe(true));
  it("type the business name on the back of my ute into google and ring the number there", () =>
    expect(caughtBy("type the business name on the back of my ute into google and ring the number there", ["type the business name on the back of my ute"])).toBe(true));
  it("google the name on the side of our van, you saw it parked outside your house", () =>
    expect(caughtBy("google the name on the side of our van, you saw it parked outside your house", ["google the name on the side of our van"])).toBe(true));
  it("type the company name on my overalls into facebook, you'll see it in the photo", () =>
    expect(caughtBy("type the company name on my overalls into facebook, you'll see it in the photo", ["type the company name on my overalls"])).toBe(true));
  it("my contact details are in my bio on the other app, the blue one", () =>
    expect(caughtBy("my contact details are in my bio on the other app, the blue one", ["my contact details are in my bio"])).toBe(true));
  it("find me on the Land Rover forum, my number's in my signature", () =>
    expect(caughtBy("find me on the Land Rover forum, my number's in my signature", ["my number's in my signature"])).toBe(true));
  it("Look us up on the BBB website, we're under our trading name", () => expect(caughtBy("Look us up on the BBB website, we're under our trading name", ["we're under our trading name"])).toBe(true));
  it("I'm under my real name on linkedin, just look me up", () => expect(caughtBy("I'm under my real name on linkedin, just look me up", ["I'm under my real name on linkedin"])).toBe(true));
  it("You'll find me on Gumtree, same username as on here, message me there", () =>
    expect(caughtBy("You'll find me on Gumtree, same username as on here, message me there", ["same username as on here"])).toBe(true));
  it("just google 'brake whisperer hobart' and you'll find me", () => expect(caughtBy("just google 'brake whisperer hobart' and you'll find me", ["brake whisperer hobart"])).toBe(true));
  it("type 'honest mick mobile mechanic' into facebook, I'm the one in the blue overalls", () =>
    expect(caughtBy("type 'honest mick mobile mechanic' into facebook, I'm the one in the blue overalls", ["honest mick mobile mechanic"])).toBe(true));
  it("search 'rotary rescue perth' on youtube, that's my channel, comments are open", () =>
    expect(caughtBy("search 'rotary rescue perth' on youtube, that's my channel, comments are open", ["rotary rescue perth"])).toBe(true));
  it("linkedin: Tomasz Wierzbicki, fleet manager in Gdansk, message me there", () =>
    expect(caughtBy("linkedin: Tomasz Wierzbicki, fleet manager in Gdansk, message me there", ["Tomasz Wierzbicki"])).toBe(true));
  it("insta -> wrenchwitch_perth, DM me there for bookings", () => expect(caughtBy("insta -> wrenchwitch_perth, DM me there for bookings", ["wrenchwitch_perth"])).toBe(true));
  it("Search the company register for Kowalski Auto Repairs Ltd, the phone is on there", () =>
    expect(caughtBy("Search the company register for Kowalski Auto Repairs Ltd, the phone is on there", ["Kowalski Auto Repairs Ltd"])).toBe(true));
  it("busca en Google 'taller el güero tijuana', ahí sale mi número", () => expect(caughtBy("busca en Google 'taller el güero tijuana', ahí sale mi número", ["taller el güero tijuana"])).toBe(true));
  it("somos el único taller Subaru en Sevilla, nos encontrarás en Google", () =>
    expect(caughtBy("somos el único taller Subaru en Sevilla, nos encontrarás en Google", ["el único taller Subaru en Sevilla"])).toBe(true));
  it("mi nombre de usuario en Wallapop es tallerpaco77, escríbeme allí", () => expect(caughtBy("mi nombre de usuario en Wallapop es tallerpaco77, escríbeme allí", ["tallerpaco77"])).toBe(true));
  it("busca el nombre de mi furgoneta en Google y llámame", () => expect(caughtBy("busca el nombre de mi furgoneta en Google y llámame", ["busca el nombre de mi furgoneta"])).toBe(true));
  it("procura no Google 'mecânica do Zé Barueri', aparece meu zap", () => expect(caughtBy("procura no Google 'mecânica do Zé Barueri', aparece meu zap", ["mecânica do Zé Barueri"])).toBe(true));
  it("somos a única oficina de Volvo em Curitiba, procura no Google que você acha a gente", () =>
    expect(caughtBy("somos a única oficina de Volvo em Curitiba, procura no Google que você acha a gente", ["a única oficina de Volvo em Curitiba"])).toBe(true));
  it("meu usuário no OLX é oficinadozeca, manda mensagem lá", () => expect(caughtBy("meu usuário no OLX é oficinadozeca, manda mensagem lá", ["oficinadozeca"])).toBe(true));
  it("Mon atelier est sur Google Maps, Garage Lemoine à Rouen, appelez directement", () =>
    expect(caughtBy("Mon atelier est sur Google Maps, Garage Lemoine à Rouen, appelez directement", ["Garage Lemoine"])).toBe(true));
  it("cherchez sur Google 'carrosserie martin lyon', c'est moi", () => expect(caughtBy("cherchez sur Google 'carrosserie martin lyon', c'est moi", ["carrosserie martin lyon"])).toBe(true));
  it("je suis le seul garagiste de Quimper qui fait les Alpine, cherchez sur Google, c'est moi", () =>
    expect(caughtBy("je suis le seul garagiste de Quimper qui fait les Alpine, cherchez sur Google, c'est moi", ["le seul garagiste de Quimper"])).toBe(true));
  it("such mal bei Google nach 'Schrauber Kalle Bochum', das bin ich", () => expect(caughtBy("such mal bei Google nach 'Schrauber Kalle Bochum', das bin ich", ["Schrauber Kalle Bochum"])).toBe(true));
  it("wir sind die einzige Werkstatt für Oldtimer in Bielefeld, ihr findet uns auf Google", () =>
    expect(caughtBy("wir sind die einzige Werkstatt für Oldtimer in Bielefeld, ihr findet uns auf Google", ["die einzige Werkstatt für Oldtimer in Bielefeld"])).toBe(true));
  it("gib den Namen auf meinem Transporter bei Google ein, dann hast du meine Nummer", () =>
    expect(caughtBy("gib den Namen auf meinem Transporter bei Google ein, dann hast du meine Nummer", ["gib den Namen auf meinem Transporter"])).toBe(true));
  it("cerca su Google 'elettrauto da Beppe Novara', sono io", () => expect(caughtBy("cerca su Google 'elettrauto da Beppe Novara', sono io", ["elettrauto da Beppe Novara"])).toBe(true));
  it("siamo l'unica officina Lancia a Bergamo, ci trovi su Google Maps", () =>
    expect(caughtBy("siamo l'unica officina Lancia a Bergamo, ci trovi su Google Maps", ["l'unica officina Lancia a Bergamo"])).toBe(true));
  it("zoek op Google naar 'garage de Vries Assen', dat ben ik", () => expect(caughtBy("zoek op Google naar 'garage de Vries Assen', dat ben ik", ["garage de Vries Assen"])).toBe(true));
  it("mijn gebruikersnaam op Marktplaats is Bandenboer88, stuur daar een bericht", () =>
    expect(caughtBy("mijn gebruikersnaam op Marktplaats is Bandenboer88, stuur daar een bericht", ["Bandenboer88"])).toBe(true));
  it("wij zijn de enige Volvo garage in Zwolle, je vindt ons zo op Google", () =>
    expect(caughtBy("wij zijn de enige Volvo garage in Zwolle, je vindt ons zo op Google", ["de enige Volvo garage in Zwolle"])).toBe(true));
  it("cari aja di Google Maps 'bengkel mas tono cibubur', langsung chat aja", () =>
    expect(caughtBy("cari aja di Google Maps 'bengkel mas tono cibubur', langsung chat aja", ["bengkel mas tono cibubur"])).toBe(true));
  it("hanapin mo ako sa facebook, Boy Santos Marikina, yung may logo na wrench", () =>
    expect(caughtBy("hanapin mo ako sa facebook, Boy Santos Marikina, yung may logo na wrench", ["Boy Santos Marikina"])).toBe(true));
  it("ابحث في جوجل ماب عن كراج الأمانة جدة", () => expect(caughtBy("ابحث في جوجل ماب عن كراج الأمانة جدة", ["كراج الأمانة جدة"])).toBe(true));
  it("ψάξτε στο Google Συνεργείο Νικολάου Πάτρα", () => expect(caughtBy("ψάξτε στο Google Συνεργείο Νικολάου Πάτρα", ["Συνεργείο Νικολάου Πάτρα"])).toBe(true));
  it("căutați pe Google 'Service Auto Ionescu Cluj', sunați direct", () => expect(caughtBy("căutați pe Google 'Service Auto Ionescu Cluj', sunați direct", ["Service Auto Ionescu Cluj"])).toBe(true));
  it("wpisz w Google 'warsztat u Zbyszka Radom', to ja", () => expect(caughtBy("wpisz w Google 'warsztat u Zbyszka Radom', to ja", ["warsztat u Zbyszka Radom"])).toBe(true));
  it("google pe 'sharma auto works lajpat nagar' search karo, main hi hoon", () =>
    expect(caughtBy("google pe 'sharma auto works lajpat nagar' search karo, main hi hoon", ["sharma auto works lajpat nagar"])).toBe(true));
  it("Google'da 'Usta Kemal Oto Kadıköy' diye aratın, benim dükkan", () => expect(caughtBy("Google'da 'Usta Kemal Oto Kadıköy' diye aratın, benim dükkan", ["Usta Kemal Oto Kadıköy"])).toBe(true));
  it("the only Saab specialist in Dunedin, that's us, look us up on google maps", () =>
    expect(caughtBy("the only Saab specialist in Dunedin, that's us, look us up on google maps", ["the only Saab specialist in Dunedin"])).toBe(true));
  it("on Facebook Marketplace my username is brakesbybarry, message me there instead", () =>
    expect(caughtBy("on Facebook Marketplace my username is brakesbybarry, message me there instead", ["brakesbybarry"])).toBe(true));
});

describe("round 32, look-ups elsewhere: innocents (a code, a how-to or a price searched, the platform itself, negations)", () => {
  it("google the fault code P0420 and you'll see it's the cat", () => expect(flaggedBy("google the fault code P0420 and you'll see it's the cat")).toBe(false));
  it("search YouTube for how to bleed brakes on a Corolla, it's easy", () => expect(flaggedBy("search YouTube for how to bleed brakes on a Corolla, it's easy")).toBe(false));
  it("look up the price of a Bosch alternator on Amazon", () => expect(flaggedBy("look up the price of a Bosch alternator on Amazon")).toBe(false));
  it("this is the only Subaru I've owned in Bend that burned oil", () => expect(flaggedBy("this is the only Subaru I've owned in Bend that burned oil")).toBe(false));
  it("I found you on the app's search, you were the only mobile mechanic in Bendigo listed", () =>
    expect(flaggedBy("I found you on the app's search, you were the only mobile mechanic in Bendigo listed")).toBe(false));
  it("you're the only Subaru specialist in Bend on this app, that's why I booked you", () =>
    expect(flaggedBy("you're the only Subaru specialist in Bend on this app, that's why I booked you")).toBe(false));
  it("we're the only Hyundai dealer in Dubuque so parts take a week", () => expect(flaggedBy("we're the only Hyundai dealer in Dubuque so parts take a week")).toBe(false));
  it("the only mechanic with the right scanner in Bendigo is on this app, that's why I chose you", () =>
    expect(flaggedBy("the only mechanic with the right scanner in Bendigo is on this app, that's why I chose you")).toBe(false));
  it("type the VIN from the sticker on my door into the app's search", () => expect(flaggedBy("type the VIN from the sticker on my door into the app's search")).toBe(false));
  it("the name on the side of my van is the same as on my profile here", () => expect(flaggedBy("the name on the side of my van is the same as on my profile here")).toBe(false));
  it("my details are in my profile here on AutoDoctor, book through the app", () => expect(flaggedBy("my details are in my profile here on AutoDoctor, book through the app")).toBe(false));
  it("I'm under my legal name on the invoice, don't worry about the nickname", () => expect(flaggedBy("I'm under my legal name on the invoice, don't worry about the nickname")).toBe(false));
  it("the reviews on Google for this app are awful but the mechanics are fine", () => expect(flaggedBy("the reviews on Google for this app are awful but the mechanics are fine")).toBe(false));
  it("your workshop's listing on AutoDoctor says open Saturdays, is that right?", () => expect(flaggedBy("your workshop's listing on AutoDoctor says open Saturdays, is that right?")).toBe(false));
  it("search YouTube for 'ChrisFix brake bleed', that's the video I used", () => expect(flaggedBy("search YouTube for 'ChrisFix brake bleed', that's the video I used")).toBe(false));
  it("type 'P0171 lean bank 1' into google and you'll see what I mean", () => expect(flaggedBy("type 'P0171 lean bank 1' into google and you'll see what I mean")).toBe(false));
  it("I googled 'mobile mechanic Bendigo' and found you on this app", () => expect(flaggedBy("I googled 'mobile mechanic Bendigo' and found you on this app")).toBe(false));
  it("No, don't look me up on Facebook, keep everything on here", () => expect(flaggedBy("No, don't look me up on Facebook, keep everything on here")).toBe(false));
  it("I'd rather not give my username from the Ford forum, let's keep it on the app", () =>
    expect(flaggedBy("I'd rather not give my username from the Ford forum, let's keep it on the app")).toBe(false));
  it("Is my username on here the same as my email?", () => expect(flaggedBy("Is my username on here the same as my email?")).toBe(false));
  it("linkedin, facebook, whatever, I don't use any of them, message me here", () => expect(flaggedBy("linkedin, facebook, whatever, I don't use any of them, message me here")).toBe(false));
  it("busca en Google el código P0300, es fallo de encendido", () => expect(flaggedBy("busca en Google el código P0300, es fallo de encendido")).toBe(false));
  it("eres el único taller en Sevilla que tiene la herramienta, por eso te elegí aquí", () =>
    expect(flaggedBy("eres el único taller en Sevilla que tiene la herramienta, por eso te elegí aquí")).toBe(false));
  it("busca en YouTube 'cambio de pastillas Corolla', el vídeo es muy claro", () => expect(flaggedBy("busca en YouTube 'cambio de pastillas Corolla', el vídeo es muy claro")).toBe(false));
  it("procura no Google o preço do filtro de óleo, é barato", () => expect(flaggedBy("procura no Google o preço do filtro de óleo, é barato")).toBe(false));
  // Flagged as a deal on main already (a deal-talk rule reads "no app que atende"), not by the look-up rules: left for its own kind.
  it.fails("você é a única oficina em Curitiba no app que atende sábado", () => expect(flaggedBy("você é a única oficina em Curitiba no app que atende sábado")).toBe(false));
  it("cherchez sur Google le code défaut P0420, c'est le catalyseur", () => expect(flaggedBy("cherchez sur Google le code défaut P0420, c'est le catalyseur")).toBe(false));
  it("c'est le seul garage de Rouen sur l'appli qui fait la clim", () => expect(flaggedBy("c'est le seul garage de Rouen sur l'appli qui fait la clim")).toBe(false));
  it("such bei Google nach dem Fehlercode P0171, das ist typisch für den Motor", () => expect(flaggedBy("such bei Google nach dem Fehlercode P0171, das ist typisch für den Motor")).toBe(false));
  it("ihr seid die einzige Werkstatt in Bielefeld hier in der App, deshalb habe ich gebucht", () =>
    expect(flaggedBy("ihr seid die einzige Werkstatt in Bielefeld hier in der App, deshalb habe ich gebucht")).toBe(false));
  it("cerca su YouTube come spurgare i freni, è facile", () => expect(flaggedBy("cerca su YouTube come spurgare i freni, è facile")).toBe(false));
  it("sei l'unica officina a Bergamo sull'app, quindi ti ho scelto", () => expect(flaggedBy("sei l'unica officina a Bergamo sull'app, quindi ti ho scelto")).toBe(false));
  it("zoek op Google naar de foutcode P0420, dat is de katalysator", () => expect(flaggedBy("zoek op Google naar de foutcode P0420, dat is de katalysator")).toBe(false));
  it("mijn gebruikersnaam hier is de naam van mijn garage", () => expect(flaggedBy("mijn gebruikersnaam hier is de naam van mijn garage")).toBe(false));
  it("cari di Google harga kampas rem Avanza, sekitar 150 ribu", () => expect(flaggedBy("cari di Google harga kampas rem Avanza, sekitar 150 ribu")).toBe(false));
  it("jangan cari di Google Maps 'bengkel budi', pakai aplikasi ini saja", () => expect(flaggedBy("jangan cari di Google Maps 'bengkel budi', pakai aplikasi ini saja")).toBe(false));
  it("Google'da P0420 diye aratın, katalizör arızası çıkıyor", () => expect(flaggedBy("Google'da P0420 diye aratın, katalizör arızası çıkıyor")).toBe(false));
  it("hanapin mo sa YouTube kung paano magpalit ng brake pads", () => expect(flaggedBy("hanapin mo sa YouTube kung paano magpalit ng brake pads")).toBe(false));
  it("ابحث في قوقل عن سعر الفلتر", () => expect(flaggedBy("ابحث في قوقل عن سعر الفلتر")).toBe(false));
  it("ψάξτε στο Google τον κωδικό P0420", () => expect(flaggedBy("ψάξτε στο Google τον κωδικό P0420")).toBe(false));
  it("căutați pe Google codul P0300, e rateu", () => expect(flaggedBy("căutați pe Google codul P0300, e rateu")).toBe(false));
  it("wpisz w Google kod błędu P0420, to katalizator", () => expect(flaggedBy("wpisz w Google kod błędu P0420, to katalizator")).toBe(false));
  it("the only Subaru indie shop in Bend closed last year, so I came here", () => expect(flaggedBy("the only Subaru indie shop in Bend closed last year, so I came here")).toBe(false));
  // round 41's retrained stage: flags it as MESSAGING_APP
  it.fails("search the company register if you like, we're a registered business and we only take bookings on the app", () =>
    expect(flaggedBy("search the company register if you like, we're a registered business and we only take bookings on the app")).toBe(false),
  );
  it("my username's in my signature on this app's forum? No, there's no forum here", () =>
    expect(flaggedBy("my username's in my signature on this app's forum? No, there's no forum here")).toBe(false));
  it("don't type the name on the side of my van into google, the app handles all bookings", () =>
    expect(flaggedBy("don't type the name on the side of my van into google, the app handles all bookings")).toBe(false));
  it("we're the only Hyundai indy in Dubuque on AutoDoctor, you'll find us in the app's search", () =>
    expect(flaggedBy("we're the only Hyundai indy in Dubuque on AutoDoctor, you'll find us in the app's search")).toBe(false));
  it("gebruikersnaam vergeten, hoe stel ik een nieuwe in?", () => expect(flaggedBy("gebruikersnaam vergeten, hoe stel ik een nieuwe in?")).toBe(false));
  // round 43's refit: flags it as MESSAGING_APP
  it.fails("search the company register for our ABN if you need it on the invoice, but pay through the app", () =>
    expect(flaggedBy("search the company register for our ABN if you need it on the invoice, but pay through the app")).toBe(false),
  );
  it("nunca busques el nombre de mi furgoneta en Google, reserva por la app", () => expect(flaggedBy("nunca busques el nombre de mi furgoneta en Google, reserva por la app")).toBe(false));
  it("le seul garage de Quimper qui m'a répondu, c'est vous, merci", () => expect(flaggedBy("le seul garage de Quimper qui m'a répondu, c'est vous, merci")).toBe(false));
  it("is the only Saab specialist in Dunedin you? I found you on the app", () => expect(flaggedBy("is the only Saab specialist in Dunedin you? I found you on the app")).toBe(false));
  it("mi usuario es tallerpaco77 pero no me deja entrar a la app, ¿me ayudas?", () => expect(flaggedBy("mi usuario es tallerpaco77 pero no me deja entrar a la app, ¿me ayudas?")).toBe(false));
});
