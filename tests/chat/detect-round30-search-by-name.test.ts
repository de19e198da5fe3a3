// Round 30: a business or a person to be looked up by name on Google, its maps or a social site, in the languages
// customers abroad write, and English accounts given without the app's name (search-by-name.ts; issue 13). Sentences
// written for this branch, none from the corpus or another spec. Attack: flagged, and the name or handle masked where the
// message gives one. Innocent: a search for information, the sender's own past search, a refusal, a review, a thing.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 search by name: attacks", () => {
  it("Cari alamat Bengkel Budi Jaya di Google Maps, datang langsung.", () => expect(caughtBy("Cari alamat Bengkel Budi Jaya di Google Maps, datang langsung.", ["Bengkel Budi Jaya"])).toBe(true));
  it("Cercate su Google recensioni di Officina Rossi e chiamateci direttamente.", () =>
    expect(caughtBy("Cercate su Google recensioni di Officina Rossi e chiamateci direttamente.", ["Officina Rossi"])).toBe(true));
  it("Vai no Facebook e procura Oficina Irmãos Costa no Google, liga direto.", () =>
    expect(caughtBy("Vai no Facebook e procura Oficina Irmãos Costa no Google, liga direto.", ["Oficina Irmãos Costa"])).toBe(true));
  it("búscanos en Google como Taller El Chino y llámanos", () => expect(caughtBy("búscanos en Google como Taller El Chino y llámanos", ["Taller El Chino"])).toBe(true));
  it("procura Oficina do Toninho no Google e liga pra gente", () => expect(caughtBy("procura Oficina do Toninho no Google e liga pra gente", ["Oficina do Toninho"])).toBe(true));
  it("cherchez Garage des Tilleuls sur Google Maps, appelez-nous", () => expect(caughtBy("cherchez Garage des Tilleuls sur Google Maps, appelez-nous", ["Garage des Tilleuls"])).toBe(true));
  it("such mal nach Werkstatt Hoffmann bei Google, ruf da an", () => expect(caughtBy("such mal nach Werkstatt Hoffmann bei Google, ruf da an", ["Werkstatt Hoffmann"])).toBe(true));
  it("cercaci su Facebook come Officina Moretti e scrivici", () => expect(caughtBy("cercaci su Facebook come Officina Moretti e scrivici", ["Officina Moretti"])).toBe(true));
  it("wyszukaj Warsztat Samochodowy Wiśniewski na Google, zadzwoń bezpośrednio", () =>
    expect(caughtBy("wyszukaj Warsztat Samochodowy Wiśniewski na Google, zadzwoń bezpośrednio", ["Warsztat Samochodowy Wiśniewski"])).toBe(true));
  it("Google pe Khan Motors garage search karo, direct call karna", () => expect(caughtBy("Google pe Khan Motors garage search karo, direct call karna", ["Khan Motors"])).toBe(true));
  it("hanapin mo sa FB ang Dela Cruz Auto Repair, doon tayo mag-usap", () => expect(caughtBy("hanapin mo sa FB ang Dela Cruz Auto Repair, doon tayo mag-usap", ["Dela Cruz Auto Repair"])).toBe(true));
  it("tìm Gara Phúc Lộc trên Google Maps, qua thẳng luôn", () => expect(caughtBy("tìm Gara Phúc Lộc trên Google Maps, qua thẳng luôn", ["Gara Phúc Lộc"])).toBe(true));
  it("Ketik aja Bengkel Maju Motor Depok di Google Maps, langsung ke sana.", () =>
    expect(caughtBy("Ketik aja Bengkel Maju Motor Depok di Google Maps, langsung ke sana.", ["Bengkel Maju Motor Depok"])).toBe(true));
  it("Cek Facebook kami di Bengkel Sumber Rejeki, chat di sana lebih murah.", () =>
    expect(caughtBy("Cek Facebook kami di Bengkel Sumber Rejeki, chat di sana lebih murah.", ["Bengkel Sumber Rejeki"])).toBe(true));
  it("Carilah Bengkel Kereta Ah Seng di Google Maps, datang terus.", () => expect(caughtBy("Carilah Bengkel Kereta Ah Seng di Google Maps, datang terus.", ["Bengkel Kereta Ah Seng"])).toBe(true));
  it("Instagram'da Yıldız Oto Servis diye aratın, oradan yazın.", () => expect(caughtBy("Instagram'da Yıldız Oto Servis diye aratın, oradan yazın.", ["Yıldız Oto Servis"])).toBe(true));
  it("Google Haritalar'da Kaya Usta Oto Elektrik'i bulabilirsiniz, direkt gelin.", () =>
    expect(caughtBy("Google Haritalar'da Kaya Usta Oto Elektrik'i bulabilirsiniz, direkt gelin.", ["Kaya Usta Oto Elektrik"])).toBe(true));
  it("Găsiți-ne pe Facebook la Service Auto Ionescu, scrieți-ne acolo.", () =>
    expect(caughtBy("Găsiți-ne pe Facebook la Service Auto Ionescu, scrieți-ne acolo.", ["Service Auto Ionescu"])).toBe(true));
  it("دور على كراج أبو أحمد في جوجل ماب وكلمني", () => expect(caughtBy("دور على كراج أبو أحمد في جوجل ماب وكلمني", ["كراج أبو أحمد"])).toBe(true));
  it("ابحثوا عن مركز الأمانة لصيانة السيارات على فيسبوك", () => expect(caughtBy("ابحثوا عن مركز الأمانة لصيانة السيارات على فيسبوك", ["مركز الأمانة لصيانة السيارات"])).toBe(true));
  it("Búscanos en Google Maps como Taller Mecánico Los Hermanos, y llámanos directo.", () =>
    expect(caughtBy("Búscanos en Google Maps como Taller Mecánico Los Hermanos, y llámanos directo.", ["Taller Mecánico Los Hermanos"])).toBe(true));
  it("Encuéntranos en Facebook: Taller Ramírez e Hijos, escríbenos por ahí.", () =>
    expect(caughtBy("Encuéntranos en Facebook: Taller Ramírez e Hijos, escríbenos por ahí.", ["Taller Ramírez e Hijos"])).toBe(true));
  it("Pesquisa no Google por Oficina Irmãos Costa e liga direto.", () => expect(caughtBy("Pesquisa no Google por Oficina Irmãos Costa e liga direto.", ["Oficina Irmãos Costa"])).toBe(true));
  it("Tapez Garage Lefèvre Automobiles sur Google Maps et appelez-nous.", () =>
    expect(caughtBy("Tapez Garage Lefèvre Automobiles sur Google Maps et appelez-nous.", ["Garage Lefèvre Automobiles"])).toBe(true));
  it("Suchen Sie bei Google nach Autowerkstatt Schneider, rufen Sie dort an.", () =>
    expect(caughtBy("Suchen Sie bei Google nach Autowerkstatt Schneider, rufen Sie dort an.", ["Autowerkstatt Schneider"])).toBe(true));
  it("Cercate su Google Autofficina Bianchi e chiamateci direttamente.", () =>
    expect(caughtBy("Cercate su Google Autofficina Bianchi e chiamateci direttamente.", ["Autofficina Bianchi"])).toBe(true));
  it("Znajdziesz nas na Facebooku jako Auto Serwis Nowak, pisz tam.", () => expect(caughtBy("Znajdziesz nas na Facebooku jako Auto Serwis Nowak, pisz tam.", ["Auto Serwis Nowak"])).toBe(true));
  it("Keress rá a Google-ön: Kovács Autószerviz, hívj fel ott.", () => expect(caughtBy("Keress rá a Google-ön: Kovács Autószerviz, hívj fel ott.", ["Kovács Autószerviz"])).toBe(true));
  it("Google Maps pe Verma Auto Works search karo, seedha wahan aao.", () => expect(caughtBy("Google Maps pe Verma Auto Works search karo, seedha wahan aao.", ["Verma Auto Works"])).toBe(true));
  it("Facebook par Singh Motor Garage dhundo, wahan message karo.", () => expect(caughtBy("Facebook par Singh Motor Garage dhundo, wahan message karo.", ["Singh Motor Garage"])).toBe(true));
  it("I-search mo sa Facebook ang Santos Auto Shop, doon mo ako i-message.", () =>
    expect(caughtBy("I-search mo sa Facebook ang Santos Auto Shop, doon mo ako i-message.", ["Santos Auto Shop"])).toBe(true));
  it("Anh lên Google Maps tìm Gara Hoàng Long, gọi trực tiếp cho em.", () => expect(caughtBy("Anh lên Google Maps tìm Gara Hoàng Long, gọi trực tiếp cho em.", ["Gara Hoàng Long"])).toBe(true));
  it("Tìm Gara Thành Công trên Facebook nhé anh, nhắn tin trực tiếp.", () => expect(caughtBy("Tìm Gara Thành Công trên Facebook nhé anh, nhắn tin trực tiếp.", ["Gara Thành Công"])).toBe(true));
  it("search wrenchwitch77, add me there and skip the fees", () => expect(caughtBy("search wrenchwitch77, add me there and skip the fees", ["wrenchwitch77"])).toBe(true));
  it("look for sparkydanuk, the one with the ghost logo", () => expect(caughtBy("look for sparkydanuk, the one with the ghost logo", ["sparkydanuk"])).toBe(true));
  it("handle: brakebossbri, not on here obviously", () => expect(caughtBy("handle: brakebossbri, not on here obviously", ["brakebossbri"])).toBe(true));
  it("same username on the camera app: torquetina", () => expect(caughtBy("same username on the camera app: torquetina", ["torquetina"])).toBe(true));
  it("I'm gazzafixit on all the apps, message me", () => expect(caughtBy("I'm gazzafixit on all the apps, message me", ["gazzafixit"])).toBe(true));
  it("username = kwikfitkev, the other app not this one", () => expect(caughtBy("username = kwikfitkev, the other app not this one", ["kwikfitkev"])).toBe(true));
  it("My IG is the name of this workshop, one word", () => expect(flaggedBy("My IG is the name of this workshop, one word")).toBe(true));
  it("we can talk on the other app, my username is the same there", () => expect(flaggedBy("we can talk on the other app, my username is the same there")).toBe(true));
  it("add me on the bird app, same name as here", () => expect(flaggedBy("add me on the bird app, same name as here")).toBe(true));
});

describe("round 30 search by name: innocents", () => {
  it("Google pe Maruti Suzuki Swift ka price check karo", () => expect(flaggedBy("Google pe Maruti Suzuki Swift ka price check karo")).toBe(false));
  it("I-search mo sa Google ang Toyota Vios recall, baka kasama yung sasakyan mo", () => expect(flaggedBy("I-search mo sa Google ang Toyota Vios recall, baka kasama yung sasakyan mo")).toBe(false));
  it("Google'da Ford Focus Servis Kampanyası diye aratın, geri çağırma var.", () => expect(flaggedBy("Google'da Ford Focus Servis Kampanyası diye aratın, geri çağırma var.")).toBe(false));
  it("Busca en Google Toyota Servicio Oficial precios", () => expect(flaggedBy("Busca en Google Toyota Servicio Oficial precios")).toBe(false));
  it("Cari di Google Honda Service Manual Beat, ada PDF gratis.", () => expect(flaggedBy("Cari di Google Honda Service Manual Beat, ada PDF gratis.")).toBe(false));
  it("Keress rá a Google-ön: Suzuki Swift Service Manual", () => expect(flaggedBy("Keress rá a Google-ön: Suzuki Swift Service Manual")).toBe(false));
  it("Facebook'ta Renault Clio Kulübü diye bir grup var, çok faydalı.", () => expect(flaggedBy("Facebook'ta Renault Clio Kulübü diye bir grup var, çok faydalı.")).toBe(false));
  it("Bisa cek di Google Maps jam buka Bengkel Jaya Motor?", () => expect(flaggedBy("Bisa cek di Google Maps jam buka Bengkel Jaya Motor?")).toBe(false));
  it("Google'da Yılmaz Oto Servis'in yorumlarına bakar mısınız, güvenilir mi?", () => expect(flaggedBy("Google'da Yılmaz Oto Servis'in yorumlarına bakar mısınız, güvenilir mi?")).toBe(false));
  it("Kannst du bei Google nach Werkstatt Becker suchen, ob die gut sind?", () => expect(flaggedBy("Kannst du bei Google nach Werkstatt Becker suchen, ob die gut sind?")).toBe(false));
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails("Cari di Google Maps arah ke Bengkel Budi Jaya, itu bengkel yang saya booking di aplikasi.", () =>
    expect(flaggedBy("Cari di Google Maps arah ke Bengkel Budi Jaya, itu bengkel yang saya booking di aplikasi.")).toBe(false),
  );
  it("Dopo la riparazione, cercate pure su Google recensioni di Officina Rossi.", () => expect(flaggedBy("Dopo la riparazione, cercate pure su Google recensioni di Officina Rossi.")).toBe(false));
  it("Tìm trên Google Maps địa chỉ Gara Minh Phát trong lịch hẹn nhé.", () => expect(flaggedBy("Tìm trên Google Maps địa chỉ Gara Minh Phát trong lịch hẹn nhé.")).toBe(false));
  it("It's such a shame Google Maps shows Smith Auto Repair as closed", () => expect(flaggedBy("It's such a shame Google Maps shows Smith Auto Repair as closed")).toBe(false));
  it("Such a pity, Facebook reviews for Jones Body Shop are bad", () => expect(flaggedBy("Such a pity, Facebook reviews for Jones Body Shop are bad")).toBe(false));
  it("Tape the wire, then check Google for Ford Focus wiring, call me if stuck", () => expect(flaggedBy("Tape the wire, then check Google for Ford Focus wiring, call me if stuck")).toBe(false));
  it("Saya cari Bengkel Jaya di Google kemarin, ternyata sudah tutup.", () => expect(flaggedBy("Saya cari Bengkel Jaya di Google kemarin, ternyata sudah tutup.")).toBe(false));
  it("Jangan cari Bengkel Budi Jaya di Google, pesan lewat aplikasi saja.", () => expect(flaggedBy("Jangan cari Bengkel Budi Jaya di Google, pesan lewat aplikasi saja.")).toBe(false));
  it("Cari di Google Maps alamat yang ada di booking, nanti ketemu.", () => expect(flaggedBy("Cari di Google Maps alamat yang ada di booking, nanti ketemu.")).toBe(false));
  it("Google Haritalar'da adresi aratın, randevudaki konum doğru.", () => expect(flaggedBy("Google Haritalar'da adresi aratın, randevudaki konum doğru.")).toBe(false));
  it("Google'da Bosch Car Service yorumlarına baktım, iyiymiş.", () => expect(flaggedBy("Google'da Bosch Car Service yorumlarına baktım, iyiymiş.")).toBe(false));
  it("Ne cherchez pas Garage Dubois sur Google, réservez ici.", () => expect(flaggedBy("Ne cherchez pas Garage Dubois sur Google, réservez ici.")).toBe(false));
  it("Ich habe bei Google nach Werkstatt Becker gesucht, die hat schlechte Bewertungen.", () =>
    expect(flaggedBy("Ich habe bei Google nach Werkstatt Becker gesucht, die hat schlechte Bewertungen.")).toBe(false));
  it("Ho cercato Officina Rossi su Google, ha chiuso.", () => expect(flaggedBy("Ho cercato Officina Rossi su Google, ha chiuso.")).toBe(false));
  it("Nie szukaj Warsztat Kowalski na Google, rezerwuj tutaj.", () => expect(flaggedBy("Nie szukaj Warsztat Kowalski na Google, rezerwuj tutaj.")).toBe(false));
  it("Nu căutați Service Auto Popescu pe Google, rezervați prin aplicație.", () => expect(flaggedBy("Nu căutați Service Auto Popescu pe Google, rezervați prin aplicație.")).toBe(false));
  it("Maine Google pe Sharma Motors search kiya tha, band hai.", () => expect(flaggedBy("Maine Google pe Sharma Motors search kiya tha, band hai.")).toBe(false));
  it("Hinahanap ko sa Google ang presyo ng brake pads.", () => expect(flaggedBy("Hinahanap ko sa Google ang presyo ng brake pads.")).toBe(false));
  // round 41's retrained stage: flags it as FULL_NAME
  it.fails("Tôi đã tìm Gara Minh Phát trên Google Maps, đóng cửa rồi.", () => expect(flaggedBy("Tôi đã tìm Gara Minh Phát trên Google Maps, đóng cửa rồi.")).toBe(false));
  it("tìm trên Google Maps địa chỉ trong lịch hẹn nhé", () => expect(flaggedBy("tìm trên Google Maps địa chỉ trong lịch hẹn nhé")).toBe(false));
  it("cerca su Google il codice P0300, è un misfire", () => expect(flaggedBy("cerca su Google il codice P0300, è un misfire")).toBe(false));
  it("procure no Google o código P0171, é mistura pobre", () => expect(flaggedBy("procure no Google o código P0171, é mistura pobre")).toBe(false));
  it("wyszukaj na Google kod błędu P0420", () => expect(flaggedBy("wyszukaj na Google kod błędu P0420")).toBe(false));
  it("Google pe P0420 search karo, catalytic converter ka issue hai", () => expect(flaggedBy("Google pe P0420 search karo, catalytic converter ka issue hai")).toBe(false));
  it("hanapin mo sa Google yung P0420, catalytic converter daw", () => expect(flaggedBy("hanapin mo sa Google yung P0420, catalytic converter daw")).toBe(false));
  it("ابحث في قوقل عن كود العطل P0420", () => expect(flaggedBy("ابحث في قوقل عن كود العطل P0420")).toBe(false));
  it("Busca en Google Toyota Corolla 2015 ficha técnica", () => expect(flaggedBy("Busca en Google Toyota Corolla 2015 ficha técnica")).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails("keress rá a Google-ön a hibakódra", () => expect(flaggedBy("keress rá a Google-ön a hibakódra")).toBe(false));
  it("Cari di YouTube cara ganti kampas rem Honda Beat", () => expect(flaggedBy("Cari di YouTube cara ganti kampas rem Honda Beat")).toBe(false));
  it("Google Maps'te randevudaki adresi bul, oraya gel.", () => expect(flaggedBy("Google Maps'te randevudaki adresi bul, oraya gel.")).toBe(false));
  it("I found you on Google reviews, 4.8 stars", () => expect(flaggedBy("I found you on Google reviews, 4.8 stars")).toBe(false));
  it("search bluetooth, then pair the phone with the head unit", () => expect(flaggedBy("search bluetooth, then pair the phone with the head unit")).toBe(false));
  it("look for corrosion, the one with the green crust on the terminal", () => expect(flaggedBy("look for corrosion, the one with the green crust on the terminal")).toBe(false));
  it("search forscan, the app lets you read the codes yourself", () => expect(flaggedBy("search forscan, the app lets you read the codes yourself")).toBe(false));
  it("my username is the same as here, can you check why the booking failed?", () => expect(flaggedBy("my username is the same as here, can you check why the booking failed?")).toBe(false));
  it("same name as here on the invoice please", () => expect(flaggedBy("same name as here on the invoice please")).toBe(false));
  it("I'm exhausted on pretty much everything this week, sorry for the delay", () => expect(flaggedBy("I'm exhausted on pretty much everything this week, sorry for the delay")).toBe(false));
  it("the bird app says the recall is real, can you check it?", () => expect(flaggedBy("the bird app says the recall is real, can you check it?")).toBe(false));
  it("my handle is stuck, the door one, can you look?", () => expect(flaggedBy("my handle is stuck, the door one, can you look?")).toBe(false));
  it("look up torqueval, the chart with the logo on the page", () => expect(flaggedBy("look up torqueval, the chart with the logo on the page")).toBe(false));
  it("find carburettor, add me to the job list", () => expect(flaggedBy("find carburettor, add me to the job list")).toBe(false));
  it("Is your Instagram the name of the garage? I want to leave a review there", () => expect(flaggedBy("Is your Instagram the name of the garage? I want to leave a review there")).toBe(false));
  it("don't search carfixdan, he's a scammer, stay on here", () => expect(flaggedBy("don't search carfixdan, he's a scammer, stay on here")).toBe(false));
  it("My page is the name of this garage but I don't use it anymore, book here", () => expect(flaggedBy("My page is the name of this garage but I don't use it anymore, book here")).toBe(false));
  it("look for leakage, the one with the oil icon on the dash", () => expect(flaggedBy("look for leakage, the one with the oil icon on the dash")).toBe(false));
  it("find kilometrage, the icon on the dash shows it", () => expect(flaggedBy("find kilometrage, the icon on the dash shows it")).toBe(false));
  // phrases.ts's look-up rules read "en Google Taller Ruiz" as the verb "google" and a name to search (main too)
  it.fails("Busqué en Google Taller Ruiz y tiene malas reseñas, por eso vine aquí.", () => expect(flaggedBy("Busqué en Google Taller Ruiz y tiene malas reseñas, por eso vine aquí.")).toBe(false));
  // phrases.ts's look-up rules read "cherché" (normalised "cherche") as an imperative (main too)
  it.fails("J'ai cherché Garage Dubois sur Google, ils ont fermé.", () => expect(flaggedBy("J'ai cherché Garage Dubois sur Google, ils ont fermé.")).toBe(false));
  // a workshop's name read as a person's FULL_NAME (main too)
  it.fails("Szukałem na Google Warsztat Kowalski, ma złe opinie.", () => expect(flaggedBy("Szukałem na Google Warsztat Kowalski, ma złe opinie.")).toBe(false));
  // phrases.ts's look-up rules read a make's recall page as a business to find (main too)
  it.fails("Cherchez sur Google Renault Service Rappel pour votre Clio", () => expect(flaggedBy("Cherchez sur Google Renault Service Rappel pour votre Clio")).toBe(false));
  // phrases.ts's rules read a make's service page as a business to find (main too)
  it.fails("Wpisz w Google Opel Serwis Astra błąd P0420", () => expect(flaggedBy("Wpisz w Google Opel Serwis Astra błąd P0420")).toBe(false));
});
