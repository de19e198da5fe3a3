// Round 31, issue 13, the kind "the sender's own full name given so the other party can find them elsewhere":
// self-introductions, sign-offs and "X Y here" in the marketplace's other languages, read with no further cue as the
// English ones are (detection/introductions-abroad.ts). A first name alone, a third party's name, a make that looks
// like a name, a brand, a place after "ich bin in" / "je suis à", a greeting to the reader and words these languages
// capitalise stay innocent. Every sentence was written for this file; one `it` per sentence, as the application runs.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const ATTACKS: [string, string][] = [
  ["Je m'appelle Geneviève Beaulieu-Ricard, pour la Clio.", "Beaulieu-Ricard"],
  ["Bonjour, je m'appelle Thierry Lamarque et j'ai besoin d'une vidange.", "Lamarque"],
  ["Moi c'est Océane Marchetti, la 308 grise.", "Marchetti"],
  ["Je suis Étienne Roussel, le propriétaire du Kangoo.", "Roussel"],
  ["Me llamo Rodrigo Salinas Ortega y tengo un Corolla.", "Salinas"],
  ["Hola, soy Ana Belén de la Fuente, la del Ibiza rojo.", "Fuente"],
  ["Mi nombre es Joaquín Ibarra, para el presupuesto.", "Ibarra"],
  ["Olá, me chamo Thiago Nascimento, o Gol prata.", "Nascimento"],
  ["Sou Mariana Figueiredo, do Onix branco.", "Figueiredo"],
  ["Ciao, mi chiamo Lorenzo Bellandi, per la Panda.", "Bellandi"],
  ["Sono Giulia Ferraresi, quella della Ypsilon.", "Ferraresi"],
  ["Ich bin Jonas Schneider, Kfz-Meister aus Köln.", "Schneider"],
  ["Hallo, ich heiße Katrin Vogelsang, wegen dem Golf.", "Vogelsang"],
  ["Mein Name ist Dietmar Habermann und der Passat ruckelt.", "Habermann"],
  ["Hoi, ik ben Sanne van der Linden, van de Polo.", "Linden"],
  ["Ik heet Bram de Wit, de Yaris met de kras.", "Wit"],
  ["Mijn naam is Joost Verhoeven, de Astra.", "Verhoeven"],
  ["Dzień dobry, nazywam się Paweł Wiśniewski, chodzi o Octavię.", "Wi"],
  ["Jestem Agnieszka Zielińska, mam Corsę.", "Zieli"],
  ["Mam na imię Tomasz Grabowski, auto to Astra.", "Grabowski"],
  ["ben Serkan Aydoğan, Mercedes Vito için yazıyorum", "Aydo"],
  ["Merhaba, benim adım Elif Karaca, Clio için yazıyorum.", "Karaca"],
  ["Halo, nama saya Budi Santoso, mobil Avanza saya bermasalah.", "Santoso"],
  ["Saya Siti Rahmawati, yang punya Brio merah.", "Rahmawati"],
  ["Namaste, mera naam Rohit Malhotra hai, Swift ke liye.", "Malhotra"],
  ["main Rahul Sharma hoon, Alto wala.", "Sharma"],
  ["Magandang araw, ako si Jericho Villanueva, yung Vios.", "Villanueva"],
  ["Chào anh, tôi là Nguyễn Văn Thành, xe Vios.", "Thành"],
  ["Tên tôi là Trần Thị Mai, xe Morning.", "Mai"],
  ["Bună ziua, mă numesc Ion Ceban, pentru Logan.", "Ceban"],
  ["Groeten, Sanne van der Linden", "Linden"],
  ["Bedankt voor de offerte.\nMet vriendelijke groet,\nPieter de Vries", "Vries"],
  ["Gracias por todo.\nSaludos, Ana Belén Ruiz", "Ruiz"],
  ["Obrigado pelo orçamento.\nAbraços, Thiago Nascimento", "Nascimento"],
  ["Merci pour le devis.\nCordialement, Hélène Garnier", "Garnier"],
  ["Teşekkürler.\nSaygılarımla, Mehmet Yıldırım", "Yıldırım"],
  ["Vielen Dank.\nLiebe Grüße, Kerstin Albrecht", "Albrecht"],
  ["Pieter van den Berg hier, ik sta in het telefoonboek", "Berg"],
  ["Jean-Marc Leroy ici, pour la Mégane.", "Leroy"],
  ["Marco Bellini qui, per la Punto che perde olio.", "Bellini"],
  ["Hallo zusammen, ich bin Lukas Brandstätter und der Caddy springt nicht an.", "Brandst"],
];

const INNOCENTS: string[] = [
  "Groeten, Sanne",
  "Je m'appelle Sophie, c'est pour la Clio.",
  "Ich bin Jonas, der mit dem Golf.",
  "Soy Carlos, el del Corolla.",
  "Ich bin in Berlin bis Freitag.",
  "Je suis à Lyon demain, je passe au garage.",
  "Estoy en Buenos Aires, soy de Córdoba.",
  "Ich bin Montag Abend da.",
  "Ich bin Neukunde hier.",
  "Ich bin Mercedes Benz Fahrer seit Jahren.",
  "Je suis Renault Clio depuis dix ans, bonne voiture.",
  "Sono Alfa Romeo da sempre.",
  "Soy Aston Martin fan desde niño.",
  "Hi Jürgen Hoffmann, thanks for the quote.",
  "Hallo Jürgen Hoffmann, danke für das Angebot.",
  "Saludos, Juan Pérez\n¿cuánto cuesta el cambio de aceite?",
  "Bonjour Marie Dupont, merci pour le devis.",
  "El mecánico que me asignaron se llama Pedro Gómez, muy amable.",
  "Der vorherige Mechaniker hieß Klaus Becker.",
  "Mi piace Enzo Ferrari, un genio.",
  "Ik ben fan van Max Verstappen.",
  "Ben Carter here, just a first name question about the brakes.",
  "Ben Stokes hit a six and my windscreen cracked, lol.",
  "Saya di Jakarta Selatan, bengkel dekat rumah.",
  "main street is closed, I'll be late",
  "Sono in Via Garibaldi, vicino al benzinaio.",
  "Ich bin bei Halfords gewesen, die wollten 300 Euro.",
  "Je suis passé chez Norauto ce matin.",
  "Je ne suis pas Marc Dubois, c'est mon frère qui a réservé.",
  "Groeten uit Amsterdam",
  "Saludos desde Valencia",
  "Met vriendelijke groet,\nTeam Klantenservice",
  "Soy Ford de toda la vida.",
  "Sou Peugeot, não troco.",
  "Sono Bosch le candele, vero?",
  "Rotterdam Zuid hier, ik wacht bij de ingang.",
  "Ich bin Lewis Hamilton Fan, aber egal.",
  "Estoy buscando un taller en San Sebastián.",
  "Ben yarın geliyorum, Clio için.",
  "Merhaba usta, ben Serkan, Vito için yazıyorum.",
  "Tôi là khách, xe Vios bị kêu.",
  "Saya Toyota Avanza punya, remnya bunyi.",
];

describe("round 31, full names abroad: attacks (the sender's own full name, masked)", () => {
  for (const [text, secret] of ATTACKS) it(text, () => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 31, full names abroad: innocents (first names, third parties, makes, places, greetings)", () => {
  for (const text of INNOCENTS) it(text, () => expect(flaggedBy(text)).toBe(false));
});
