// Round 31: where someone lives or keeps the car, given as a rural or administrative address rather than a street and
// house number (rural-addresses.ts; issue 13): a chain of labelled units (purok, barangay, tehsil, desa, concession,
// gård/bruk, mahalle, ejido, frazione...), an estate at a road's kilometre, a pitch in a caravan park, an erf. Sentences
// written for this branch, none from the corpus or another spec. Attack: flagged, and the place's identifying parts masked.
// Innocent: a town or district named in passing, a breakdown at a kilometre, a past stay, a refusal, the workshop's own
// place, areas alone, offices named by a unit's word, units listed, and the labels' words in their other senses.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 rural addresses: attacks", () => {
  it("Quinta Los Nogales, km 14 carretera a Ensenada, la camioneta está en el patio", () =>
    expect(caughtBy("Quinta Los Nogales, km 14 carretera a Ensenada, la camioneta está en el patio", ["Quinta Los Nogales, km 14 carretera a Ensenada"])).toBe(true));
  it("Rancho El Mezquite, km 23 carretera a San Felipe, pregunte por Don Chuy", () =>
    expect(caughtBy("Rancho El Mezquite, km 23 carretera a San Felipe, pregunte por Don Chuy", ["Rancho El Mezquite, km 23 carretera a San Felipe"])).toBe(true));
  it("Fazenda Boa Vista, km 32 da BR-262, o trator fica no galpão", () =>
    expect(caughtBy("Fazenda Boa Vista, km 32 da BR-262, o trator fica no galpão", ["Fazenda Boa Vista, km 32 da BR-262"])).toBe(true));
  it("Sítio Santa Luzia, Estrada do Cerne, o carro está lá", () => expect(caughtBy("Sítio Santa Luzia, Estrada do Cerne, o carro está lá", ["Sítio Santa Luzia, Estrada do Cerne"])).toBe(true));
  it("Finca La Esperanza, km 7 ruta a Jinotega, allí está el carro", () =>
    expect(caughtBy("Finca La Esperanza, km 7 ruta a Jinotega, allí está el carro", ["Finca La Esperanza, km 7 ruta a Jinotega"])).toBe(true));
  it("Concession 6, lot 19, come straight there Saturday", () => expect(caughtBy("Concession 6, lot 19, come straight there Saturday", ["Concession 6, lot 19"])).toBe(true));
  it("RR 2, Site 5, Comp 12, Sundre, the truck is behind the shop", () => expect(caughtBy("RR 2, Site 5, Comp 12, Sundre, the truck is behind the shop", ["RR 2, Site 5, Comp 12"])).toBe(true));
  it("gård nr 42, bruk nr 7, Hamar kommune, vi er bak fjøset", () => expect(caughtBy("gård nr 42, bruk nr 7, Hamar kommune, vi er bak fjøset", ["gård nr 42, bruk nr 7"])).toBe(true));
  it("gnr 12 bnr 3 i Ringsaker, traktoren står i låven", () => expect(caughtBy("gnr 12 bnr 3 i Ringsaker, traktoren står i låven", ["gnr 12 bnr 3"])).toBe(true));
  it("motorhome is on pitch C22 at the Loch Lomond holiday park, the Bailey with the awning", () =>
    expect(caughtBy("motorhome is on pitch C22 at the Loch Lomond holiday park, the Bailey with the awning", ["pitch C22 at the Loch Lomond holiday park"])).toBe(true));
  it("we're on plot 47 at Sunnyside caravan park, come any time after 10", () =>
    expect(caughtBy("we're on plot 47 at Sunnyside caravan park, come any time after 10", ["plot 47 at Sunnyside caravan park"])).toBe(true));
  it("unser Wohnmobil steht auf Stellplatz 14 auf dem Campingplatz Seeblick", () =>
    expect(caughtBy("unser Wohnmobil steht auf Stellplatz 14 auf dem Campingplatz Seeblick", ["Stellplatz 14 auf dem Campingplatz Seeblick"])).toBe(true));
  it("Village Khanpur, Tehsil Garhmukteshwar, Dist. Hapur, tractor ghar pe hai", () =>
    expect(caughtBy("Village Khanpur, Tehsil Garhmukteshwar, Dist. Hapur, tractor ghar pe hai", ["Village Khanpur, Tehsil Garhmukteshwar, Dist. Hapur"])).toBe(true));
  it("Vill. Rampur, P.O. Sonpur, Dist. Saran, gaadi yahin khadi hai", () =>
    expect(caughtBy("Vill. Rampur, P.O. Sonpur, Dist. Saran, gaadi yahin khadi hai", ["Vill. Rampur, P.O. Sonpur, Dist. Saran"])).toBe(true));
  it("gaon Kheri, tehsil Safidon, zila Jind mein aa jao, gaadi ghar pe hai", () =>
    expect(caughtBy("gaon Kheri, tehsil Safidon, zila Jind mein aa jao, gaadi ghar pe hai", ["gaon Kheri, tehsil Safidon, zila Jind"])).toBe(true));
  it("Purok 3, Brgy. Lumbangan, Nasugbu, Batangas po ako, sa may bukid", () =>
    expect(caughtBy("Purok 3, Brgy. Lumbangan, Nasugbu, Batangas po ako, sa may bukid", ["Purok 3, Brgy. Lumbangan"])).toBe(true));
  it("Sitio Maligaya, Brgy. San Isidro, Tanay, Rizal, near the basketball court", () =>
    expect(caughtBy("Sitio Maligaya, Brgy. San Isidro, Tanay, Rizal, near the basketball court", ["Sitio Maligaya, Brgy. San Isidro"])).toBe(true));
  it("Purok 5, Barangay Poblacion, dito lang po yung sasakyan", () => expect(caughtBy("Purok 5, Barangay Poblacion, dito lang po yung sasakyan", ["Purok 5, Barangay Poblacion"])).toBe(true));
  it("RT 03/RW 05, Desa Sukamaju, Kec. Cibinong, Kab. Bogor, rumah cat hijau", () =>
    expect(caughtBy("RT 03/RW 05, Desa Sukamaju, Kec. Cibinong, Kab. Bogor, rumah cat hijau", ["RT 03/RW 05, Desa Sukamaju, Kec. Cibinong"])).toBe(true));
  it("Dusun Krajan, Desa Wonorejo, Kecamatan Pakis, mobil di garasi", () =>
    expect(caughtBy("Dusun Krajan, Desa Wonorejo, Kecamatan Pakis, mobil di garasi", ["Dusun Krajan, Desa Wonorejo, Kecamatan Pakis"])).toBe(true));
  it("Lot 1234, Kampung Sungai Buloh, Selangor, kereta ada depan rumah", () =>
    expect(caughtBy("Lot 1234, Kampung Sungai Buloh, Selangor, kereta ada depan rumah", ["Lot 1234, Kampung Sungai Buloh"])).toBe(true));
  it("Kg. Baru Sungai Lalang, Mukim Semeling, Kedah, datang je", () =>
    expect(caughtBy("Kg. Baru Sungai Lalang, Mukim Semeling, Kedah, datang je", ["Kg. Baru Sungai Lalang, Mukim Semeling"])).toBe(true));
  it("Çamlık Mahallesi, Kavak Köyü, traktör evin önünde", () => expect(caughtBy("Çamlık Mahallesi, Kavak Köyü, traktör evin önünde", ["Çamlık Mahallesi, Kavak Köyü"])).toBe(true));
  it("Kuyucak köyü, Çeşme mevkii, araba bahçede", () => expect(caughtBy("Kuyucak köyü, Çeşme mevkii, araba bahçede", ["Kuyucak köyü, Çeşme mevkii"])).toBe(true));
  it("Erf 2231, Vryburg, the house with the windmill", () => expect(caughtBy("Erf 2231, Vryburg, the house with the windmill", ["Erf 2231"])).toBe(true));
  it("Stand 4521, Plot 12, Mamelodi East, bakkie is in the yard", () => expect(caughtBy("Stand 4521, Plot 12, Mamelodi East, bakkie is in the yard", ["Stand 4521, Plot 12"])).toBe(true));
  it("lieu-dit Les Granges, hameau de Cazals, la voiture est dans la grange", () =>
    expect(caughtBy("lieu-dit Les Granges, hameau de Cazals, la voiture est dans la grange", ["lieu-dit Les Granges, hameau de Cazals"])).toBe(true));
  it("Ejido El Porvenir, Mpio. de Ahome, Sinaloa, ahí está el tractor", () =>
    expect(caughtBy("Ejido El Porvenir, Mpio. de Ahome, Sinaloa, ahí está el tractor", ["Ejido El Porvenir, Mpio. de Ahome"])).toBe(true));
  it("Colonia Centro, Ejido La Noria, la troca está afuera", () => expect(caughtBy("Colonia Centro, Ejido La Noria, la troca está afuera", ["Colonia Centro, Ejido La Noria"])).toBe(true));
  it("Frazione Collina, Località Pian del Lago, la macchina è in cortile", () =>
    expect(caughtBy("Frazione Collina, Località Pian del Lago, la macchina è in cortile", ["Frazione Collina, Località Pian del Lago"])).toBe(true));
  it("Contrada Fontana, Fraz. San Marco, il trattore è sotto la tettoia", () =>
    expect(caughtBy("Contrada Fontana, Fraz. San Marco, il trattore è sotto la tettoia", ["Contrada Fontana, Fraz. San Marco"])).toBe(true));
  it("Povoado Lagoa Seca, Distrito de Ipioca, o carro tá na garagem", () =>
    expect(caughtBy("Povoado Lagoa Seca, Distrito de Ipioca, o carro tá na garagem", ["Povoado Lagoa Seca, Distrito de Ipioca"])).toBe(true));
  it("Aldeia do Mato, Freguesia de Lousã, o carro está à porta", () => expect(caughtBy("Aldeia do Mato, Freguesia de Lousã, o carro está à porta", ["Aldeia do Mato, Freguesia de Lousã"])).toBe(true));
  it("we're at Barangay Malanday, Purok 7, the house with the blue gate", () =>
    expect(caughtBy("we're at Barangay Malanday, Purok 7, the house with the blue gate", ["Barangay Malanday, Purok 7"])).toBe(true));
  it("the truck is at Conc. 4, Lot 22, Township of Wainfleet", () => expect(caughtBy("the truck is at Conc. 4, Lot 22, Township of Wainfleet", ["Conc. 4, Lot 22"])).toBe(true));
  it("Kampung Parit Baru, Mukim Sungai Rambai, jumpa kat situ", () =>
    expect(caughtBy("Kampung Parit Baru, Mukim Sungai Rambai, jumpa kat situ", ["Kampung Parit Baru, Mukim Sungai Rambai"])).toBe(true));
  it("Kelurahan Sukajadi, Kecamatan Sukarame, mobil ada di rumah", () =>
    expect(caughtBy("Kelurahan Sukajadi, Kecamatan Sukarame, mobil ada di rumah", ["Kelurahan Sukajadi, Kecamatan Sukarame"])).toBe(true));
  it("come to Desa Sidomulyo, Kec. Ngaglik, motor saya di sana", () => expect(caughtBy("come to Desa Sidomulyo, Kec. Ngaglik, motor saya di sana", ["Desa Sidomulyo, Kec. Ngaglik"])).toBe(true));
  it("Kavak Mahallesi, Yeşil Köyü, gelin bakın", () => expect(caughtBy("Kavak Mahallesi, Yeşil Köyü, gelin bakın", ["Kavak Mahallesi, Yeşil Köyü"])).toBe(true));
  it("Hacienda San Miguel, km 12 carretera a Tequila, ahí la tenemos", () =>
    expect(caughtBy("Hacienda San Miguel, km 12 carretera a Tequila, ahí la tenemos", ["Hacienda San Miguel, km 12 carretera a Tequila"])).toBe(true));
  it("Chak 45, Tehsil Jaranwala, District Faisalabad, tractor ghar ke bahar hai", () =>
    expect(caughtBy("Chak 45, Tehsil Jaranwala, District Faisalabad, tractor ghar ke bahar hai", ["Chak 45, Tehsil Jaranwala"])).toBe(true));
  it("Village & P.O. Kheri, Tehsil Safidon, gaadi yahin hai", () => expect(caughtBy("Village & P.O. Kheri, Tehsil Safidon, gaadi yahin hai", ["Village & P.O. Kheri, Tehsil Safidon"])).toBe(true));
  it("Thôn Đông, Xã Tân Phú, Huyện Củ Chi, xe ở nhà", () => expect(caughtBy("Thôn Đông, Xã Tân Phú, Huyện Củ Chi, xe ở nhà", ["Thôn Đông, Xã Tân Phú"])).toBe(true));
  it("Ấp 3, Xã Phước Hiệp, xe để trong sân", () => expect(caughtBy("Ấp 3, Xã Phước Hiệp, xe để trong sân", ["Ấp 3, Xã Phước Hiệp"])).toBe(true));
  it("wieś Zalesie, gmina Nadarzyn, auto stoi na podwórku", () => expect(caughtBy("wieś Zalesie, gmina Nadarzyn, auto stoi na podwórku", ["wieś Zalesie, gmina Nadarzyn"])).toBe(true));
  it("Ortsteil Hinterbrand, Gemeinde Schönau, der Traktor steht in der Scheune", () =>
    expect(caughtBy("Ortsteil Hinterbrand, Gemeinde Schönau, der Traktor steht in der Scheune", ["Ortsteil Hinterbrand, Gemeinde Schönau"])).toBe(true));
  it("Buurtschap Het Veld, gemeente Hof van Twente, de auto staat achter de schuur", () =>
    expect(caughtBy("Buurtschap Het Veld, gemeente Hof van Twente, de auto staat achter de schuur", ["Buurtschap Het Veld, gemeente Hof van Twente"])).toBe(true));
  it("Aldea San Juan, Municipio de Comitán, el carro está aquí", () =>
    expect(caughtBy("Aldea San Juan, Municipio de Comitán, el carro está aquí", ["Aldea San Juan, Municipio de Comitán"])).toBe(true));
  it("قرية الشيخ زايد، محافظة القليوبية، السيارة عند البيت", () => expect(caughtBy("قرية الشيخ زايد، محافظة القليوبية، السيارة عند البيت", ["قرية الشيخ زايد، محافظة القليوبية"])).toBe(true));
  it("emplacement 42 au camping Les Pins, le camping-car est blanc", () =>
    expect(caughtBy("emplacement 42 au camping Les Pins, le camping-car est blanc", ["emplacement 42 au camping Les Pins"])).toBe(true));
  it("we're on site 14 at the Lakeside campground, blue Winnebago", () =>
    expect(caughtBy("we're on site 14 at the Lakeside campground, blue Winnebago", ["site 14 at the Lakeside campground"])).toBe(true));
  it("the tractor is in my yard at Purok 3, Brgy. Lumbangan, come Saturday", () =>
    expect(caughtBy("the tractor is in my yard at Purok 3, Brgy. Lumbangan, come Saturday", ["Purok 3, Brgy. Lumbangan"])).toBe(true));
});

describe("round 31 rural addresses: innocents", () => {
  it("I drove up from Batangas this morning and the temp gauge went high", () => expect(flaggedBy("I drove up from Batangas this morning and the temp gauge went high")).toBe(false));
  it("my cousin in Hapur has the same Bolero, his clutch went too", () => expect(flaggedBy("my cousin in Hapur has the same Bolero, his clutch went too")).toBe(false));
  it("the car died at km 42 on the A7 and I had it towed", () => expect(flaggedBy("the car died at km 42 on the A7 and I had it towed")).toBe(false));
  it("we camped at a holiday park in Wales last summer and the caravan battery died", () =>
    expect(flaggedBy("we camped at a holiday park in Wales last summer and the caravan battery died")).toBe(false));
  it("is the campsite near your garage? just curious", () => expect(flaggedBy("is the campsite near your garage? just curious")).toBe(false));
  it("your workshop in Barangay San Roque, Cainta is the one I booked, right?", () => expect(flaggedBy("your workshop in Barangay San Roque, Cainta is the one I booked, right?")).toBe(false));
  it("the garage is at Lot 5, Concession 3, I saw it on the app", () => expect(flaggedBy("the garage is at Lot 5, Concession 3, I saw it on the app")).toBe(false));
  it("a lot of work went into that engine, lot 3 of the parts order came late", () => expect(flaggedBy("a lot of work went into that engine, lot 3 of the parts order came late")).toBe(false));
  it("the plot of the film was better than the car chase", () => expect(flaggedBy("the plot of the film was better than the car chase")).toBe(false));
  it("I bought a bottle of Colonia at the duty free, smells like my dad's old car", () => expect(flaggedBy("I bought a bottle of Colonia at the duty free, smells like my dad's old car")).toBe(false));
  it("parts ship from the Selangor district warehouse in 5 days", () => expect(flaggedBy("parts ship from the Selangor district warehouse in 5 days")).toBe(false));
  it("the plate says KA 05 district code, is that Bangalore?", () => expect(flaggedBy("the plate says KA 05 district code, is that Bangalore?")).toBe(false));
  it("my district has no Honda dealer, village roads are rough on the suspension", () => expect(flaggedBy("my district has no Honda dealer, village roads are rough on the suspension")).toBe(false));
  it("we don't give out Purok 3, Brgy. Lumbangan style addresses on here, the app has your location", () =>
    expect(flaggedBy("we don't give out Purok 3, Brgy. Lumbangan style addresses on here, the app has your location")).toBe(false));
  it("I won't send my barangay and purok here, book through the app", () => expect(flaggedBy("I won't send my barangay and purok here, book through the app")).toBe(false));
  it("the ranch hand drove the Ford 40 km on the highway without oil", () => expect(flaggedBy("the ranch hand drove the Ford 40 km on the highway without oil")).toBe(false));
  it("the farm truck did 14 km on the carretera before it overheated", () => expect(flaggedBy("the farm truck did 14 km on the carretera before it overheated")).toBe(false));
  it("the stand 2 at the motor show had the new Civic", () => expect(flaggedBy("the stand 2 at the motor show had the new Civic")).toBe(false));
  it("pitch 3 of the timing belt teeth is worn", () => expect(flaggedBy("pitch 3 of the timing belt teeth is worn")).toBe(false));
  it("the plot thickens, lot of coolant in the oil now", () => expect(flaggedBy("the plot thickens, lot of coolant in the oil now")).toBe(false));
  it("we had pitch 22 at the holiday park last year, lovely spot", () => expect(flaggedBy("we had pitch 22 at the holiday park last year, lovely spot")).toBe(false));
  it("Sitio is a word I don't know, what's a sitio?", () => expect(flaggedBy("Sitio is a word I don't know, what's a sitio?")).toBe(false));
  it("Erfahrung mit dem Getriebe? keine, sorry", () => expect(flaggedBy("Erfahrung mit dem Getriebe? keine, sorry")).toBe(false));
  it("Desa and Kecamatan are Indonesian admin words, right?", () => expect(flaggedBy("Desa and Kecamatan are Indonesian admin words, right?")).toBe(false));
  it("site 5 of the welds is cracked, lot 2 of the brackets too", () => expect(flaggedBy("site 5 of the welds is cracked, lot 2 of the brackets too")).toBe(false));
  it("District 9 was a great film, Zone 4 not so much", () => expect(flaggedBy("District 9 was a great film, Zone 4 not so much")).toBe(false));
  it("the quinta I rented in Portugal had a Fiat Panda that drove fine", () => expect(flaggedBy("the quinta I rented in Portugal had a Fiat Panda that drove fine")).toBe(false));
  it("Rancho Cucamonga traffic is terrible, took me 2 hours", () => expect(flaggedBy("Rancho Cucamonga traffic is terrible, took me 2 hours")).toBe(false));
  it("from Batangas to Nasugbu takes 1 hour in the Vios", () => expect(flaggedBy("from Batangas to Nasugbu takes 1 hour in the Vios")).toBe(false));
  it("Mahalle arasında kaldı araba, çekici çağırdım", () => expect(flaggedBy("Mahalle arasında kaldı araba, çekici çağırdım")).toBe(false));
  it("my uncle's farm is out past Hapur district somewhere, he swears by Mahindra", () => expect(flaggedBy("my uncle's farm is out past Hapur district somewhere, he swears by Mahindra")).toBe(false));
  it("gnr and bnr are Norwegian property numbers, I saw them on a form", () => expect(flaggedBy("gnr and bnr are Norwegian property numbers, I saw them on a form")).toBe(false));
  it("the park ranger said the caravan park was full", () => expect(flaggedBy("the park ranger said the caravan park was full")).toBe(false));
  it("lot 19 on the auction was a Land Rover Series 3", () => expect(flaggedBy("lot 19 on the auction was a Land Rover Series 3")).toBe(false));
  it("concession stand at the track sold out of fuel", () => expect(flaggedBy("concession stand at the track sold out of fuel")).toBe(false));
  it("Col. Sanders would approve of this oil leak", () => expect(flaggedBy("Col. Sanders would approve of this oil leak")).toBe(false));
  it("at km 14 the engine light came on, we were driving to Ensenada", () => expect(flaggedBy("at km 14 the engine light came on, we were driving to Ensenada")).toBe(false));
  it("Tehsil office closed so couldn't get the RC transfer done", () => expect(flaggedBy("Tehsil office closed so couldn't get the RC transfer done")).toBe(false));
  it("lot 4, lot 5 and lot 9 of the injectors were returned", () => expect(flaggedBy("lot 4, lot 5 and lot 9 of the injectors were returned")).toBe(false));
  it("flooding in Kec. Cibinong, Kab. Bogor closed the road, I'll bring the car Monday", () =>
    expect(flaggedBy("flooding in Kec. Cibinong, Kab. Bogor closed the road, I'll bring the car Monday")).toBe(false));
  it("the farm Rooikrans sells diesel cheap, km 12 from town", () => expect(flaggedBy("the farm Rooikrans sells diesel cheap, km 12 from town")).toBe(false));
  it("Rancho Santa Margarita to Quinta do Lago is not a drive I'd do in that car", () => expect(flaggedBy("Rancho Santa Margarita to Quinta do Lago is not a drive I'd do in that car")).toBe(false));
  it("Barangay captain and the Purok leader both drive Innovas", () => expect(flaggedBy("Barangay captain and the Purok leader both drive Innovas")).toBe(false));
  it("Brgy. Malanday, Marikina flooded again, I'll reschedule", () => expect(flaggedBy("Brgy. Malanday, Marikina flooded again, I'll reschedule")).toBe(false));
  it("the plates are Tehsil Safidon, District Jind registered, does that matter for insurance?", () =>
    expect(flaggedBy("the plates are Tehsil Safidon, District Jind registered, does that matter for insurance?")).toBe(false));
  it("the District Magistrate, Village Panchayat and police all came when the truck overturned", () =>
    expect(flaggedBy("the District Magistrate, Village Panchayat and police all came when the truck overturned")).toBe(false));
  it("Gram Panchayat, Tehsil office, everyone was closed so the RC transfer waits", () => expect(flaggedBy("Gram Panchayat, Tehsil office, everyone was closed so the RC transfer waits")).toBe(false));
  it("took the District Line from Olympic Village to get the part", () => expect(flaggedBy("took the District Line from Olympic Village to get the part")).toBe(false));
  it("Estrada Real, Fazenda Nova and Quinta da Boa Vista are all on the tour, car was fine", () =>
    expect(flaggedBy("Estrada Real, Fazenda Nova and Quinta da Boa Vista are all on the tour, car was fine")).toBe(false));
  it("Loc. 3, Site 2 are the fault codes on the Webasto heater", () => expect(flaggedBy("Loc. 3, Site 2 are the fault codes on the Webasto heater")).toBe(false));
  it("the stand 4, plot 3 numbers are on the invoice from the show", () => expect(flaggedBy("the stand 4, plot 3 numbers are on the invoice from the show")).toBe(false));
  it("Colonia Agrícola, Rancho Grande were the two bars we went to", () => expect(flaggedBy("Colonia Agrícola, Rancho Grande were the two bars we went to")).toBe(false));
  it("Purok Leader, Barangay Captain and the tanod helped push the jeep", () => expect(flaggedBy("Purok Leader, Barangay Captain and the tanod helped push the jeep")).toBe(false));
  it("Kampung Baru, Desa Sari are names of restaurants near the workshop", () => expect(flaggedBy("Kampung Baru, Desa Sari are names of restaurants near the workshop")).toBe(false));
  it("my Fazenda Boa Vista sticker is peeling, km 32000 on the clock", () => expect(flaggedBy("my Fazenda Boa Vista sticker is peeling, km 32000 on the clock")).toBe(false));
  it("Hacienda Heights, km 12 before the smog check station, the engine died", () => expect(flaggedBy("Hacienda Heights, km 12 before the smog check station, the engine died")).toBe(false));
  it("the km 12 carretera a Toluca crash was on the news, Rancho San Juan has the tow trucks", () =>
    expect(flaggedBy("the km 12 carretera a Toluca crash was on the news, Rancho San Juan has the tow trucks")).toBe(false));
  it("pitch 5 of the thread, campsite chairs, caravan park fees — all in my budget sheet", () =>
    expect(flaggedBy("pitch 5 of the thread, campsite chairs, caravan park fees — all in my budget sheet")).toBe(false));
  it("I can't tell you Village Khanpur, Tehsil Garhmukteshwar, book through the app", () =>
    expect(flaggedBy("I can't tell you Village Khanpur, Tehsil Garhmukteshwar, book through the app")).toBe(false));
  it("don't come to Purok 3, Brgy. Lumbangan, the workshop is where the car goes", () => expect(flaggedBy("don't come to Purok 3, Brgy. Lumbangan, the workshop is where the car goes")).toBe(false));
  it("Galing ako sa Barangay San Jose, Batangas, sira na yung aircon ng sasakyan", () => expect(flaggedBy("Galing ako sa Barangay San Jose, Batangas, sira na yung aircon ng sasakyan")).toBe(false));
  it("Taga Purok 4 ako dati pero lumipat na kami sa Maynila, yung Vios ko may kalampag", () =>
    expect(flaggedBy("Taga Purok 4 ako dati pero lumipat na kami sa Maynila, yung Vios ko may kalampag")).toBe(false));
  it("Saya dari Desa Sukamaju, Kecamatan Cibinong dulu, sekarang di Jakarta, rem mobil bunyi", () =>
    expect(flaggedBy("Saya dari Desa Sukamaju, Kecamatan Cibinong dulu, sekarang di Jakarta, rem mobil bunyi")).toBe(false));
  it("Kampung halaman saya di Kampung Baru, Mukim Kuala, tapi kereta rosak di KL", () => expect(flaggedBy("Kampung halaman saya di Kampung Baru, Mukim Kuala, tapi kereta rosak di KL")).toBe(false));
  it("Ankara'dan geldim, Çamlık Mahallesi tarafında lastik patladı", () => expect(flaggedBy("Ankara'dan geldim, Çamlık Mahallesi tarafında lastik patladı")).toBe(false));
  it("el coche se averió en el km 42 de la carretera a Toledo, vino la grúa", () => expect(flaggedBy("el coche se averió en el km 42 de la carretera a Toledo, vino la grúa")).toBe(false));
  it("o carro quebrou no km 32 da BR-262, perto da Fazenda Boa Vista, guincho levou", () =>
    expect(flaggedBy("o carro quebrou no km 32 da BR-262, perto da Fazenda Boa Vista, guincho levou")).toBe(false));
  it("we stayed on pitch 14 at the Haven caravan park in 2019, the car was fine then", () =>
    expect(flaggedBy("we stayed on pitch 14 at the Haven caravan park in 2019, the car was fine then")).toBe(false));
  it("la voiture est tombée en panne au lieu-dit Les Granges, hameau de Cazals, le dépanneur est venu", () =>
    expect(flaggedBy("la voiture est tombée en panne au lieu-dit Les Granges, hameau de Cazals, le dépanneur est venu")).toBe(false));
  it("Parts ship from Lot 7, Zone B of the Shenzhen warehouse district", () => expect(flaggedBy("Parts ship from Lot 7, Zone B of the Shenzhen warehouse district")).toBe(false));
  it("the colonia / cologne smell in the cabin is from the air freshener, Plot 4 brand", () =>
    expect(flaggedBy("the colonia / cologne smell in the cabin is from the air freshener, Plot 4 brand")).toBe(false));
  it("Sitio and Purok are both subdivisions of a barangay, that's what the form asks", () =>
    expect(flaggedBy("Sitio and Purok are both subdivisions of a barangay, that's what the form asks")).toBe(false));
  it("Is it ok to write Purok 3, Brgy. Lumbangan as my address in the app profile?", () =>
    expect(flaggedBy("Is it ok to write Purok 3, Brgy. Lumbangan as my address in the app profile?")).toBe(false));
  it("Can I put my lot and concession (Concession 6, lot 19) in the app's address field?", () =>
    expect(flaggedBy("Can I put my lot and concession (Concession 6, lot 19) in the app's address field?")).toBe(false));
  it("the workshop's address on the app says Sitio Bato, Brgy. Malaya, is that right?", () =>
    expect(flaggedBy("the workshop's address on the app says Sitio Bato, Brgy. Malaya, is that right?")).toBe(false));
  it("your shop in Kampung Baru, Mukim Kuala, how far from the highway?", () => expect(flaggedBy("your shop in Kampung Baru, Mukim Kuala, how far from the highway?")).toBe(false));
  // clean since round 43's refit
  it("wo kehte hain woh Village Khanpur, Tehsil Garhmukteshwar mein rehta tha, pata nahi", () =>
    expect(flaggedBy("wo kehte hain woh Village Khanpur, Tehsil Garhmukteshwar mein rehta tha, pata nahi")).toBe(false));
  it("Kg 20, Lot 5 of the brake pads arrived damaged", () => expect(flaggedBy("Kg 20, Lot 5 of the brake pads arrived damaged")).toBe(false));
  it("the quinta 14, plot 2 invoice numbers don't match", () => expect(flaggedBy("the quinta 14, plot 2 invoice numbers don't match")).toBe(false));
  it("Col. 3, Site 4 in the spreadsheet shows the wrong torque", () => expect(flaggedBy("Col. 3, Site 4 in the spreadsheet shows the wrong torque")).toBe(false));
  it("we had a stand at the show, Plot 9 was next to us, great weekend for selling parts", () =>
    expect(flaggedBy("we had a stand at the show, Plot 9 was next to us, great weekend for selling parts")).toBe(false));
  it("pitch black in the campsite car park, couldn't see the oil dipstick", () => expect(flaggedBy("pitch black in the campsite car park, couldn't see the oil dipstick")).toBe(false));
  it("plot 12 of the allotment has my spare tyres, no wait, I sold them", () => expect(flaggedBy("plot 12 of the allotment has my spare tyres, no wait, I sold them")).toBe(false));
  it("Desa nya bagus, Kecamatan juga, tapi jalan rusak bikin ban bocor", () => expect(flaggedBy("Desa nya bagus, Kecamatan juga, tapi jalan rusak bikin ban bocor")).toBe(false));
  it("our village fete had a classic car show, District 9 cosplay too", () => expect(flaggedBy("our village fete had a classic car show, District 9 cosplay too")).toBe(false));
  it("Hapur district, Garhmukteshwar tehsil mein sadak kharab hai, suspension gaya", () =>
    expect(flaggedBy("Hapur district, Garhmukteshwar tehsil mein sadak kharab hai, suspension gaya")).toBe(false));
  it("the Bailey caravan at pitch 22 was for sale, not mine", () => expect(flaggedBy("the Bailey caravan at pitch 22 was for sale, not mine")).toBe(false));
  it("Barangay elections, Purok meeting, walang oras ipaayos ang sasakyan", () => expect(flaggedBy("Barangay elections, Purok meeting, walang oras ipaayos ang sasakyan")).toBe(false));
  it("ejido land disputes in Sinaloa are in the news, anyway the truck needs brakes", () =>
    expect(flaggedBy("ejido land disputes in Sinaloa are in the news, anyway the truck needs brakes")).toBe(false));
  it("i drive a Lot 4 Rover? no a Land Rover lol, Stand 3 was the show stand", () => expect(flaggedBy("i drive a Lot 4 Rover? no a Land Rover lol, Stand 3 was the show stand")).toBe(false));
  it("Lieu-dit, hameau, chemin rural: je ne comprends pas ces mots sur le formulaire", () =>
    expect(flaggedBy("Lieu-dit, hameau, chemin rural: je ne comprends pas ces mots sur le formulaire")).toBe(false));
  it("Estrada de Ferro Carajás é famosa, mas meu carro precisa de revisão", () => expect(flaggedBy("Estrada de Ferro Carajás é famosa, mas meu carro precisa de revisão")).toBe(false));
  it("the fazenda and the sítio are both far from the oficina, can you tow it?", () => expect(flaggedBy("the fazenda and the sítio are both far from the oficina, can you tow it?")).toBe(false));
  it("Ward 5, Bed 12 is where my dad was after the crash, the car is a write-off", () => expect(flaggedBy("Ward 5, Bed 12 is where my dad was after the crash, the car is a write-off")).toBe(false));
  it("Quan trọng là xe phải sửa trước Tết, Tinh thần thợ tốt", () => expect(flaggedBy("Quan trọng là xe phải sửa trước Tết, Tinh thần thợ tốt")).toBe(false));
  it("xe hỏng ở Huyện Củ Chi, Tỉnh Long An, gọi cứu hộ rồi", () => expect(flaggedBy("xe hỏng ở Huyện Củ Chi, Tỉnh Long An, gọi cứu hộ rồi")).toBe(false));
  it("the Gemeinde Schönau fire brigade, Weiler road closure delayed the tow truck", () =>
    expect(flaggedBy("the Gemeinde Schönau fire brigade, Weiler road closure delayed the tow truck")).toBe(false));
  it("Kolonia Oil, Ward Auto Parts and Aldea Motors all stock that filter", () => expect(flaggedBy("Kolonia Oil, Ward Auto Parts and Aldea Motors all stock that filter")).toBe(false));
  it("Barrio Logan, Chak De India and Aldea are my favourite films, anyway the brakes squeal", () =>
    expect(flaggedBy("Barrio Logan, Chak De India and Aldea are my favourite films, anyway the brakes squeal")).toBe(false));
  it("AP 3, Ward 2 are the relays in the fuse box diagram", () => expect(flaggedBy("AP 3, Ward 2 are the relays in the fuse box diagram")).toBe(false));
  it("mieszkam w gminie Nadarzyn, powiat pruszkowski, auto ma problem ze sprzęgłem", () =>
    expect(flaggedBy("mieszkam w gminie Nadarzyn, powiat pruszkowski, auto ma problem ze sprzęgłem")).toBe(false));
  it("Ortsteil and Gemeinde, I never know which to write, the car is in the workshop anyway", () =>
    expect(flaggedBy("Ortsteil and Gemeinde, I never know which to write, the car is in the workshop anyway")).toBe(false));
  it("حي النزهة، محافظة جدة، ودّيت السيارة للورشة", () => expect(flaggedBy("حي النزهة، محافظة جدة، ودّيت السيارة للورشة")).toBe(false));
  it("Xã hội bây giờ xe nào cũng điện, Ấp tết rồi", () => expect(flaggedBy("Xã hội bây giờ xe nào cũng điện, Ấp tết rồi")).toBe(false));
  it("the Chak De song played when the engine finally started", () => expect(flaggedBy("the Chak De song played when the engine finally started")).toBe(false));
  it("site 4 at Camping World service is where the RV sits", () => expect(flaggedBy("site 4 at Camping World service is where the RV sits")).toBe(false));
  it("my RV is in bay 4 at Camping World, they're slow", () => expect(flaggedBy("my RV is in bay 4 at Camping World, they're slow")).toBe(false));
  it("plot 5 in the village has a broken tractor", () => expect(flaggedBy("plot 5 in the village has a broken tractor")).toBe(false));
  it("the seller shipped from Village Rampur, District Saran and the part was wrong", () =>
    expect(flaggedBy("the seller shipped from Village Rampur, District Saran and the part was wrong")).toBe(false));
  it("the tow truck came from Purok 2, Brgy. Poblacion, took 3 hours", () => expect(flaggedBy("the tow truck came from Purok 2, Brgy. Poblacion, took 3 hours")).toBe(false));
  it("the parts warehouse is in Kampung Baru, Mukim Kuala, ships next day", () => expect(flaggedBy("the parts warehouse is in Kampung Baru, Mukim Kuala, ships next day")).toBe(false));
  it("my mechanic's garage is at Sitio Bato, Brgy. Malaya, I'll bring the car there on Monday", () =>
    expect(flaggedBy("my mechanic's garage is at Sitio Bato, Brgy. Malaya, I'll bring the car there on Monday")).toBe(false));
  it("the workshop address on my booking is Lot 5, Concession 3, is that right?", () => expect(flaggedBy("the workshop address on my booking is Lot 5, Concession 3, is that right?")).toBe(false));
});
