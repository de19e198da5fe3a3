// Round 29 quantity-floor review (third reviewer) of a floor for the trained stage that was not merged: a number followed
// by a unit, currency or magnitude word (CLDR) read as no house number unless the stretch names a street type. 65 attacks
// (addresses whose house number is followed by a word of that list, English and abroad) and 211 hard innocents (quantities
// after numbers in many languages), probed with the application's options (rules + trained stage). As first written the
// floor caught 37 attacks where main caught 49 and flagged 2 innocents where main flagged 10; fixed after this review it
// matched main's 49 and flagged 1, but a fourth review still found it losing addresses typed in lower case, so it was not
// merged. This file specifies main: `it` when right, `it.fails` (with why). An attack is caught when flagged and its house
// number and street name are masked.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

/** Flagged by the application, and every letter and digit of `secret` masked (`caughtBy`). */
const caught = (s: string, secret: string): boolean => caughtBy(s, [secret]);

describe("round 29 quantity floor review: attacks", () => {
  it("Come round to 14 Mile End, it's the blue door opposite the bakery.", () => expect(caught("Come round to 14 Mile End, it's the blue door opposite the bakery.", "14 Mile End")).toBe(true));
  it("I'm at 27 Pound Hill, Crawley, bring the car there tomorrow morning.", () => expect(caught("I'm at 27 Pound Hill, Crawley, bring the car there tomorrow morning.", "27 Pound Hill")).toBe(true));
  it("Drop it at 5 Pound Green, the cottage with the red gate.", () => expect(caught("Drop it at 5 Pound Green, the cottage with the red gate.", "5 Pound Green")).toBe(true));
  it("Meet me at 8 Mile and Woodward, in the gas station lot.", () => expect(caught("Meet me at 8 Mile and Woodward, in the gas station lot.", "8 Mile and Woodward")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("We're at 42 Mile Oak Gardens, Portslade, the garage is round the back.", () =>
    expect(caught("We're at 42 Mile Oak Gardens, Portslade, the garage is round the back.", "42 Mile Oak Gardens")).toBe(true));
  it("My place is 33 Day Gardens, Norwich, come after six.", () => expect(caught("My place is 33 Day Gardens, Norwich, come after six.", "33 Day Gardens")).toBe(true));
  it("Our yard is at 250 Thousand Oaks Plaza, ask for Jim at the gate.", () =>
    expect(caught("Our yard is at 250 Thousand Oaks Plaza, ask for Jim at the gate.", "250 Thousand Oaks Plaza")).toBe(true));
  it("I live at 18 Den Hill, Eastbourne, the white house.", () => expect(caught("I live at 18 Den Hill, Eastbourne, the white house.", "18 Den Hill")).toBe(true));
  it("Just bring it to 22 Pond Hill, Sheffield and I'll pay cash.", () => expect(caught("Just bring it to 22 Pond Hill, Sheffield and I'll pay cash.", "22 Pond Hill")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("Keys are with my neighbour at 4 Pound Corner, Whitchurch.", () => expect(caught("Keys are with my neighbour at 4 Pound Corner, Whitchurch.", "4 Pound Corner")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Come to 12 Miles Green, Stoke, I'm in most evenings.", () => expect(caught("Come to 12 Miles Green, Stoke, I'm in most evenings.", "12 Miles Green")).toBe(true));
  it("Find me at 45 Second Cross, Jayanagar, near the temple.", () => expect(caught("Find me at 45 Second Cross, Jayanagar, near the temple.", "45 Second Cross")).toBe(true));
  it("Send the tow truck to 14 Ore Hill, Hastings please.", () => expect(caught("Send the tow truck to 14 Ore Hill, Hastings please.", "14 Ore Hill")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("Meet at 12 Lan Kwai Fong, Central, outside the bar.", () => expect(caught("Meet at 12 Lan Kwai Fong, Central, outside the bar.", "12 Lan Kwai Fong")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Pick the car up from 9 Mile Creek, Limerick, it's the farm on the left.", () =>
    expect(caught("Pick the car up from 9 Mile Creek, Limerick, it's the farm on the left.", "9 Mile Creek")).toBe(true),
  );
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("I'm parked at 3 Pie Corner, Smithfield, by the golden boy statue.", () => expect(caught("I'm parked at 3 Pie Corner, Smithfield, by the golden boy statue.", "3 Pie Corner")).toBe(true));
  it("My garage is 7 Dollar Grove, Dollar, FK14, next to the academy.", () => expect(caught("My garage is 7 Dollar Grove, Dollar, FK14, next to the academy.", "7 Dollar Grove")).toBe(true));
  it("Bring it round to 16 Pound Meadow, Sherborne, tomorrow at 10.", () => expect(caught("Bring it round to 16 Pound Meadow, Sherborne, tomorrow at 10.", "16 Pound Meadow")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("The house is 11 Mile Ash, Derby, please come there.", () => expect(caught("The house is 11 Mile Ash, Derby, please come there.", "11 Mile Ash")).toBe(true));
  it("We're at 28 Den Bank Gardens, Sheffield, ring twice.", () => expect(caught("We're at 28 Den Bank Gardens, Sheffield, ring twice.", "28 Den Bank Gardens")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  // round 41's retrained stage: no longer flags it
  it.fails("Rumah saya di 12 Batu Ferringhi, Penang, datang saja ke sana.", () => expect(caught("Rumah saya di 12 Batu Ferringhi, Penang, datang saja ke sana.", "12 Batu Ferringhi")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("Bengkel saya di 25 Batu Pahat, Johor, dekat masjid.", () => expect(caught("Bengkel saya di 25 Batu Pahat, Johor, dekat masjid.", "25 Batu Pahat")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  // round 41's second refit: no longer flags it
  it.fails("Alamat saya 12 Tj. Priok, Jakarta Utara, datang jam 3.", () => expect(caught("Alamat saya 12 Tj. Priok, Jakarta Utara, datang jam 3.", "12 Tj. Priok")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  // round 41's retrained stage: no longer flags it
  it.fails("Saya tinggal di 8 Bt Caves, Selangor, depan kedai makan.", () => expect(caught("Saya tinggal di 8 Bt Caves, Selangor, depan kedai makan.", "8 Bt Caves")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  // round 41's retrained stage: no longer flags it
  it.fails("Rumah saya 14 Tg. Bungah, Penang, tepi pantai.", () => expect(caught("Rumah saya 14 Tg. Bungah, Penang, tepi pantai.", "14 Tg. Bungah")).toBe(true));
  it("Nha thuoc o 12 Lan Ong, Hoan Kiem, toi doi anh o do.", () => expect(caught("Nha thuoc o 12 Lan Ong, Hoan Kiem, toi doi anh o do.", "12 Lan Ong")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Nhà tôi ở 12 Lãn Ông, Hoàn Kiếm, anh ghé qua nhé.", () => expect(caught("Nhà tôi ở 12 Lãn Ông, Hoàn Kiếm, anh ghé qua nhé.", "12 Lãn Ông")).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("Toi o 45 Trieu Viet Vuong, Hai Ba Trung, anh den lay xe.", () => expect(caught("Toi o 45 Trieu Viet Vuong, Hai Ba Trung, anh den lay xe.", "45 Trieu Viet Vuong")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Cửa hàng ở 270 Ba Tháng Hai, Quận 10, anh tới nhé.", () => expect(caught("Cửa hàng ở 270 Ba Tháng Hai, Quận 10, anh tới nhé.", "270 Ba Tháng Hai")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Gặp tôi ở 3 Tháng 2 số 270, Quận 10.", () => expect(caught("Gặp tôi ở 3 Tháng 2 số 270, Quận 10.", "3 Tháng 2")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Táim ag 12 An Bóthar Nua, An Spidéal, tar anseo.", () => expect(caught("Táim ag 12 An Bóthar Nua, An Spidéal, tar anseo.", "12 An Bóthar Nua")).toBe(true));
  it("Come to 6 An Cheathrú Rua, Galway, the yellow house.", () => expect(caught("Come to 6 An Cheathrú Rua, Galway, the yellow house.", "6 An Cheathrú Rua")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("I'm at 5 Mile Cross, Norwich, bring the invoice.", () => expect(caught("I'm at 5 Mile Cross, Norwich, bring the invoice.", "5 Mile Cross")).toBe(true));
  it("Come to 19 Foot Hill, Bristol, the garage is open.", () => expect(caught("Come to 19 Foot Hill, Bristol, the garage is open.", "19 Foot Hill")).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("Meet me at 300 Mile High Stadium, gate 4, after the game.", () => expect(caught("Meet me at 300 Mile High Stadium, gate 4, after the game.", "300 Mile High Stadium")).toBe(true));
  it("My address is 12 Thousand Island Park, Clayton, New York.", () => expect(caught("My address is 12 Thousand Island Park, Clayton, New York.", "12 Thousand Island Park")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Drop off at 9 Stop Gardens, Leeds, next to the school.", () => expect(caught("Drop off at 9 Stop Gardens, Leeds, next to the school.", "9 Stop Gardens")).toBe(true));
  it("Leave it at 17 Tim Bobbin Gardens, Milnrow.", () => expect(caught("Leave it at 17 Tim Bobbin Gardens, Milnrow.", "17 Tim Bobbin Gardens")).toBe(true));
  it("The car is at 21 Cent Hill, Bradford, near the mosque.", () => expect(caught("The car is at 21 Cent Hill, Bradford, near the mosque.", "21 Cent Hill")).toBe(true));
  it("I live at 10 Kilo Heights, Kigali, blue gate.", () => expect(caught("I live at 10 Kilo Heights, Kigali, blue gate.", "10 Kilo Heights")).toBe(true));
  it("Come over to 4 Pond Park, Lisburn, after work.", () => expect(caught("Come over to 4 Pond Park, Lisburn, after work.", "4 Pond Park")).toBe(true));
  it("We're at 2 Dan Hill, Belfast, just knock.", () => expect(caught("We're at 2 Dan Hill, Belfast, just knock.", "2 Dan Hill")).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("Meet me at 15 Mil Lavadores, Vigo, junto al bar.", () => expect(caught("Meet me at 15 Mil Lavadores, Vigo, junto al bar.", "15 Mil Lavadores")).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("Estoy en 24 Real de Minas, Pachuca, ven cuando quieras.", () => expect(caught("Estoy en 24 Real de Minas, Pachuca, ven cuando quieras.", "24 Real de Minas")).toBe(true));
  it("I'm at 7 Rand Gardens, Johannesburg, hoot at the gate.", () => expect(caught("I'm at 7 Rand Gardens, Johannesburg, hoot at the gate.", "7 Rand Gardens")).toBe(true));
  it("Bring it to 12 Mile Hill, Ballarat, and I'll pay there.", () => expect(caught("Bring it to 12 Mile Hill, Ballarat, and I'll pay there.", "12 Mile Hill")).toBe(true));
  it("My house: 56 Sat Bhai Heights, Lucknow, first floor.", () => expect(caught("My house: 56 Sat Bhai Heights, Lucknow, first floor.", "56 Sat Bhai Heights")).toBe(true));
  it("Come to 3 Ora Gardens, Valletta, I'm in after five.", () => expect(caught("Come to 3 Ora Gardens, Valletta, I'm in after five.", "3 Ora Gardens")).toBe(true));
  it("Address: 40 Tage Erlanders Plan, Stockholm, ring Andersson.", () => expect(caught("Address: 40 Tage Erlanders Plan, Stockholm, ring Andersson.", "40 Tage Erlanders Plan")).toBe(true));
  it("Meet me at 6 Dag Hammarskjolds Plan, Uppsala, by the café.", () => expect(caught("Meet me at 6 Dag Hammarskjolds Plan, Uppsala, by the café.", "6 Dag Hammarskjolds Plan")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("I'm staying at 18 Second Gardens, Dorchester, come by.", () => expect(caught("I'm staying at 18 Second Gardens, Dorchester, come by.", "18 Second Gardens")).toBe(true));
  it("Tow it to 101 Mile End Parade, Hobart, tomorrow.", () => expect(caught("Tow it to 101 Mile End Parade, Hobart, tomorrow.", "101 Mile End Parade")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("The workshop moved to 32 Year Hill, Kettering.", () => expect(caught("The workshop moved to 32 Year Hill, Kettering.", "32 Year Hill")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  it("Our house is 5 Week Green, Exeter, come round.", () => expect(caught("Our house is 5 Week Green, Exeter, come round.", "5 Week Green")).toBe(true));
  it("Come to 12 Hour Glass Hill, Cork, the last house.", () => expect(caught("Come to 12 Hour Glass Hill, Cork, the last house.", "12 Hour Glass Hill")).toBe(true));
  it("Meet at 88 Peso Heights, Cebu City, the gray gate.", () => expect(caught("Meet at 88 Peso Heights, Cebu City, the gray gate.", "88 Peso Heights")).toBe(true));
  it("Ako ay nasa 15 Oras Heights, Quezon City, punta ka dito.", () => expect(caught("Ako ay nasa 15 Oras Heights, Quezon City, punta ka dito.", "15 Oras Heights")).toBe(true));
  it("Nasa 23 Piso Gardens, Marikina ako, dito mo dalhin.", () => expect(caught("Nasa 23 Piso Gardens, Marikina ako, dito mo dalhin.", "23 Piso Gardens")).toBe(true));
  it("I'm at 9 Us Gardens, Lagos, call at the gate.", () => expect(caught("I'm at 9 Us Gardens, Lagos, call at the gate.", "9 Us Gardens")).toBe(true));
  // missed on main too: neither the rules nor the trained stage read it
  it.fails("Come to 14 Min Hill, Bexley, the gate code is on the post.", () => expect(caught("Come to 14 Min Hill, Bexley, the gate code is on the post.", "14 Min Hill")).toBe(true));
  // caught on main; the floor as first written lost it (a place's name opening on a capitalised unit-like word)
  // caught since round 43's refit
  it("Park at 3 Lei Gardens, Bucharest, and knock.", () => expect(caught("Park at 3 Lei Gardens, Bucharest, and knock.", "3 Lei Gardens")).toBe(true));
  it("I live at 11 Bin Sougat Gardens, Dubai, villa with the palm.", () => expect(caught("I live at 11 Bin Sougat Gardens, Dubai, villa with the palm.", "11 Bin Sougat Gardens")).toBe(true));
  it("Meet at 20 Bunt Hill, Mansfield, by the pub.", () => expect(caught("Meet at 20 Bunt Hill, Mansfield, by the pub.", "20 Bunt Hill")).toBe(true));
  it("We're at 6 Punt Hill, Cambridge, just by the river.", () => expect(caught("We're at 6 Punt Hill, Cambridge, just by the river.", "6 Punt Hill")).toBe(true));
  it("It's 27 Pound Hill, Crawley RH10 7DY, come tomorrow.", () => expect(caught("It's 27 Pound Hill, Crawley RH10 7DY, come tomorrow.", "27 Pound Hill")).toBe(true));
});

describe("round 29 quantity floor review: innocents", () => {
  it("Saya sudah tunggu 2 jam di bengkel sebelah, kapan mobil saya selesai?", () => expect(flaggedBy("Saya sudah tunggu 2 jam di bengkel sebelah, kapan mobil saya selesai?")).toBe(false));
  it("Trafik yüzünden 15 dakika geç kalacağım, lütfen bekleyin.", () => expect(flaggedBy("Trafik yüzünden 15 dakika geç kalacağım, lütfen bekleyin.")).toBe(false));
  it("Aracım 90 bin kilometrede, triger kayışı değişmeli mi?", () => expect(flaggedBy("Aracım 90 bin kilometrede, triger kayışı değişmeli mi?")).toBe(false));
  it("Costa 400 euros la reparación completa con mano de obra incluida.", () => expect(flaggedBy("Costa 400 euros la reparación completa con mano de obra incluida.")).toBe(false));
  it("Am nevoie de 3 zile pentru piese, apoi montăm totul.", () => expect(flaggedBy("Am nevoie de 3 zile pentru piese, apoi montăm totul.")).toBe(false));
  it("I waited 2 hours at the garage yesterday and nobody came out.", () => expect(flaggedBy("I waited 2 hours at the garage yesterday and nobody came out.")).toBe(false));
  it("It'll take 3 days to get the gearbox from the supplier in Leeds.", () => expect(flaggedBy("It'll take 3 days to get the gearbox from the supplier in Leeds.")).toBe(false));
  it("The car has done 90 thousand miles and never had a new clutch.", () => expect(flaggedBy("The car has done 90 thousand miles and never had a new clutch.")).toBe(false));
  it("That's 400 pounds for the pair of front discs and pads fitted.", () => expect(flaggedBy("That's 400 pounds for the pair of front discs and pads fitted.")).toBe(false));
  it("We need 45 minutes to drain the coolant and refill it properly.", () => expect(flaggedBy("We need 45 minutes to drain the coolant and refill it properly.")).toBe(false));
  it("Ich brauche 3 Tage für die Bremsen und die Inspektion zusammen.", () => expect(flaggedBy("Ich brauche 3 Tage für die Bremsen und die Inspektion zusammen.")).toBe(false));
  it("Das kostet 250 Euro mit Einbau und Entsorgung des alten Teils.", () => expect(flaggedBy("Das kostet 250 Euro mit Einbau und Entsorgung des alten Teils.")).toBe(false));
  it("Der Wagen hat 120 tausend Kilometer und läuft noch gut.", () => expect(flaggedBy("Der Wagen hat 120 tausend Kilometer und läuft noch gut.")).toBe(false));
  it("Ci vogliono 2 ore per cambiare la frizione della macchina.", () => expect(flaggedBy("Ci vogliono 2 ore per cambiare la frizione della macchina.")).toBe(false));
  it("La riparazione costa 300 euro più iva, va bene per lei?", () => expect(flaggedBy("La riparazione costa 300 euro più iva, va bene per lei?")).toBe(false));
  it("La voiture a 150 mille kilomètres et le moteur tourne bien.", () => expect(flaggedBy("La voiture a 150 mille kilomètres et le moteur tourne bien.")).toBe(false));
  it("Il faut 3 jours pour recevoir la pièce du fournisseur.", () => expect(flaggedBy("Il faut 3 jours pour recevoir la pièce du fournisseur.")).toBe(false));
  it("Ça coûte 200 euros pose comprise chez nous au garage.", () => expect(flaggedBy("Ça coûte 200 euros pose comprise chez nous au garage.")).toBe(false));
  it("Tardo 20 minutos en llegar al taller con la grúa.", () => expect(flaggedBy("Tardo 20 minutos en llegar al taller con la grúa.")).toBe(false));
  it("Son 15 días de espera para la caja de cambios nueva.", () => expect(flaggedBy("Son 15 días de espera para la caja de cambios nueva.")).toBe(false));
  it("Me cobraron 400 dólares por cambiar el alternador del carro.", () => expect(flaggedBy("Me cobraron 400 dólares por cambiar el alternador del carro.")).toBe(false));
  it("O conserto leva 3 dias e custa 800 reais com peças.", () => expect(flaggedBy("O conserto leva 3 dias e custa 800 reais com peças.")).toBe(false));
  it("Vou demorar 40 minutos por causa do trânsito na marginal.", () => expect(flaggedBy("Vou demorar 40 minutos por causa do trânsito na marginal.")).toBe(false));
  it("Naprawa potrwa 2 godziny, a części kosztują 500 złotych razem.", () => expect(flaggedBy("Naprawa potrwa 2 godziny, a części kosztują 500 złotych razem.")).toBe(false));
  it("Auto ma 200 tysięcy kilometrów przebiegu i jeździ świetnie.", () => expect(flaggedBy("Auto ma 200 tysięcy kilometrów przebiegu i jeździ świetnie.")).toBe(false));
  it("A javítás 3 nap és 40 ezer forint lesz alkatrésszel.", () => expect(flaggedBy("A javítás 3 nap és 40 ezer forint lesz alkatrésszel.")).toBe(false));
  it("Oprava bude trvat 2 dny a vyjde na 5 tisíc korun celkem.", () => expect(flaggedBy("Oprava bude trvat 2 dny a vyjde na 5 tisíc korun celkem.")).toBe(false));
  it("Reparatia dureaza 2 ore si costa 500 lei cu piese cu tot.", () => expect(flaggedBy("Reparatia dureaza 2 ore si costa 500 lei cu piese cu tot.")).toBe(false));
  it("Het duurt 3 dagen voordat de onderdelen binnen zijn bij ons.", () => expect(flaggedBy("Het duurt 3 dagen voordat de onderdelen binnen zijn bij ons.")).toBe(false));
  it("Reparationen tar 2 timmar och kostar 3000 kronor med delar.", () => expect(flaggedBy("Reparationen tar 2 timmar och kostar 3000 kronor med delar.")).toBe(false));
  it("Det tager 3 dage at skaffe reservedelen fra lageret.", () => expect(flaggedBy("Det tager 3 dage at skaffe reservedelen fra lageret.")).toBe(false));
  it("Korjaus kestää 2 tuntia ja maksaa 300 euroa osineen.", () => expect(flaggedBy("Korjaus kestää 2 tuntia ja maksaa 300 euroa osineen.")).toBe(false));
  it("Aracı 2 gün içinde teslim ederiz, parça bekliyoruz şu an.", () => expect(flaggedBy("Aracı 2 gün içinde teslim ederiz, parça bekliyoruz şu an.")).toBe(false));
  it("Tamir 3 saat sürer ve 5 bin lira tutar, haberiniz olsun.", () => expect(flaggedBy("Tamir 3 saat sürer ve 5 bin lira tutar, haberiniz olsun.")).toBe(false));
  it("Mobil sudah jalan 90 ribu km dan belum pernah ganti kopling.", () => expect(flaggedBy("Mobil sudah jalan 90 ribu km dan belum pernah ganti kopling.")).toBe(false));
  it("Biayanya 500 ribu rupiah termasuk oli dan filter baru.", () => expect(flaggedBy("Biayanya 500 ribu rupiah termasuk oli dan filter baru.")).toBe(false));
  it("Perbaikan butuh 3 hari karena sparepart harus dipesan dulu.", () => expect(flaggedBy("Perbaikan butuh 3 hari karena sparepart harus dipesan dulu.")).toBe(false));
  it("Kereta saya dah 150 ribu km, perlu tukar timing belt tak?", () => expect(flaggedBy("Kereta saya dah 150 ribu km, perlu tukar timing belt tak?")).toBe(false));
  it("Kosnya 350 ringgit untuk servis penuh dan tukar minyak.", () => expect(flaggedBy("Kosnya 350 ringgit untuk servis penuh dan tukar minyak.")).toBe(false));
  it("Aabutin ng 2 oras ang pag-ayos ng preno sa kotse mo.", () => expect(flaggedBy("Aabutin ng 2 oras ang pag-ayos ng preno sa kotse mo.")).toBe(false));
  it("Ang bayad ay 1500 piso kasama na ang piyesa at labor.", () => expect(flaggedBy("Ang bayad ay 1500 piso kasama na ang piyesa at labor.")).toBe(false));
  it("Xe cua toi da chay 90 nghin km roi, can thay dau khong?", () => expect(flaggedBy("Xe cua toi da chay 90 nghin km roi, can thay dau khong?")).toBe(false));
  it("Sua xong mat 2 gio, chi phi khoang 3 trieu dong.", () => expect(flaggedBy("Sua xong mat 2 gio, chi phi khoang 3 trieu dong.")).toBe(false));
  it("Xe của tôi đã chạy 90 nghìn km rồi, cần thay dầu không?", () => expect(flaggedBy("Xe của tôi đã chạy 90 nghìn km rồi, cần thay dầu không?")).toBe(false));
  it("Sửa mất 3 ngày vì phải đặt phụ tùng từ Hà Nội.", () => expect(flaggedBy("Sửa mất 3 ngày vì phải đặt phụ tùng từ Hà Nội.")).toBe(false));
  it("Gaadi ki service mein 2 ghante lagenge aur 3000 rupees lagenge.", () => expect(flaggedBy("Gaadi ki service mein 2 ghante lagenge aur 3000 rupees lagenge.")).toBe(false));
  it("Repair mein 5 din lagega, parts Delhi se aayenge.", () => expect(flaggedBy("Repair mein 5 din lagega, parts Delhi se aayenge.")).toBe(false));
  it("The quote is 2 lakh rupees for the full engine rebuild.", () => expect(flaggedBy("The quote is 2 lakh rupees for the full engine rebuild.")).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("Itachukua 3 siku kwa vipuri kufika kutoka Nairobi.", () => expect(flaggedBy("Itachukua 3 siku kwa vipuri kufika kutoka Nairobi.")).toBe(false));
  it("It's 5000 shillings for the wheel alignment and balancing.", () => expect(flaggedBy("It's 5000 shillings for the wheel alignment and balancing.")).toBe(false));
  it("The service cost me 1500 rand at the dealer in Durban.", () => expect(flaggedBy("The service cost me 1500 rand at the dealer in Durban.")).toBe(false));
  it("Fuel pump was 45000 naira plus 5000 labour at the mechanic.", () => expect(flaggedBy("Fuel pump was 45000 naira plus 5000 labour at the mechanic.")).toBe(false));
  it("I'll be there in 10 mins, traffic is heavy on the bypass.", () => expect(flaggedBy("I'll be there in 10 mins, traffic is heavy on the bypass.")).toBe(false));
  it("Took 3 hrs for the MOT because they found a brake issue.", () => expect(flaggedBy("Took 3 hrs for the MOT because they found a brake issue.")).toBe(false));
  it("It's about 15 kms from my house to your workshop.", () => expect(flaggedBy("It's about 15 kms from my house to your workshop.")).toBe(false));
  it("Paid 50 quid for the diagnostic and they found nothing wrong.", () => expect(flaggedBy("Paid 50 quid for the diagnostic and they found nothing wrong.")).toBe(false));
  it("The engine rebuild came to 5 grand with the head skimmed.", () => expect(flaggedBy("The engine rebuild came to 5 grand with the head skimmed.")).toBe(false));
  it("Car's done 80 thousand on the clock and the belt is original.", () => expect(flaggedBy("Car's done 80 thousand on the clock and the belt is original.")).toBe(false));
  it("Rear tyres have about 3 mm of tread left on the inside edge.", () => expect(flaggedBy("Rear tyres have about 3 mm of tread left on the inside edge.")).toBe(false));
  it("Service interval is 15 thousand km or 12 months whichever first.", () => expect(flaggedBy("Service interval is 15 thousand km or 12 months whichever first.")).toBe(false));
  it("We're about 2 miles down from the retail park, past the lights.", () => expect(flaggedBy("We're about 2 miles down from the retail park, past the lights.")).toBe(false));
  it("Ремонт займет 3 дня и будет стоить 15 тысяч рублей.", () => expect(flaggedBy("Ремонт займет 3 дня и будет стоить 15 тысяч рублей.")).toBe(false));
  it("Machine needs 5 litres of oil and a new filter every year.", () => expect(flaggedBy("Machine needs 5 litres of oil and a new filter every year.")).toBe(false));
  // wrong on main (the address floor that got it right was not merged)
  it.fails("Pay 20 percent deposit now and the rest when you collect.", () => expect(flaggedBy("Pay 20 percent deposit now and the rest when you collect.")).toBe(false));
  it("The warranty covers 3 years or 60 thousand miles on parts.", () => expect(flaggedBy("The warranty covers 3 years or 60 thousand miles on parts.")).toBe(false));
  it("My brother waited 4 weeks for the part from Germany last year.", () => expect(flaggedBy("My brother waited 4 weeks for the part from Germany last year.")).toBe(false));
  // round 41's retrained stage: flags it as ADDRESS
  it.fails("2 jamnya saya tunggu di bengkel, tidak ada yang datang.", () => expect(flaggedBy("2 jamnya saya tunggu di bengkel, tidak ada yang datang.")).toBe(false));
  it("Sudah 3 minggu mobil di bengkel dan belum selesai juga.", () => expect(flaggedBy("Sudah 3 minggu mobil di bengkel dan belum selesai juga.")).toBe(false));
  it("Det tar 2 timer å bytte registerreim på denne bilen.", () => expect(flaggedBy("Det tar 2 timer å bytte registerreim på denne bilen.")).toBe(false));
  it("Korjaamolla meni 3 päivää ja lasku oli 800 euroa.", () => expect(flaggedBy("Korjaamolla meni 3 päivää ja lasku oli 800 euroa.")).toBe(false));
  it("Saya sudah tunggu 2 jam di bengkel sebelah tapi mobil belum dicek.", () => expect(flaggedBy("Saya sudah tunggu 2 jam di bengkel sebelah tapi mobil belum dicek.")).toBe(false));
  it("Waited 3 hours at Kwik Fit Manchester for a simple tyre change.", () => expect(flaggedBy("Waited 3 hours at Kwik Fit Manchester for a simple tyre change.")).toBe(false));
  it("It took 2 days Monday and Tuesday to get the part delivered.", () => expect(flaggedBy("It took 2 days Monday and Tuesday to get the part delivered.")).toBe(false));
  it("I paid 400 euros cash last time at a garage in Lyon and it broke again.", () => expect(flaggedBy("I paid 400 euros cash last time at a garage in Lyon and it broke again.")).toBe(false));
  it("Tunggu 2 jam lagi ya pak, montirnya masih makan siang.", () => expect(flaggedBy("Tunggu 2 jam lagi ya pak, montirnya masih makan siang.")).toBe(false));
  it("Sudah 3 hari mobil saya di bengkel resmi Toyota Sunter.", () => expect(flaggedBy("Sudah 3 hari mobil saya di bengkel resmi Toyota Sunter.")).toBe(false));
  it("Harganya 500 ribu sudah termasuk jasa pasang di tempat.", () => expect(flaggedBy("Harganya 500 ribu sudah termasuk jasa pasang di tempat.")).toBe(false));
  it("Mobil sudah 90 ribu kilo belum ganti oli transmisi sama sekali.", () => expect(flaggedBy("Mobil sudah 90 ribu kilo belum ganti oli transmisi sama sekali.")).toBe(false));
  it("Butuh 2 minggu untuk inden sparepart dari Jepang katanya.", () => expect(flaggedBy("Butuh 2 minggu untuk inden sparepart dari Jepang katanya.")).toBe(false));
  it("15 dakika sonra orada olurum, arabayı hazır edin lütfen.", () => expect(flaggedBy("15 dakika sonra orada olurum, arabayı hazır edin lütfen.")).toBe(false));
  it("Araba 3 gün servis de kaldı ama hala ses yapıyor.", () => expect(flaggedBy("Araba 3 gün servis de kaldı ama hala ses yapıyor.")).toBe(false));
  it("Parça 2 hafta içinde gelir, sonra montajı yaparız.", () => expect(flaggedBy("Parça 2 hafta içinde gelir, sonra montajı yaparız.")).toBe(false));
  it("90 bin km de triger seti değişti, şimdi 150 bin oldu.", () => expect(flaggedBy("90 bin km de triger seti değişti, şimdi 150 bin oldu.")).toBe(false));
  it("Tardará 15 días en llegar la pieza desde Valencia.", () => expect(flaggedBy("Tardará 15 días en llegar la pieza desde Valencia.")).toBe(false));
  it("Son 400 euros más IVA por el embrague completo montado.", () => expect(flaggedBy("Son 400 euros más IVA por el embrague completo montado.")).toBe(false));
  it("Llevo 2 horas esperando en el taller de Gómez Hermanos.", () => expect(flaggedBy("Llevo 2 horas esperando en el taller de Gómez Hermanos.")).toBe(false));
  it("El coche tiene 150 mil kilómetros y nunca ha dado problemas.", () => expect(flaggedBy("El coche tiene 150 mil kilómetros y nunca ha dado problemas.")).toBe(false));
  it("Demora 3 dias para chegar a peça de São Paulo.", () => expect(flaggedBy("Demora 3 dias para chegar a peça de São Paulo.")).toBe(false));
  it("Custa 800 reais a troca da embreagem com mão de obra.", () => expect(flaggedBy("Custa 800 reais a troca da embreagem com mão de obra.")).toBe(false));
  it("Fiquei 2 horas esperando na oficina e ninguém me atendeu.", () => expect(flaggedBy("Fiquei 2 horas esperando na oficina e ninguém me atendeu.")).toBe(false));
  it("Ich warte seit 2 Stunden in der Werkstatt von Autohaus Müller.", () => expect(flaggedBy("Ich warte seit 2 Stunden in der Werkstatt von Autohaus Müller.")).toBe(false));
  it("Der Zahnriemen kostet 400 Euro Material und Arbeit zusammen.", () => expect(flaggedBy("Der Zahnriemen kostet 400 Euro Material und Arbeit zusammen.")).toBe(false));
  it("Es dauert 3 Tage bis das Teil aus München kommt.", () => expect(flaggedBy("Es dauert 3 Tage bis das Teil aus München kommt.")).toBe(false));
  it("Ci vogliono 3 giorni per avere il pezzo da Milano.", () => expect(flaggedBy("Ci vogliono 3 giorni per avere il pezzo da Milano.")).toBe(false));
  it("Ho aspettato 2 ore in officina a Roma senza risposta.", () => expect(flaggedBy("Ho aspettato 2 ore in officina a Roma senza risposta.")).toBe(false));
  it("Il faut compter 3 jours pour la pièce venant de Paris.", () => expect(flaggedBy("Il faut compter 3 jours pour la pièce venant de Paris.")).toBe(false));
  it("J'ai attendu 2 heures au garage Renault de Lille.", () => expect(flaggedBy("J'ai attendu 2 heures au garage Renault de Lille.")).toBe(false));
  it("Am asteptat 3 ore la service si nu s-a rezolvat nimic.", () => expect(flaggedBy("Am asteptat 3 ore la service si nu s-a rezolvat nimic.")).toBe(false));
  it("Piesa vine in 3 zile de la Cluj si costa 400 lei.", () => expect(flaggedBy("Piesa vine in 3 zile de la Cluj si costa 400 lei.")).toBe(false));
  it("Czekałem 2 godziny w warsztacie w Krakowie na diagnostykę.", () => expect(flaggedBy("Czekałem 2 godziny w warsztacie w Krakowie na diagnostykę.")).toBe(false));
  it("Część przyjdzie za 3 dni z Warszawy, koszt 500 zł.", () => expect(flaggedBy("Część przyjdzie za 3 dni z Warszawy, koszt 500 zł.")).toBe(false));
  it("Na díl se čeká 3 dny z Prahy, stojí 5 tisíc korun.", () => expect(flaggedBy("Na díl se čeká 3 dny z Prahy, stojí 5 tisíc korun.")).toBe(false));
  it("3 napot vártam az alkatrészre Budapestről.", () => expect(flaggedBy("3 napot vártam az alkatrészre Budapestről.")).toBe(false));
  it("Onderdeel komt over 3 dagen uit Rotterdam, kost 300 euro.", () => expect(flaggedBy("Onderdeel komt over 3 dagen uit Rotterdam, kost 300 euro.")).toBe(false));
  // clean since round 43's refit
  it("Delen kommer om 3 dagar från Göteborg och kostar 2000 kronor.", () => expect(flaggedBy("Delen kommer om 3 dagar från Göteborg och kostar 2000 kronor.")).toBe(false));
  it("Reservedelen kommer om 3 dage fra Aarhus.", () => expect(flaggedBy("Reservedelen kommer om 3 dage fra Aarhus.")).toBe(false));
  it("Osa tulee 3 päivässä Helsingistä ja maksaa 300 euroa.", () => expect(flaggedBy("Osa tulee 3 päivässä Helsingistä ja maksaa 300 euroa.")).toBe(false));
  it("Aabutin ng 3 araw bago dumating ang piyesa galing Maynila.", () => expect(flaggedBy("Aabutin ng 3 araw bago dumating ang piyesa galing Maynila.")).toBe(false));
  it("Naghintay ako ng 2 oras sa talyer sa Cubao kahapon.", () => expect(flaggedBy("Naghintay ako ng 2 oras sa talyer sa Cubao kahapon.")).toBe(false));
  it("Xe nằm gara 3 ngày rồi mà chưa sửa xong.", () => expect(flaggedBy("Xe nằm gara 3 ngày rồi mà chưa sửa xong.")).toBe(false));
  it("Doi 2 tieng o gara Hoang Long ma chua xong.", () => expect(flaggedBy("Doi 2 tieng o gara Hoang Long ma chua xong.")).toBe(false));
  it("Phu tung ve trong 3 ngay tu Ha Noi, gia 2 trieu.", () => expect(flaggedBy("Phu tung ve trong 3 ngay tu Ha Noi, gia 2 trieu.")).toBe(false));
  it("Gaadi 2 din se garage mein khadi hai, koi dekh nahi raha.", () => expect(flaggedBy("Gaadi 2 din se garage mein khadi hai, koi dekh nahi raha.")).toBe(false));
  it("Parts aane mein 3 hafte lagenge Mumbai se.", () => expect(flaggedBy("Parts aane mein 3 hafte lagenge Mumbai se.")).toBe(false));
  it("Nilisubiri saa 2 garage ya Mombasa bila msaada.", () => expect(flaggedBy("Nilisubiri saa 2 garage ya Mombasa bila msaada.")).toBe(false));
  it("I've been waiting 2 hours outside Halfords Leeds for my car.", () => expect(flaggedBy("I've been waiting 2 hours outside Halfords Leeds for my car.")).toBe(false));
  it("The clutch was 400 pounds Halfords quoted me last month.", () => expect(flaggedBy("The clutch was 400 pounds Halfords quoted me last month.")).toBe(false));
  it("My car's been 3 weeks at Arnold Clark Glasgow for a sensor.", () => expect(flaggedBy("My car's been 3 weeks at Arnold Clark Glasgow for a sensor.")).toBe(false));
  it("The new tyres gave me 15 miles more per gallon on the motorway.", () => expect(flaggedBy("The new tyres gave me 15 miles more per gallon on the motorway.")).toBe(false));
  it("It's only 5 minutes Main Street traffic permitting, I'll be quick.", () => expect(flaggedBy("It's only 5 minutes Main Street traffic permitting, I'll be quick.")).toBe(false));
  it("Done 90 thousand Miles on this engine since the rebuild.", () => expect(flaggedBy("Done 90 thousand Miles on this engine since the rebuild.")).toBe(false));
  it("Price is 250 dollars Canadian including tax and labour.", () => expect(flaggedBy("Price is 250 dollars Canadian including tax and labour.")).toBe(false));
  it("Car's 3 years old Ford Focus with full dealer history.", () => expect(flaggedBy("Car's 3 years old Ford Focus with full dealer history.")).toBe(false));
  it("After 2 hours Kevin finally called to say it was ready.", () => expect(flaggedBy("After 2 hours Kevin finally called to say it was ready.")).toBe(false));
  it("I drove 300 miles Saturday and the warning light came on.", () => expect(flaggedBy("I drove 300 miles Saturday and the warning light came on.")).toBe(false));
  it("Service booked 3 weeks Tuesday at the main dealer, fine by me.", () => expect(flaggedBy("Service booked 3 weeks Tuesday at the main dealer, fine by me.")).toBe(false));
  it("Every 10 thousand Kilometres they want an oil change now.", () => expect(flaggedBy("Every 10 thousand Kilometres they want an oil change now.")).toBe(false));
  it("The MOT is due in 2 months April I think, can you check?", () => expect(flaggedBy("The MOT is due in 2 months April I think, can you check?")).toBe(false));
  it("Paid 5 pounds Parking at the hospital while you fixed it.", () => expect(flaggedBy("Paid 5 pounds Parking at the hospital while you fixed it.")).toBe(false));
  it("It's 12 percent Finance on the new car through the dealer.", () => expect(flaggedBy("It's 12 percent Finance on the new car through the dealer.")).toBe(false));
  it("He quoted 600 euro Bosch parts included, is that fair?", () => expect(flaggedBy("He quoted 600 euro Bosch parts included, is that fair?")).toBe(false));
  it("That's 2 days Labour plus parts, so around 500 all in.", () => expect(flaggedBy("That's 2 days Labour plus parts, so around 500 all in.")).toBe(false));
  it("20 minutes Kwik Fit said, 2 hours later still waiting.", () => expect(flaggedBy("20 minutes Kwik Fit said, 2 hours later still waiting.")).toBe(false));
  it("Il mio meccanico ha chiesto 300 euro Brembo compresi.", () => expect(flaggedBy("Il mio meccanico ha chiesto 300 euro Brembo compresi.")).toBe(false));
  it("Tengo 2 horas Manuel diciendo que ya casi termina.", () => expect(flaggedBy("Tengo 2 horas Manuel diciendo que ya casi termina.")).toBe(false));
  it("Son 3 días Lunes a Miércoles para la pieza, ¿vale?", () => expect(flaggedBy("Son 3 días Lunes a Miércoles para la pieza, ¿vale?")).toBe(false));
  it("Sudah 2 jam Pak Budi belum balik dari toko sparepart.", () => expect(flaggedBy("Sudah 2 jam Pak Budi belum balik dari toko sparepart.")).toBe(false));
  it("Waited 45 minutes Tesco car park for the mobile mechanic.", () => expect(flaggedBy("Waited 45 minutes Tesco car park for the mobile mechanic.")).toBe(false));
  it("Il faut 2 heures Monsieur Dupont pour changer les plaquettes.", () => expect(flaggedBy("Il faut 2 heures Monsieur Dupont pour changer les plaquettes.")).toBe(false));
  it("Der Wagen braucht 3 Tage Werkstatt plus 1 Tag Lackierung.", () => expect(flaggedBy("Der Wagen braucht 3 Tage Werkstatt plus 1 Tag Lackierung.")).toBe(false));
  it("It's 3 miles Old Town to New Town, can you pick it up?", () => expect(flaggedBy("It's 3 miles Old Town to New Town, can you pick it up?")).toBe(false));
  it("Cost me 90 dollars Jiffy Lube for an oil change last week.", () => expect(flaggedBy("Cost me 90 dollars Jiffy Lube for an oil change last week.")).toBe(false));
  it("Spent 40 euros Norauto for wipers that don't even fit.", () => expect(flaggedBy("Spent 40 euros Norauto for wipers that don't even fit.")).toBe(false));
  it("Wait 15 mins Joe will be right with you at reception.", () => expect(flaggedBy("Wait 15 mins Joe will be right with you at reception.")).toBe(false));
  it("Need 2 litres Castrol Edge 5W-30 for the top-up, have you got it?", () => expect(flaggedBy("Need 2 litres Castrol Edge 5W-30 for the top-up, have you got it?")).toBe(false));
  it("It's 5 km Ring Road to the dealership from my office.", () => expect(flaggedBy("It's 5 km Ring Road to the dealership from my office.")).toBe(false));
  it("The part is 3 weeks Germany delivery, ordered yesterday.", () => expect(flaggedBy("The part is 3 weeks Germany delivery, ordered yesterday.")).toBe(false));
  it("Only 2 days Easter weekend the workshop is closed.", () => expect(flaggedBy("Only 2 days Easter weekend the workshop is closed.")).toBe(false));
  it("Tunggu 30 menit Mas Andi lagi test drive mobilnya.", () => expect(flaggedBy("Tunggu 30 menit Mas Andi lagi test drive mobilnya.")).toBe(false));
  it("Esperé 3 días en el taller de al lado y nada.", () => expect(flaggedBy("Esperé 3 días en el taller de al lado y nada.")).toBe(false));
  it("Llevo 15 días sin coche por culpa de la pieza.", () => expect(flaggedBy("Llevo 15 días sin coche por culpa de la pieza.")).toBe(false));
  it("Tengo 2 días libres esta semana para llevarlo.", () => expect(flaggedBy("Tengo 2 días libres esta semana para llevarlo.")).toBe(false));
  it("Hace 3 años compré el coche en un concesionario de Madrid.", () => expect(flaggedBy("Hace 3 años compré el coche en un concesionario de Madrid.")).toBe(false));
  it("El coche tiene 5 años nada más y ya falla el embrague.", () => expect(flaggedBy("El coche tiene 5 años nada más y ya falla el embrague.")).toBe(false));
  it("Me pidieron 400 dólares por el cambio de aceite y filtros.", () => expect(flaggedBy("Me pidieron 400 dólares por el cambio de aceite y filtros.")).toBe(false));
  it("Son 150 kilómetros hasta tu taller desde mi pueblo.", () => expect(flaggedBy("Son 150 kilómetros hasta tu taller desde mi pueblo.")).toBe(false));
  it("Ya son 2 meses esperando la caja de cambios.", () => expect(flaggedBy("Ya son 2 meses esperando la caja de cambios.")).toBe(false));
  it("Faz 3 anos que não troco o óleo do câmbio.", () => expect(flaggedBy("Faz 3 anos que não troco o óleo do câmbio.")).toBe(false));
  it("Fiquei 1 mês sem carro por causa da peça.", () => expect(flaggedBy("Fiquei 1 mês sem carro por causa da peça.")).toBe(false));
  it("Aracım 3 gün serviste kaldı, hala ses var.", () => expect(flaggedBy("Aracım 3 gün serviste kaldı, hala ses var.")).toBe(false));
  it("Araba 2 yıl önce ağır hasar aldı ama tamir edildi.", () => expect(flaggedBy("Araba 2 yıl önce ağır hasar aldı ama tamir edildi.")).toBe(false));
  it("Bekledim 3 saat servis de ama kimse bakmadı.", () => expect(flaggedBy("Bekledim 3 saat servis de ama kimse bakmadı.")).toBe(false));
  it("Auto stálo 3 dní v servisu a nikdo ho neopravil.", () => expect(flaggedBy("Auto stálo 3 dní v servisu a nikdo ho neopravil.")).toBe(false));
  it("Čekal jsem 2 týdny na díl z Německa, pořád nic.", () => expect(flaggedBy("Čekal jsem 2 týdny na díl z Německa, pořád nic.")).toBe(false));
  it("Oprava trvala 3 měsíce a stála majlant.", () => expect(flaggedBy("Oprava trvala 3 měsíce a stála majlant.")).toBe(false));
  it("3 órát vártam a szervizben a diagnosztikára.", () => expect(flaggedBy("3 órát vártam a szervizben a diagnosztikára.")).toBe(false));
  it("2 éve vettem az autót egy kereskedőtől Győrben.", () => expect(flaggedBy("2 éve vettem az autót egy kereskedőtől Győrben.")).toBe(false));
  it("Am așteptat 2 săptămâni piesa de la dealer.", () => expect(flaggedBy("Am așteptat 2 săptămâni piesa de la dealer.")).toBe(false));
  it("Mașina are 3 ani și deja trebuie schimbat ambreiajul.", () => expect(flaggedBy("Mașina are 3 ani și deja trebuie schimbat ambreiajul.")).toBe(false));
  it("Jeg har ventet 2 måneder på delen fra forhandleren.", () => expect(flaggedBy("Jeg har ventet 2 måneder på delen fra forhandleren.")).toBe(false));
  it("Bilen er 3 år gammel og har gått 90 tusen kilometer.", () => expect(flaggedBy("Bilen er 3 år gammel og har gått 90 tusen kilometer.")).toBe(false));
  it("Xe chạy được 3 năm rồi mà đã hỏng hộp số.", () => expect(flaggedBy("Xe chạy được 3 năm rồi mà đã hỏng hộp số.")).toBe(false));
  it("Tôi đợi 2 giờ ở gara mà chưa ai kiểm tra.", () => expect(flaggedBy("Tôi đợi 2 giờ ở gara mà chưa ai kiểm tra.")).toBe(false));
  it("Mất 3 tuần để đặt phụ tùng từ Nhật về.", () => expect(flaggedBy("Mất 3 tuần để đặt phụ tùng từ Nhật về.")).toBe(false));
  it("Giá sửa là 5 triệu đồng cả công lẫn phụ tùng.", () => expect(flaggedBy("Giá sửa là 5 triệu đồng cả công lẫn phụ tùng.")).toBe(false));
  it("Đợi 30 phút nữa thợ sẽ đến kiểm tra xe.", () => expect(flaggedBy("Đợi 30 phút nữa thợ sẽ đến kiểm tra xe.")).toBe(false));
  it("Czekam już 3 tygodnie na część do skrzyni biegów.", () => expect(flaggedBy("Czekam już 3 tygodnie na część do skrzyni biegów.")).toBe(false));
  it("Naprawa trwała 2 miesiące i kosztowała sporo.", () => expect(flaggedBy("Naprawa trwała 2 miesiące i kosztowała sporo.")).toBe(false));
  it("Samochód ma 5 lat i przejechał 200 tysięcy kilometrów.", () => expect(flaggedBy("Samochód ma 5 lat i przejechał 200 tysięcy kilometrów.")).toBe(false));
  it("La réparation a pris 3 années de galère avec ce garage.", () => expect(flaggedBy("La réparation a pris 3 années de galère avec ce garage.")).toBe(false));
  it("J'ai fait 300 kilomètres pour venir à votre garage.", () => expect(flaggedBy("J'ai fait 300 kilomètres pour venir à votre garage.")).toBe(false));
  it("Ça fait 2 mois que j'attends la pièce du concessionnaire.", () => expect(flaggedBy("Ça fait 2 mois que j'attends la pièce du concessionnaire.")).toBe(false));
  it("Jag har väntat 2 månader på reservdelen från verkstaden.", () => expect(flaggedBy("Jag har väntat 2 månader på reservdelen från verkstaden.")).toBe(false));
  it("Odotin 3 päivää korjaamon soittoa turhaan.", () => expect(flaggedBy("Odotin 3 päivää korjaamon soittoa turhaan.")).toBe(false));
  it("Ich warte seit 3 Wochen auf das Ersatzteil vom Händler.", () => expect(flaggedBy("Ich warte seit 3 Wochen auf das Ersatzteil vom Händler.")).toBe(false));
  it("Ik wacht al 2 weken op het onderdeel van de dealer.", () => expect(flaggedBy("Ik wacht al 2 weken op het onderdeel van de dealer.")).toBe(false));
  it("Čakal som 2 týždne na diel zo servisu v Bratislave.", () => expect(flaggedBy("Čakal som 2 týždne na diel zo servisu v Bratislave.")).toBe(false));
  it("Mobilnya sudah 5 tahun dan belum pernah turun mesin.", () => expect(flaggedBy("Mobilnya sudah 5 tahun dan belum pernah turun mesin.")).toBe(false));
  it("Saya tunggu 3 hari di bengkel sebelah tanpa kabar.", () => expect(flaggedBy("Saya tunggu 3 hari di bengkel sebelah tanpa kabar.")).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("Czekałem 2 godziny w kolejce do mechanika w Gdańsku.", () => expect(flaggedBy("Czekałem 2 godziny w kolejce do mechanika w Gdańsku.")).toBe(false));
  it("Tengo 3 horas Carlos esperando la grúa, ¿dónde está?", () => expect(flaggedBy("Tengo 3 horas Carlos esperando la grúa, ¿dónde está?")).toBe(false));
  it("Llevo 2 horas Señor Pérez, ¿cuándo estará listo?", () => expect(flaggedBy("Llevo 2 horas Señor Pérez, ¿cuándo estará listo?")).toBe(false));
  it("Hemos esperado 3 días Ramón y la pieza no llega.", () => expect(flaggedBy("Hemos esperado 3 días Ramón y la pieza no llega.")).toBe(false));
  it("Espero 2 días más María y luego lo llevo a otro taller.", () => expect(flaggedBy("Espero 2 días más María y luego lo llevo a otro taller.")).toBe(false));
  it("Tengo 2 días Manuel diciendo que ya casi termina.", () => expect(flaggedBy("Tengo 2 días Manuel diciendo que ya casi termina.")).toBe(false));
  it("Czekałem 3 miesiące w warsztacie w Krakowie na skrzynię.", () => expect(flaggedBy("Czekałem 3 miesiące w warsztacie w Krakowie na skrzynię.")).toBe(false));
  it("Czekałem 2 tygodnie w kolejce do mechanika w Gdańsku.", () => expect(flaggedBy("Czekałem 2 tygodnie w kolejce do mechanika w Gdańsku.")).toBe(false));
  it("Saya sudah tunggu 2 tahun di bengkel sebelah, parah.", () => expect(flaggedBy("Saya sudah tunggu 2 tahun di bengkel sebelah, parah.")).toBe(false));
  it("Tengo 400 dólares Manuel, ¿alcanza para el embrague?", () => expect(flaggedBy("Tengo 400 dólares Manuel, ¿alcanza para el embrague?")).toBe(false));
  it("Llevo 3 años Manuel con este coche y nunca falló.", () => expect(flaggedBy("Llevo 3 años Manuel con este coche y nunca falló.")).toBe(false));
  it("Bekledim 3 gün Ahmet abi ama parça gelmedi.", () => expect(flaggedBy("Bekledim 3 gün Ahmet abi ama parça gelmedi.")).toBe(false));
  it("Tôi đợi 2 giờ ở gara bên cạnh mà chưa xong.", () => expect(flaggedBy("Tôi đợi 2 giờ ở gara bên cạnh mà chưa xong.")).toBe(false));
  it("Doi 2 gio o gara ben canh ma chua xong.", () => expect(flaggedBy("Doi 2 gio o gara ben canh ma chua xong.")).toBe(false));
  it("Czekałem 5 dni w warsztacie w Krakowie na diagnostykę.", () => expect(flaggedBy("Czekałem 5 dni w warsztacie w Krakowie na diagnostykę.")).toBe(false));
  it("Esperei 3 meses na oficina do lado pela peça.", () => expect(flaggedBy("Esperei 3 meses na oficina do lado pela peça.")).toBe(false));
  it("Fiz 200 quilômetros até a oficina do lado.", () => expect(flaggedBy("Fiz 200 quilômetros até a oficina do lado.")).toBe(false));
  it("Czekałem 2 godz. w warsztacie w Krakowie na wynik.", () => expect(flaggedBy("Czekałem 2 godz. w warsztacie w Krakowie na wynik.")).toBe(false));
  // flagged on main: the stage reads the number and the words after it as an address
  it.fails("Pay 30 per cent deposit now and the rest when you collect.", () => expect(flaggedBy("Pay 30 per cent deposit now and the rest when you collect.")).toBe(false));
  it("Tunggu 2 jam lagi di bengkel sebelah ya.", () => expect(flaggedBy("Tunggu 2 jam lagi di bengkel sebelah ya.")).toBe(false));
  it("Saya sudah tunggu 45 menit di bengkel sebelah.", () => expect(flaggedBy("Saya sudah tunggu 45 menit di bengkel sebelah.")).toBe(false));
  it("Sudah 2 minggu di bengkel sebelah belum selesai.", () => expect(flaggedBy("Sudah 2 minggu di bengkel sebelah belum selesai.")).toBe(false));
});
