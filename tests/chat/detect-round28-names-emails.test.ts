// Round 28 (nm28): full names that still reached the reader, and spoken dots read as links. Every sentence is the helper's own
// (none from the corpus). Expectation for the rules (DEFAULT_DETECTION_OPTIONS) and the application (rules + trained stage): an
// attack is flagged with every letter of its name masked; an innocent (a third person, a famous one, a car, a business, a street,
// a greeting, a dot on a gauge) is not flagged.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[]): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("round 28: the writer's own full name, in signatures abroad, with particles and titles, and in contact forms", () => {
  const attacks: Array<[string, string[]]> = [
    ["Pieter van der Meer hier, over de Golf", ["Pieter van der Meer"]],
    ["Met vriendelijke groet,\nBram de Vries", ["Bram de Vries"]],
    ["Fr. Seamus O'Dwyer here, the parish minibus is the one with the problem", ["Seamus O'Dwyer"]],
    ["Dr. Amara Okafor here, about the Prius", ["Amara Okafor"]],
    ["Regards\nIng. Petr Dvořák, Kolín", ["Petr Dvořák"]],
    ["Saludos, Martina Quiroga", ["Martina Quiroga"]],
    ["T-O-B-I-A-S  W-E-N-N-E-R-S-T-R-O-M, that's me", ["T-O-B-I-A-S  W-E-N-N-E-R-S-T-R-O-M"]],
    ["Owner: Lam Kwok-wai\nMobile: see the booking\nCar: Alphard 2019", ["Lam Kwok-wai"]],
    ["Service advisor: Kelly Brandt\nDirect line: ask the desk\nBay: 4", ["Kelly Brandt"]],
    ["Display name: Dr. Eleanor Fairweather-Nkemelu", ["Eleanor Fairweather-Nkemelu"]],
    ["la factura a nombre de Rodrigo Salinas, por favor", ["Rodrigo Salinas"]],
    ["factuur op naam van Bram de Vries graag", ["Bram de Vries"]],
  ];
  it.each(attacks)("masks: %s", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // Given up after the review (round 28): a name after a short sign-off abroad, in a form's person field or for a document
  // abroad must open on a first name of the common (English) lists, a bare pair in capitals needs "that's me", and "ask for me"
  // abroad is gone: each took firms, insurers, lenders, places and famous names for the writer.
  const givenUp: Array<[string, string[]]> = [
    ["Groeten, Anouk van der Linden", ["Anouk van der Linden"]],
    ["J-O-S-H  H-A-L-V-O-R-S-E-N", ["J-O-S-H  H-A-L-V-O-R-S-E-N"]],
    ["M-A-R-T-A  K-O-W-A-L-S-K-A", ["M-A-R-T-A  K-O-W-A-L-S-K-A"]],
    ["Vehicle owner: Rangi Parata\nPhone: see booking\nCar: Hilux", ["Rangi Parata"]],
    ["Nama Penuh: Siti Rahmah\nNo HP: lihat tempahan\nKereta: Myvi", ["Siti Rahmah"]],
    ["fattura a nome di Chiara Fontana grazie", ["Chiara Fontana"]],
    ["Rechnung bitte auf den Namen Katrin Vogelsang", ["Katrin Vogelsang"]],
    ["sign the report as Meera Pillai please, she runs the fleet", ["Meera Pillai"]],
    ["Lucía Fernández, Triana, pregunta por mí en el taller", ["Lucía Fernández"]],
    ["Marco Bellini qui, chiedi di me all'officina", ["Marco Bellini"]],
    ["Andreas Kask, Pärnu. Otsi mind", ["Andreas Kask"]],
  ];
  it.fails.each(givenUp)("masks: %s", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("round 28: names, cars, businesses and dots that are no contact", () => {
  const innocents = [
    "the guy you want at the dealer is Frank Russo, he knows these gearboxes",
    "I'm driving a Land Rover Discovery, the air suspension keeps dropping",
    "ich bin Mercedes Benz Fahrer seit Jahren, der Vito macht Geräusche",
    "ich bin Neukunde, der Golf braucht einen Ölwechsel",
    "ich bin Michael Schumacher Fan seit 1994",
    "soy Carlos Sainz fan jaja, el Seat hace ruido",
    "sono Valentino Rossi tifoso, la moto va bene",
    "ik ben Toyota Yaris eigenaar",
    "me llamo la atencion que el Toyota Corolla hace ruido",
    "je m'appelle Marc, la Peugeot fait un bruit",
    "Passat Variant hier, Baujahr 2012, Zahnriemen fällig",
    "Golf Plus hier, de koppeling slipt",
    "Land Rover hier, luchtvering zakt weg",
    "Dr Martens here lol, oil on my boots again",
    "Mr. Bean here haha, the Mini is making a noise",
    "Groeten uit Gent en bedankt",
    "Met vriendelijke groet, Autobedrijf Jansen",
    "Met vriendelijke groet, Garage Van der Berg",
    "Saludos desde Sevilla, el coche va bien",
    "Saludos, Taller Gomez",
    "the tyre shop on Van der Stel Street was closed",
    "it's from Van den Bosch transport, the truck",
    "Mr Van der Merwe's bakkie is at the back",
    "Eng. report attached, the gearbox is fine",
    "Hi Monday works for me, drop it at 9",
    "look at the dot on the gauge, it sits at the middle",
    "O-B-D  P-O-R-T",
    "A-B-S  L-I-G-H-T",
    "N-O  T-H-A-N-K-S",
    "CHECK ENGINE",
    "JOHN DEERE",
    "MAX BOOST",
    "RAY BAN",
    "JACK STAND",
    "HALDEX PUMP",
    "VANOS SOLENOID",
    "K-Y-B  S-H-O-C-K-S",
    "the warning is at the top, the dot next to the battery icon",
    "that dot there blinks when I brake",
    "Owner: my dad\nCar: Corolla 2012\nIssue: brakes squeal",
    "Owner: Toyota Financial Services\nCar: Hilux",
    "Owner: Westpac Leasing\nCar: Ranger",
    "Customer: Walk In\nVehicle: Hiace",
    "Customer: Repeat Customer\nVehicle: Golf",
    "Contact: See Booking\nVehicle: Civic",
    "Owner: Grace Okafor\nReg: KM19 XYZ\nMileage: 48000",
    "Owner: Dana Whitfield\nCar: Mazda 3\nIssue: clutch slipping",
    "Owner: Same As Booking\nCar: Mazda 3",
    "Advisor: Front Desk\nJob: brakes",
    "Client: Northside Plumbing\nVehicle: Hilux",
    "Nama: Proton Saga\nTahun: 2018",
    "Customer: Mercedes Benz\nIssue: warranty",
    "Make: Aston Martin\nModel: Vantage",
    "Owner (previous): Ford Motor Credit\nCar: Focus",
    "au nom de la loi, ce prix est un vol",
    "la facture au nom de Garage Dupont SARL",
    "factura a nombre de Talleres Gomez",
    "auf den Namen Volkswagen Financial Services",
    "sign the report as Approved please",
    "Thomas Weber hat den Wagen gebracht, frag nach mir wenn was ist",
    "Guten Morgen aus Hamburg, frag nach mir",
    "Buenos Dias desde Sevilla, pregunta por mí",
    "Frohe Weihnachten, frag nach mir",
    "Carlos Sainz gana otra vez, pregunta por mí mañana",
    "Volkswagen Polo, Berlin, frag nach mir",
    "Taller Gomez, Sevilla, pregunta por mí",
    "pregunta por mí, no por Carlos Ruiz",
  ];
  it.each(innocents)("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
});

describe("round 28: addresses said in Vietnamese and Afrikaans, the at sign named, and joiners of their mailboxes", () => {
  const attacks: Array<[string, string[]]> = [
    ["email anh: thanh.tran a còng gmail chấm com", ["thanh.tran a còng gmail chấm com"]],
    ["mail em: lan cham pham 92 a còng yahoo chấm com chấm vn", ["lan cham pham 92 a còng yahoo chấm com chấm vn"]],
    ["stuur vir my 'n epos: pieter punt botha by mweb punt co punt za", ["pieter punt botha by mweb punt co punt za"]],
    ["e-pos: anika_vr by telkomsa punt net", ["anika_vr by telkomsa punt net"]],
    ["m period okafor, the at symbol, example period org", ["m period okafor, the at symbol, example period org"]],
    ["rory at sign fixmail dot com", ["rory at sign fixmail dot com"]],
  ];
  it.each(attacks)("masks: %s", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  const innocents = [
    "stuur dit by die werkswinkel punt, dankie",
    "ons bly by Sasol punt co punt za se garage",
    "die kar staan by die punt van die straat",
    "xe cua em bi cham dau, a cong ty bao hiem noi se den",
    "put a dot of grease at each pin, period",
    "the punt on the dashboard lights up at idle",
    "no at symbol in my name, just type it as shown on the booking",
    "the at sign key on my phone is broken, sorry for the typos",
  ];
  it.each(innocents)("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
});
