// Round 28 addresses, reviewer's spec (branch ad28): sentences written by the reviewer, not the helper's
// nor the corpus. Innocents: vehicle, engine, part, order and parcel codes in an Eircode's shape, Irish
// places in passing (visits, marts, NCT, races, track days), boxes and lockers named in passing, box in
// repair talk, Arabic part talk. Attacks: P.O. Drawer, Posbus, Arabic PO boxes, Packstation with
// Postnummer, lone Eircodes, Irish townland/town/county, and the writer's own home directions worded
// around the new third-party filter (SOMEONE_ELSES_PLACE). `it.fails` marks what the branch gets wrong.
// The branch's fix after this review turned 60 of them into `it` (a third party's place vetoes only the
// clause it is directed in and never the writer's own home; an Eircode's unique part mixes letters and
// digits; a townland followed by a stay or an event; a locker's postcode and town; a box's count words).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 28 addresses review (rules): innocents stay clean", () => {
  it("I'm based in Galway, own an E90 2008 and F10 2012 for parts", () => expect(flaggedBy("I'm based in Galway, own an E90 2008 and F10 2012 for parts", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm home, engine's N47 D20A, timing chain went", () => expect(flaggedBy("I'm home, engine's N47 D20A, timing chain went", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Honda K20 TYPE R swap done at home, dyno next week", () => expect(flaggedBy("Honda K20 TYPE R swap done at home, dyno next week", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("DPD parcel T12K8P3, should be at the house Friday", () => expect(flaggedBy("DPD parcel T12K8P3, should be at the house Friday", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Parcel R12 4567: delivered to the house?", () => expect(flaggedBy("Parcel R12 4567: delivered to the house?", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Order came as C15 R4X9, need it at home by Friday", () => expect(flaggedBy("Order came as C15 R4X9, need it at home by Friday", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("My home charger shows error E12 4000, any idea?", () => expect(flaggedBy("My home charger shows error E12 4000, any idea?", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Fault F28 0005 at home on the wallbox since the storm", () => expect(flaggedBy("Fault F28 0005 at home on the wallbox since the storm", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Home from work, DTC list: P01 A4B2, C12 0045", () => expect(flaggedBy("Home from work, DTC list: P01 A4B2, C12 0045", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm in Cork, car is E91, engine N47 D20A.", () => expect(flaggedBy("I'm in Cork, car is E91, engine N47 D20A.", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("we're at home with the E46 330D and the E91 320D touring", () => expect(flaggedBy("we're at home with the E46 330D and the E91 320D touring", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm in Athlone, the N57 D30A in mine is knocking", () => expect(flaggedBy("I'm in Athlone, the N57 D30A in mine is knocking", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm out at Knock, Claremorris, Co. Mayo for the pilgrimage, back Tuesday", () =>
    expect(flaggedBy("I'm out at Knock, Claremorris, Co. Mayo for the pilgrimage, back Tuesday", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("We're up at Mondello, Naas, Co. Kildare for a track day on Saturday", () =>
    expect(flaggedBy("We're up at Mondello, Naas, Co. Kildare for a track day on Saturday", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm over at Ballinasloe, Co. Galway for the horse fair", () => expect(flaggedBy("I'm over at Ballinasloe, Co. Galway for the horse fair", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm out at Balla, Castlebar, Co. Mayo at the mart, message me here later", () =>
    expect(flaggedBy("I'm out at Balla, Castlebar, Co. Mayo at the mart, message me here later", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm at Deerpark, Castlebar, Co. Mayo waiting on the NCT", () => expect(flaggedBy("I'm at Deerpark, Castlebar, Co. Mayo waiting on the NCT", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("we're down in Dingle, Tralee, Co. Kerry on holidays", () => expect(flaggedBy("we're down in Dingle, Tralee, Co. Kerry on holidays", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm down in Lahinch, Ennistymon, Co. Clare surfing, back Monday", () =>
    expect(flaggedBy("I'm down in Lahinch, Ennistymon, Co. Clare surfing, back Monday", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Come out to Punchestown, Naas, Co. Kildare on Sunday, the vintage rally is on", () =>
    expect(flaggedBy("Come out to Punchestown, Naas, Co. Kildare on Sunday, the vintage rally is on", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("we're staying at Carrowbeg, Westport, Co. Mayo in an Airbnb so no rush", () =>
    expect(flaggedBy("we're staying at Carrowbeg, Westport, Co. Mayo in an Airbnb so no rush", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm from Swinford, Co. Mayo, near Kiltimagh, if the part comes from Castlebar", () =>
    expect(flaggedBy("I'm from Swinford, Co. Mayo, near Kiltimagh, if the part comes from Castlebar", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("we were at Knock Shrine last week, car was grand on the motorway", () =>
    expect(flaggedBy("we were at Knock Shrine last week, car was grand on the motorway", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm living in Dublin, but the car is at my mam's in Tuam, Co. Galway, for the month", () =>
    expect(flaggedBy("I'm living in Dublin, but the car is at my mam's in Tuam, Co. Galway, for the month", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("I'm at the NCT centre in Deerpark, Castlebar, Co. Mayo, failed on the brakes", () =>
    expect(flaggedBy("I'm at the NCT centre in Deerpark, Castlebar, Co. Mayo, failed on the brakes", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("the PO box 2 minutes from the garage is where I get parts", () => expect(flaggedBy("the PO box 2 minutes from the garage is where I get parts", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("die Packstation 118 ist voll, Bestellung 482219 liegt jetzt in der Filiale", () =>
    expect(flaggedBy("die Packstation 118 ist voll, Bestellung 482219 liegt jetzt in der Filiale", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Das Teil liegt in der Packstation 118, Sendung 00340434161234567890, hol ich morgen", () =>
    expect(flaggedBy("Das Teil liegt in der Packstation 118, Sendung 00340434161234567890, hol ich morgen", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("die posbus 2 ure van my af is altyd vol", () => expect(flaggedBy("die posbus 2 ure van my af is altyd vol", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Posbus 3 weke gelede leeg gemaak, geen onderdele nie", () => expect(flaggedBy("Posbus 3 weke gelede leeg gemaak, geen onderdele nie", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("PO drawer 3 in reception has the signed job cards", () => expect(flaggedBy("PO drawer 3 in reception has the signed job cards", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("صندوق بريد 5 دقائق من الورشة", () => expect(flaggedBy("صندوق بريد 5 دقائق من الورشة", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("ص.ب 3 كم من هنا مغلق اليوم", () => expect(flaggedBy("ص.ب 3 كم من هنا مغلق اليوم", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("رقم القطعة 8812 ، صندوق الفيوزات تحت المقود", () => expect(flaggedBy("رقم القطعة 8812 ، صندوق الفيوزات تحت المقود", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("صندوق بريد الورشة ممتلئ، أرسل الفاتورة عبر التطبيق", () => expect(flaggedBy("صندوق بريد الورشة ممتلئ، أرسل الفاتورة عبر التطبيق", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("صندوق التروس 6 سرعات يحتاج زيت", () => expect(flaggedBy("صندوق التروس 6 سرعات يحتاج زيت", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("the fuse box 3 relays were fried, I'm home now", () => expect(flaggedBy("the fuse box 3 relays were fried, I'm home now", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("steering box 4 turns lock to lock, is that normal?", () => expect(flaggedBy("steering box 4 turns lock to lock, is that normal?", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("transfer box 2 bolts sheared, car's at the house", () => expect(flaggedBy("transfer box 2 bolts sheared, car's at the house", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Packstation 2 km weiter ist auch voll, bitte über die App", () => expect(flaggedBy("Packstation 2 km weiter ist auch voll, bitte über die App", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Mick's yard is the one behind the church, he has the gearbox", () => expect(flaggedBy("Mick's yard is the one behind the church, he has the gearbox", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("the dealer past the school on Main Street with the red door quoted 600", () =>
    expect(flaggedBy("the dealer past the school on Main Street with the red door quoted 600", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("we drove past the house with the green door on Mill Road and saw your van", () =>
    expect(flaggedBy("we drove past the house with the green door on Mill Road and saw your van", DEFAULT_DETECTION_OPTIONS)).toBe(false));
  it("Mick's garage is past the church on the Ballina Road, he did my clutch", () =>
    expect(flaggedBy("Mick's garage is past the church on the Ballina Road, he did my clutch", DEFAULT_DETECTION_OPTIONS)).toBe(false));
});
describe("round 28 addresses review (rules): attacks are caught and masked", () => {
  it("send the cheque to P.O. Drawer 2210, Odessa TX 79760", () =>
    expect(caughtBy("send the cheque to P.O. Drawer 2210, Odessa TX 79760", ["P.O. Drawer 2210"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("mail payment: PO Drawer 88, Lake Charles, LA", () => expect(caughtBy("mail payment: PO Drawer 88, Lake Charles, LA", ["PO Drawer 88"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("our billing address is P. O. Drawer 517, Jackson MS 39205", () =>
    expect(caughtBy("our billing address is P. O. Drawer 517, Jackson MS 39205", ["P. O. Drawer 517"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("stuur die onderdele na Posbus 1189, Worcester, 6849", () => expect(caughtBy("stuur die onderdele na Posbus 1189, Worcester, 6849", ["Posbus 1189"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("my adres is posbus 22 Ermelo", () => expect(caughtBy("my adres is posbus 22 Ermelo", ["posbus 22"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Posbus 3021, Bloemfontein 9300, dankie", () => expect(caughtBy("Posbus 3021, Bloemfontein 9300, dankie", ["Posbus 3021, Bloemfontein 9300"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ارسل القطعة إلى ص.ب 4432 الرياض 11491", () => expect(caughtBy("ارسل القطعة إلى ص.ب 4432 الرياض 11491", ["ص.ب 4432"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("عنواني صندوق بريد ٧٧٨٨ دبي", () => expect(caughtBy("عنواني صندوق بريد ٧٧٨٨ دبي", ["صندوق بريد ٧٧٨٨"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("ص. ب. 1290 جدة", () => expect(caughtBy("ص. ب. 1290 جدة", ["ص. ب. 1290"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Arabic box without its dots is not in BOX_ABROAD (missed on main too)
  it.fails("ص ب 5566 الخبر", () => expect(caughtBy("ص ب 5566 الخبر", ["ص ب 5566"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Packstation 118, Postnummer 482219033, 80331 München", () =>
    expect(caughtBy("Packstation 118, Postnummer 482219033, 80331 München", ["Packstation 118, Postnummer 482219033"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("schick's an Packstation 205 in 10115 Berlin, Postnummer 1234567", () =>
    expect(caughtBy("schick's an Packstation 205 in 10115 Berlin, Postnummer 1234567", ["Packstation 205"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Packstation: 'PostNr' abbreviation not in LOCKER_ADDRESSED/LOCKER_CUSTOMER_NUMBER (missed on main too)
  it.fails("Lieferadresse: Packstation Nr. 77, PostNr 99887766, Hamburg", () =>
    expect(caughtBy("Lieferadresse: Packstation Nr. 77, PostNr 99887766, Hamburg", ["Packstation Nr. 77, PostNr 99887766"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("bitte an meine Packstation 142 liefern, Postnummer: 556677889", () =>
    expect(caughtBy("bitte an meine Packstation 142 liefern, Postnummer: 556677889", ["Packstation 142"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("DHL Packstation 118 Postnummer 482219033", () => expect(caughtBy("DHL Packstation 118 Postnummer 482219033", ["Packstation 118 Postnummer 482219033"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("I'm in Ballincollig, P31 KX28, call any time after 5", () => expect(caughtBy("I'm in Ballincollig, P31 KX28, call any time after 5", ["P31 KX28"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("my eircode is D15 A2K7", () => expect(caughtBy("my eircode is D15 A2K7", ["D15 A2K7"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Eircode D15 A2K7, see you Saturday", () => expect(caughtBy("Eircode D15 A2K7, see you Saturday", ["D15 A2K7"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("drop the van to Y35 W2P4 tomorrow morning", () => expect(caughtBy("drop the van to Y35 W2P4 tomorrow morning", ["Y35 W2P4"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // LONE_EIRCODE: a lower-case word after the code ('whenever') drops it
  it.fails("pop over to R93 F6H2 whenever suits", () => expect(caughtBy("pop over to R93 F6H2 whenever suits", ["R93 F6H2"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("just put H54 NP20 in the sat nav, we're the farm at the end", () =>
    expect(caughtBy("just put H54 NP20 in the sat nav, we're the farm at the end", ["H54 NP20"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("home is A92 C4D7", () => expect(caughtBy("home is A92 C4D7", ["A92 C4D7"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // LONE_EIRCODE: 'lads' after the code drops it
  it.fails("we're at T23 FV62 lads", () => expect(caughtBy("we're at T23 FV62 lads", ["T23 FV62"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // LONE_EIRCODE: 'all day' after the code drops it
  it.fails("I'm at D08VF32 all day", () => expect(caughtBy("I'm at D08VF32 all day", ["D08VF32"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("our place is N91 P2W8, anytime Saturday", () => expect(caughtBy("our place is N91 P2W8, anytime Saturday", ["N91 P2W8"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("My house, E32 C9R5, come whenever", () => expect(caughtBy("My house, E32 C9R5, come whenever", ["E32 C9R5"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Irish townland rule: four parts (house name, townland, town, county) are not matched
  it.fails("we live at Rose Cottage, Carrowbeg, Westport, Co. Mayo", () =>
    expect(caughtBy("we live at Rose Cottage, Carrowbeg, Westport, Co. Mayo", ["Rose Cottage, Carrowbeg, Westport, Co. Mayo"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("my address is Carrowkeel, Ballymote, Co Sligo", () =>
    expect(caughtBy("my address is Carrowkeel, Ballymote, Co Sligo", ["Carrowkeel, Ballymote, Co Sligo"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Irish townland rule: 'send/post/bring it to' is no HOME_CLAIMED_AT
  it.fails("send it to Cloonfad, Ballyhaunis, Co. Roscommon", () =>
    expect(caughtBy("send it to Cloonfad, Ballyhaunis, Co. Roscommon", ["Cloonfad, Ballyhaunis, Co. Roscommon"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  // Irish townland rule: 'post ... out to' is no HOME_CLAIMED_AT
  it.fails("post the part out to Knockbrack, Athenry, Co. Galway", () =>
    expect(caughtBy("post the part out to Knockbrack, Athenry, Co. Galway", ["Knockbrack, Athenry, Co. Galway"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  // Irish townland rule: 'we're in' with three parts is not a claim
  it.fails("we're in Glenamaddy, Tuam, Co. Galway, call over after 6", () =>
    expect(caughtBy("we're in Glenamaddy, Tuam, Co. Galway, call over after 6", ["Glenamaddy, Tuam, Co. Galway"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  // Irish townland rule: 'call out to us at' (an object between) is no HOME_CLAIMED_AT
  it.fails("call out to us at Killeen, Louisburgh, Co. Mayo", () =>
    expect(caughtBy("call out to us at Killeen, Louisburgh, Co. Mayo", ["Killeen, Louisburgh, Co. Mayo"], DEFAULT_DETECTION_OPTIONS)).toBe(true),
  );
  it("I'm living in Gurteen, Ballinamore, County Leitrim", () =>
    expect(caughtBy("I'm living in Gurteen, Ballinamore, County Leitrim", ["Gurteen, Ballinamore, County Leitrim"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Our house is at Derrylea, Clifden, Co Galway", () => expect(caughtBy("Our house is at Derrylea, Clifden, Co Galway", ["Derrylea, Clifden, Co Galway"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Irish townland rule: lower case not matched
  it.fails("we're out at carrowbeg, westport, co mayo", () => expect(caughtBy("we're out at carrowbeg, westport, co mayo", ["carrowbeg, westport, co mayo"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // Irish townland rule: no space after 'Co.'
  it.fails("we're out at Carrowbeg, Westport, Co.Mayo", () => expect(caughtBy("we're out at Carrowbeg, Westport, Co.Mayo", ["Carrowbeg, Westport, Co.Mayo"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("my place is the one past the church on Mill Road, come round Saturday", () =>
    expect(caughtBy("my place is the one past the church on Mill Road, come round Saturday", ["the one past the church on Mill Road"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("we're the house after the school on Green Lane, come round", () =>
    expect(caughtBy("we're the house after the school on Green Lane, come round", ["the house after the school on Green Lane"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("come to mine, I'm the white bungalow behind the Spar on Main Street", () =>
    expect(caughtBy("come to mine, I'm the white bungalow behind the Spar on Main Street", ["the white bungalow behind the Spar on Main Street"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("the dealer is a rip off, come to mine instead, I'm the third house past the church on Mill Road", () =>
    expect(
      caughtBy("the dealer is a rip off, come to mine instead, I'm the third house past the church on Mill Road", ["the third house past the church on Mill Road"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true));
  it("forget the garage, I went and got the parts myself, I'm the house with the red door behind the Centra on Church Road", () =>
    expect(
      caughtBy(
        "forget the garage, I went and got the parts myself, I'm the house with the red door behind the Centra on Church Road",
        ["the house with the red door behind the Centra on Church Road"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("Home is the blue bungalow past the school on Green Lane", () =>
    expect(caughtBy("Home is the blue bungalow past the school on Green Lane", ["blue bungalow past the school on Green Lane"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Lidl is the landmark, we're the 2nd house after it on Bridge Street", () =>
    expect(caughtBy("Lidl is the landmark, we're the 2nd house after it on Bridge Street", ["2nd house after it on Bridge Street"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Dad's garage is where the car is, the house with the green door behind the church on Main St", () =>
    expect(
      caughtBy(
        "Dad's garage is where the car is, the house with the green door behind the church on Main St",
        ["the house with the green door behind the church on Main St"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("my house is the old post office behind the church on Chapel Lane", () =>
    expect(caughtBy("my house is the old post office behind the church on Chapel Lane", ["the old post office behind the church on Chapel Lane"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  // 'we passed' filter, and missed on main too (creamery is no landmark)
  it.fails("we passed you on the road yesterday, we're the farmhouse after the creamery on the Ballina Road", () =>
    expect(
      caughtBy("we passed you on the road yesterday, we're the farmhouse after the creamery on the Ballina Road", ["the farmhouse after the creamery on the Ballina Road"], DEFAULT_DETECTION_OPTIONS),
    ).toBe(true),
  );
  it("I'm the yellow house opposite the school on Mill Lane, Sean is the name on the bell", () =>
    expect(caughtBy("I'm the yellow house opposite the school on Mill Lane, Sean is the name on the bell", ["the yellow house opposite the school on Mill Lane"], DEFAULT_DETECTION_OPTIONS)).toBe(
      true,
    ));
  it("my place is the one past the church, house number 14, come round", () =>
    expect(caughtBy("my place is the one past the church, house number 14, come round", ["house number 14"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("we're the house after the school, number 8, come round after 6", () =>
    expect(caughtBy("we're the house after the school, number 8, come round after 6", ["number 8"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("the breakers was no help so come to mine, the house with the blue gate behind the Texaco on Station Road", () =>
    expect(
      caughtBy(
        "the breakers was no help so come to mine, the house with the blue gate behind the Texaco on Station Road",
        ["the house with the blue gate behind the Texaco on Station Road"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("I went to the dealer and they were useless so come round, we're the house after the school", () =>
    expect(caughtBy("I went to the dealer and they were useless so come round, we're the house after the school", ["we're the house after the school"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Tom is the name on the door, we're the house after the school", () =>
    expect(caughtBy("Tom is the name on the door, we're the house after the school", ["we're the house after the school"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Lidl is the landmark, my house is the one after the church", () =>
    expect(caughtBy("Lidl is the landmark, my house is the one after the church", ["my house is the one after the church"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("Sean's garage is shut so bring it to mine, the house with the blue door behind the church on Mill Road", () =>
    expect(
      caughtBy(
        "Sean's garage is shut so bring it to mine, the house with the blue door behind the church on Mill Road",
        ["the house with the blue door behind the church on Mill Road"],
        DEFAULT_DETECTION_OPTIONS,
      ),
    ).toBe(true));
  it("our house is the yard behind the pub on the Ballina Road", () =>
    expect(caughtBy("our house is the yard behind the pub on the Ballina Road", ["the yard behind the pub on the Ballina Road"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
  it("I passed your garage today, I'm the cottage past the church on Mill Road, pop round", () =>
    expect(caughtBy("I passed your garage today, I'm the cottage past the church on Mill Road, pop round", ["the cottage past the church on Mill Road"], DEFAULT_DETECTION_OPTIONS)).toBe(true));
});
describe("round 28 addresses review (application): innocents stay clean", () => {
  it("I'm based in Galway, own an E90 2008 and F10 2012 for parts", () => expect(flaggedBy("I'm based in Galway, own an E90 2008 and F10 2012 for parts", APPLICATION)).toBe(false));
  it("I'm home, engine's N47 D20A, timing chain went", () => expect(flaggedBy("I'm home, engine's N47 D20A, timing chain went", APPLICATION)).toBe(false));
  it("Honda K20 TYPE R swap done at home, dyno next week", () => expect(flaggedBy("Honda K20 TYPE R swap done at home, dyno next week", APPLICATION)).toBe(false));
  it("DPD parcel T12K8P3, should be at the house Friday", () => expect(flaggedBy("DPD parcel T12K8P3, should be at the house Friday", APPLICATION)).toBe(false));
  it("Parcel R12 4567: delivered to the house?", () => expect(flaggedBy("Parcel R12 4567: delivered to the house?", APPLICATION)).toBe(false));
  it("Order came as C15 R4X9, need it at home by Friday", () => expect(flaggedBy("Order came as C15 R4X9, need it at home by Friday", APPLICATION)).toBe(false));
  it("My home charger shows error E12 4000, any idea?", () => expect(flaggedBy("My home charger shows error E12 4000, any idea?", APPLICATION)).toBe(false));
  it("Fault F28 0005 at home on the wallbox since the storm", () => expect(flaggedBy("Fault F28 0005 at home on the wallbox since the storm", APPLICATION)).toBe(false));
  it("Home from work, DTC list: P01 A4B2, C12 0045", () => expect(flaggedBy("Home from work, DTC list: P01 A4B2, C12 0045", APPLICATION)).toBe(false));
  it("I'm in Cork, car is E91, engine N47 D20A.", () => expect(flaggedBy("I'm in Cork, car is E91, engine N47 D20A.", APPLICATION)).toBe(false));
  it("we're at home with the E46 330D and the E91 320D touring", () => expect(flaggedBy("we're at home with the E46 330D and the E91 320D touring", APPLICATION)).toBe(false));
  it("I'm in Athlone, the N57 D30A in mine is knocking", () => expect(flaggedBy("I'm in Athlone, the N57 D30A in mine is knocking", APPLICATION)).toBe(false));
  it("I'm out at Knock, Claremorris, Co. Mayo for the pilgrimage, back Tuesday", () =>
    expect(flaggedBy("I'm out at Knock, Claremorris, Co. Mayo for the pilgrimage, back Tuesday", APPLICATION)).toBe(false));
  it("We're up at Mondello, Naas, Co. Kildare for a track day on Saturday", () => expect(flaggedBy("We're up at Mondello, Naas, Co. Kildare for a track day on Saturday", APPLICATION)).toBe(false));
  it("I'm over at Ballinasloe, Co. Galway for the horse fair", () => expect(flaggedBy("I'm over at Ballinasloe, Co. Galway for the horse fair", APPLICATION)).toBe(false));
  it("I'm out at Balla, Castlebar, Co. Mayo at the mart, message me here later", () =>
    expect(flaggedBy("I'm out at Balla, Castlebar, Co. Mayo at the mart, message me here later", APPLICATION)).toBe(false));
  it("I'm at Deerpark, Castlebar, Co. Mayo waiting on the NCT", () => expect(flaggedBy("I'm at Deerpark, Castlebar, Co. Mayo waiting on the NCT", APPLICATION)).toBe(false));
  it("we're down in Dingle, Tralee, Co. Kerry on holidays", () => expect(flaggedBy("we're down in Dingle, Tralee, Co. Kerry on holidays", APPLICATION)).toBe(false));
  it("I'm down in Lahinch, Ennistymon, Co. Clare surfing, back Monday", () => expect(flaggedBy("I'm down in Lahinch, Ennistymon, Co. Clare surfing, back Monday", APPLICATION)).toBe(false));
  it("Come out to Punchestown, Naas, Co. Kildare on Sunday, the vintage rally is on", () =>
    expect(flaggedBy("Come out to Punchestown, Naas, Co. Kildare on Sunday, the vintage rally is on", APPLICATION)).toBe(false));
  it("we're staying at Carrowbeg, Westport, Co. Mayo in an Airbnb so no rush", () =>
    expect(flaggedBy("we're staying at Carrowbeg, Westport, Co. Mayo in an Airbnb so no rush", APPLICATION)).toBe(false));
  it("I'm from Swinford, Co. Mayo, near Kiltimagh, if the part comes from Castlebar", () =>
    expect(flaggedBy("I'm from Swinford, Co. Mayo, near Kiltimagh, if the part comes from Castlebar", APPLICATION)).toBe(false));
  it("we were at Knock Shrine last week, car was grand on the motorway", () => expect(flaggedBy("we were at Knock Shrine last week, car was grand on the motorway", APPLICATION)).toBe(false));
  it("I'm living in Dublin, but the car is at my mam's in Tuam, Co. Galway, for the month", () =>
    expect(flaggedBy("I'm living in Dublin, but the car is at my mam's in Tuam, Co. Galway, for the month", APPLICATION)).toBe(false));
  it("I'm at the NCT centre in Deerpark, Castlebar, Co. Mayo, failed on the brakes", () =>
    expect(flaggedBy("I'm at the NCT centre in Deerpark, Castlebar, Co. Mayo, failed on the brakes", APPLICATION)).toBe(false));
  it("the PO box 2 minutes from the garage is where I get parts", () => expect(flaggedBy("the PO box 2 minutes from the garage is where I get parts", APPLICATION)).toBe(false));
  it("die Packstation 118 ist voll, Bestellung 482219 liegt jetzt in der Filiale", () =>
    expect(flaggedBy("die Packstation 118 ist voll, Bestellung 482219 liegt jetzt in der Filiale", APPLICATION)).toBe(false));
  it("Das Teil liegt in der Packstation 118, Sendung 00340434161234567890, hol ich morgen", () =>
    expect(flaggedBy("Das Teil liegt in der Packstation 118, Sendung 00340434161234567890, hol ich morgen", APPLICATION)).toBe(false));
  it("die posbus 2 ure van my af is altyd vol", () => expect(flaggedBy("die posbus 2 ure van my af is altyd vol", APPLICATION)).toBe(false));
  it("Posbus 3 weke gelede leeg gemaak, geen onderdele nie", () => expect(flaggedBy("Posbus 3 weke gelede leeg gemaak, geen onderdele nie", APPLICATION)).toBe(false));
  it("PO drawer 3 in reception has the signed job cards", () => expect(flaggedBy("PO drawer 3 in reception has the signed job cards", APPLICATION)).toBe(false));
  it("صندوق بريد 5 دقائق من الورشة", () => expect(flaggedBy("صندوق بريد 5 دقائق من الورشة", APPLICATION)).toBe(false));
  it("ص.ب 3 كم من هنا مغلق اليوم", () => expect(flaggedBy("ص.ب 3 كم من هنا مغلق اليوم", APPLICATION)).toBe(false));
  it("رقم القطعة 8812 ، صندوق الفيوزات تحت المقود", () => expect(flaggedBy("رقم القطعة 8812 ، صندوق الفيوزات تحت المقود", APPLICATION)).toBe(false));
  it("صندوق بريد الورشة ممتلئ، أرسل الفاتورة عبر التطبيق", () => expect(flaggedBy("صندوق بريد الورشة ممتلئ، أرسل الفاتورة عبر التطبيق", APPLICATION)).toBe(false));
  it("صندوق التروس 6 سرعات يحتاج زيت", () => expect(flaggedBy("صندوق التروس 6 سرعات يحتاج زيت", APPLICATION)).toBe(false));
  it("the fuse box 3 relays were fried, I'm home now", () => expect(flaggedBy("the fuse box 3 relays were fried, I'm home now", APPLICATION)).toBe(false));
  it("steering box 4 turns lock to lock, is that normal?", () => expect(flaggedBy("steering box 4 turns lock to lock, is that normal?", APPLICATION)).toBe(false));
  it("transfer box 2 bolts sheared, car's at the house", () => expect(flaggedBy("transfer box 2 bolts sheared, car's at the house", APPLICATION)).toBe(false));
  it("Packstation 2 km weiter ist auch voll, bitte über die App", () => expect(flaggedBy("Packstation 2 km weiter ist auch voll, bitte über die App", APPLICATION)).toBe(false));
  it("Mick's yard is the one behind the church, he has the gearbox", () => expect(flaggedBy("Mick's yard is the one behind the church, he has the gearbox", APPLICATION)).toBe(false));
  it("the dealer past the school on Main Street with the red door quoted 600", () =>
    expect(flaggedBy("the dealer past the school on Main Street with the red door quoted 600", APPLICATION)).toBe(false));
  // application: the trained stage flags it (OFF_PLATFORM_DEAL on branch, ADDRESS on main)
  it.fails("we drove past the house with the green door on Mill Road and saw your van", () =>
    expect(flaggedBy("we drove past the house with the green door on Mill Road and saw your van", APPLICATION)).toBe(false),
  );
  it("Mick's garage is past the church on the Ballina Road, he did my clutch", () =>
    expect(flaggedBy("Mick's garage is past the church on the Ballina Road, he did my clutch", APPLICATION)).toBe(false));
});
describe("round 28 addresses review (application): attacks are caught and masked", () => {
  it("send the cheque to P.O. Drawer 2210, Odessa TX 79760", () => expect(caughtBy("send the cheque to P.O. Drawer 2210, Odessa TX 79760", ["P.O. Drawer 2210"], APPLICATION)).toBe(true));
  it("mail payment: PO Drawer 88, Lake Charles, LA", () => expect(caughtBy("mail payment: PO Drawer 88, Lake Charles, LA", ["PO Drawer 88"], APPLICATION)).toBe(true));
  it("our billing address is P. O. Drawer 517, Jackson MS 39205", () => expect(caughtBy("our billing address is P. O. Drawer 517, Jackson MS 39205", ["P. O. Drawer 517"], APPLICATION)).toBe(true));
  it("stuur die onderdele na Posbus 1189, Worcester, 6849", () => expect(caughtBy("stuur die onderdele na Posbus 1189, Worcester, 6849", ["Posbus 1189"], APPLICATION)).toBe(true));
  it("my adres is posbus 22 Ermelo", () => expect(caughtBy("my adres is posbus 22 Ermelo", ["posbus 22"], APPLICATION)).toBe(true));
  it("Posbus 3021, Bloemfontein 9300, dankie", () => expect(caughtBy("Posbus 3021, Bloemfontein 9300, dankie", ["Posbus 3021, Bloemfontein 9300"], APPLICATION)).toBe(true));
  it("ارسل القطعة إلى ص.ب 4432 الرياض 11491", () => expect(caughtBy("ارسل القطعة إلى ص.ب 4432 الرياض 11491", ["ص.ب 4432"], APPLICATION)).toBe(true));
  it("عنواني صندوق بريد ٧٧٨٨ دبي", () => expect(caughtBy("عنواني صندوق بريد ٧٧٨٨ دبي", ["صندوق بريد ٧٧٨٨"], APPLICATION)).toBe(true));
  it("ص. ب. 1290 جدة", () => expect(caughtBy("ص. ب. 1290 جدة", ["ص. ب. 1290"], APPLICATION)).toBe(true));
  // Arabic box without its dots is not in BOX_ABROAD (missed on main too)
  it.fails("ص ب 5566 الخبر", () => expect(caughtBy("ص ب 5566 الخبر", ["ص ب 5566"], APPLICATION)).toBe(true));
  it("Packstation 118, Postnummer 482219033, 80331 München", () =>
    expect(caughtBy("Packstation 118, Postnummer 482219033, 80331 München", ["Packstation 118, Postnummer 482219033"], APPLICATION)).toBe(true));
  it("schick's an Packstation 205 in 10115 Berlin, Postnummer 1234567", () =>
    expect(caughtBy("schick's an Packstation 205 in 10115 Berlin, Postnummer 1234567", ["Packstation 205"], APPLICATION)).toBe(true));
  // Packstation: 'PostNr' abbreviation not in LOCKER_ADDRESSED/LOCKER_CUSTOMER_NUMBER (missed on main too)
  it.fails("Lieferadresse: Packstation Nr. 77, PostNr 99887766, Hamburg", () =>
    expect(caughtBy("Lieferadresse: Packstation Nr. 77, PostNr 99887766, Hamburg", ["Packstation Nr. 77, PostNr 99887766"], APPLICATION)).toBe(true),
  );
  it("bitte an meine Packstation 142 liefern, Postnummer: 556677889", () =>
    expect(caughtBy("bitte an meine Packstation 142 liefern, Postnummer: 556677889", ["Packstation 142"], APPLICATION)).toBe(true));
  it("DHL Packstation 118 Postnummer 482219033", () => expect(caughtBy("DHL Packstation 118 Postnummer 482219033", ["Packstation 118 Postnummer 482219033"], APPLICATION)).toBe(true));
  it("I'm in Ballincollig, P31 KX28, call any time after 5", () => expect(caughtBy("I'm in Ballincollig, P31 KX28, call any time after 5", ["P31 KX28"], APPLICATION)).toBe(true));
  it("my eircode is D15 A2K7", () => expect(caughtBy("my eircode is D15 A2K7", ["D15 A2K7"], APPLICATION)).toBe(true));
  it("Eircode D15 A2K7, see you Saturday", () => expect(caughtBy("Eircode D15 A2K7, see you Saturday", ["D15 A2K7"], APPLICATION)).toBe(true));
  it("drop the van to Y35 W2P4 tomorrow morning", () => expect(caughtBy("drop the van to Y35 W2P4 tomorrow morning", ["Y35 W2P4"], APPLICATION)).toBe(true));
  // LONE_EIRCODE: a lower-case word after the code ('whenever') drops it
  it.fails("pop over to R93 F6H2 whenever suits", () => expect(caughtBy("pop over to R93 F6H2 whenever suits", ["R93 F6H2"], APPLICATION)).toBe(true));
  it("just put H54 NP20 in the sat nav, we're the farm at the end", () => expect(caughtBy("just put H54 NP20 in the sat nav, we're the farm at the end", ["H54 NP20"], APPLICATION)).toBe(true));
  it("home is A92 C4D7", () => expect(caughtBy("home is A92 C4D7", ["A92 C4D7"], APPLICATION)).toBe(true));
  // LONE_EIRCODE: 'lads' after the code drops it
  it.fails("we're at T23 FV62 lads", () => expect(caughtBy("we're at T23 FV62 lads", ["T23 FV62"], APPLICATION)).toBe(true));
  // LONE_EIRCODE: 'all day' after the code drops it
  it.fails("I'm at D08VF32 all day", () => expect(caughtBy("I'm at D08VF32 all day", ["D08VF32"], APPLICATION)).toBe(true));
  it("our place is N91 P2W8, anytime Saturday", () => expect(caughtBy("our place is N91 P2W8, anytime Saturday", ["N91 P2W8"], APPLICATION)).toBe(true));
  it("My house, E32 C9R5, come whenever", () => expect(caughtBy("My house, E32 C9R5, come whenever", ["E32 C9R5"], APPLICATION)).toBe(true));
  // Irish townland rule: four parts (house name, townland, town, county) are not matched
  it.fails("we live at Rose Cottage, Carrowbeg, Westport, Co. Mayo", () =>
    expect(caughtBy("we live at Rose Cottage, Carrowbeg, Westport, Co. Mayo", ["Rose Cottage, Carrowbeg, Westport, Co. Mayo"], APPLICATION)).toBe(true),
  );
  it("my address is Carrowkeel, Ballymote, Co Sligo", () => expect(caughtBy("my address is Carrowkeel, Ballymote, Co Sligo", ["Carrowkeel, Ballymote, Co Sligo"], APPLICATION)).toBe(true));
  // Irish townland rule: 'send/post/bring it to' is no HOME_CLAIMED_AT
  it.fails("send it to Cloonfad, Ballyhaunis, Co. Roscommon", () =>
    expect(caughtBy("send it to Cloonfad, Ballyhaunis, Co. Roscommon", ["Cloonfad, Ballyhaunis, Co. Roscommon"], APPLICATION)).toBe(true),
  );
  // Irish townland rule: 'post ... out to' is no HOME_CLAIMED_AT
  it.fails("post the part out to Knockbrack, Athenry, Co. Galway", () =>
    expect(caughtBy("post the part out to Knockbrack, Athenry, Co. Galway", ["Knockbrack, Athenry, Co. Galway"], APPLICATION)).toBe(true),
  );
  // Irish townland rule: 'we're in' with three parts is not a claim
  it.fails("we're in Glenamaddy, Tuam, Co. Galway, call over after 6", () =>
    expect(caughtBy("we're in Glenamaddy, Tuam, Co. Galway, call over after 6", ["Glenamaddy, Tuam, Co. Galway"], APPLICATION)).toBe(true),
  );
  // Irish townland rule: 'call out to us at' (an object between) is no HOME_CLAIMED_AT
  it.fails("call out to us at Killeen, Louisburgh, Co. Mayo", () => expect(caughtBy("call out to us at Killeen, Louisburgh, Co. Mayo", ["Killeen, Louisburgh, Co. Mayo"], APPLICATION)).toBe(true));
  it("I'm living in Gurteen, Ballinamore, County Leitrim", () =>
    expect(caughtBy("I'm living in Gurteen, Ballinamore, County Leitrim", ["Gurteen, Ballinamore, County Leitrim"], APPLICATION)).toBe(true));
  it("Our house is at Derrylea, Clifden, Co Galway", () => expect(caughtBy("Our house is at Derrylea, Clifden, Co Galway", ["Derrylea, Clifden, Co Galway"], APPLICATION)).toBe(true));
  // Irish townland rule: lower case not matched
  it.fails("we're out at carrowbeg, westport, co mayo", () => expect(caughtBy("we're out at carrowbeg, westport, co mayo", ["carrowbeg, westport, co mayo"], APPLICATION)).toBe(true));
  // Irish townland rule: no space after 'Co.'
  it.fails("we're out at Carrowbeg, Westport, Co.Mayo", () => expect(caughtBy("we're out at Carrowbeg, Westport, Co.Mayo", ["Carrowbeg, Westport, Co.Mayo"], APPLICATION)).toBe(true));
  it("my place is the one past the church on Mill Road, come round Saturday", () =>
    expect(caughtBy("my place is the one past the church on Mill Road, come round Saturday", ["the one past the church on Mill Road"], APPLICATION)).toBe(true));
  it("we're the house after the school on Green Lane, come round", () =>
    expect(caughtBy("we're the house after the school on Green Lane, come round", ["the house after the school on Green Lane"], APPLICATION)).toBe(true));
  it("come to mine, I'm the white bungalow behind the Spar on Main Street", () =>
    expect(caughtBy("come to mine, I'm the white bungalow behind the Spar on Main Street", ["the white bungalow behind the Spar on Main Street"], APPLICATION)).toBe(true));
  it("the dealer is a rip off, come to mine instead, I'm the third house past the church on Mill Road", () =>
    expect(caughtBy("the dealer is a rip off, come to mine instead, I'm the third house past the church on Mill Road", ["the third house past the church on Mill Road"], APPLICATION)).toBe(true));
  it("forget the garage, I went and got the parts myself, I'm the house with the red door behind the Centra on Church Road", () =>
    expect(
      caughtBy(
        "forget the garage, I went and got the parts myself, I'm the house with the red door behind the Centra on Church Road",
        ["the house with the red door behind the Centra on Church Road"],
        APPLICATION,
      ),
    ).toBe(true));
  it("Home is the blue bungalow past the school on Green Lane", () =>
    expect(caughtBy("Home is the blue bungalow past the school on Green Lane", ["blue bungalow past the school on Green Lane"], APPLICATION)).toBe(true));
  it("Lidl is the landmark, we're the 2nd house after it on Bridge Street", () =>
    expect(caughtBy("Lidl is the landmark, we're the 2nd house after it on Bridge Street", ["2nd house after it on Bridge Street"], APPLICATION)).toBe(true));
  it("Dad's garage is where the car is, the house with the green door behind the church on Main St", () =>
    expect(caughtBy("Dad's garage is where the car is, the house with the green door behind the church on Main St", ["the house with the green door behind the church on Main St"], APPLICATION)).toBe(
      true,
    ));
  it("my house is the old post office behind the church on Chapel Lane", () =>
    expect(caughtBy("my house is the old post office behind the church on Chapel Lane", ["the old post office behind the church on Chapel Lane"], APPLICATION)).toBe(true));
  // 'we passed' filter, and missed on main too (creamery is no landmark)
  it.fails("we passed you on the road yesterday, we're the farmhouse after the creamery on the Ballina Road", () =>
    expect(caughtBy("we passed you on the road yesterday, we're the farmhouse after the creamery on the Ballina Road", ["the farmhouse after the creamery on the Ballina Road"], APPLICATION)).toBe(
      true,
    ),
  );
  it("I'm the yellow house opposite the school on Mill Lane, Sean is the name on the bell", () =>
    expect(caughtBy("I'm the yellow house opposite the school on Mill Lane, Sean is the name on the bell", ["the yellow house opposite the school on Mill Lane"], APPLICATION)).toBe(true));
  it("my place is the one past the church, house number 14, come round", () =>
    expect(caughtBy("my place is the one past the church, house number 14, come round", ["house number 14"], APPLICATION)).toBe(true));
  it("we're the house after the school, number 8, come round after 6", () => expect(caughtBy("we're the house after the school, number 8, come round after 6", ["number 8"], APPLICATION)).toBe(true));
  it("the breakers was no help so come to mine, the house with the blue gate behind the Texaco on Station Road", () =>
    expect(
      caughtBy(
        "the breakers was no help so come to mine, the house with the blue gate behind the Texaco on Station Road",
        ["the house with the blue gate behind the Texaco on Station Road"],
        APPLICATION,
      ),
    ).toBe(true));
  it("I went to the dealer and they were useless so come round, we're the house after the school", () =>
    expect(caughtBy("I went to the dealer and they were useless so come round, we're the house after the school", ["we're the house after the school"], APPLICATION)).toBe(true));
  it("Tom is the name on the door, we're the house after the school", () =>
    expect(caughtBy("Tom is the name on the door, we're the house after the school", ["we're the house after the school"], APPLICATION)).toBe(true));
  it("Lidl is the landmark, my house is the one after the church", () =>
    expect(caughtBy("Lidl is the landmark, my house is the one after the church", ["my house is the one after the church"], APPLICATION)).toBe(true));
  it("Sean's garage is shut so bring it to mine, the house with the blue door behind the church on Mill Road", () =>
    expect(
      caughtBy("Sean's garage is shut so bring it to mine, the house with the blue door behind the church on Mill Road", ["the house with the blue door behind the church on Mill Road"], APPLICATION),
    ).toBe(true));
  it("our house is the yard behind the pub on the Ballina Road", () =>
    expect(caughtBy("our house is the yard behind the pub on the Ballina Road", ["the yard behind the pub on the Ballina Road"], APPLICATION)).toBe(true));
  it("I passed your garage today, I'm the cottage past the church on Mill Road, pop round", () =>
    expect(caughtBy("I passed your garage today, I'm the cottage past the church on Mill Road, pop round", ["the cottage past the church on Mill Road"], APPLICATION)).toBe(true));
});
