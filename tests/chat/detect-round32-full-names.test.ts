// Round 32, issue 13, the kind "a full name (given and family name) of the writer or of someone of their party the
// reader could ask for, invoice or look up". The product owner's decision for this round: such a name is a contact
// detail with or without a place or a "find me", in every language alike, so a bare self-introduction abroad ("ik ben
// Joris van Leeuwen en ...") counts as "I'm Wendell Haskins" does in English. Read here: introductions in Latin, Greek
// and Cyrillic script (introductions-abroad.ts), a title and a full name, a document made out to a name abroad and
// "sign the report as", a name spelled letter by letter, a family and a given name said by their labels abroad
// (party-names.ts), a name opening the message with "ask for me" abroad (phrases.ts). First names alone, famous people,
// makes and parts named after people, authors of public work, the reader greeted or thanked by name, a title with a
// surname alone and words these languages capitalise stay innocent. Every sentence was written for this file; one `it`
// per sentence, as the application runs.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const ATTACKS: [string, string][] = [
  // English: titles, "sign ... as", spelled names
  ["Please hand the keys to Mrs. Harriet Okonkwo-Lind, she's collecting the Yaris on Friday", "Harriet Okonkwo-Lind"],
  ["Dr. Anselm Kowalczyk will bring the van in, he's my business partner", "Anselm Kowalczyk"],
  ["Rev. Thaddeus Mbeki here, the church bus needs brakes", "Thaddeus Mbeki"],
  ["Mr Lorcan O'Sullivan is picking it up after work", "Lorcan O'Sullivan"],
  ["sign the inspection sheet as Marguerite Castellane please", "Marguerite Castellane"],
  ["sign the form off as Dmitri Arkhipov, he's the registered keeper", "Dmitri Arkhipov"],
  ["G-R-E-T-A  L-I-N-D-Q-V-I-S-T", "G-R-E-T-A  L-I-N-D-Q-V-I-S-T"],
  ["T-A-N-I-S-H-A  O-D-U-Y-A, that's me", "T-A-N-I-S-H-A  O-D-U-Y-A"],
  // French
  ["Je m'appelle Anaïs Leclercq-Morel et la Twingo fait un bruit", "Anaïs Leclercq-Morel"],
  ["Faites le devis au nom de Bertrand Vasseur, c'est mon beau-père", "Bertrand Vasseur"],
  ["Bonjour, ici c'est Maxime Duchamp, pour la Clio", "Maxime Duchamp"],
  ["M. Gaspard Lemoine passera chercher la voiture", "Gaspard Lemoine"],
  ["Mme Solène Caradec viendra récupérer la 208", "Solène Caradec"],
  // Spanish
  ["Hola, soy Ignacio Berenguer y tengo un Ibiza con ruido", "Ignacio Berenguer"],
  ["Haga la factura a nombre de Rocío Valdivieso Prats", "Rocío Valdivieso Prats"],
  ["La Sra. Remedios Aguirre pasará a recoger el coche", "Remedios Aguirre"],
  ["me llamo Iker y mi apellido es Zubizarreta", "Zubizarreta"],
  ["Pilar Echenique, pregunten por mí en el mostrador", "Pilar Echenique"],
  // Portuguese
  ["Olá, sou Gustavo Pimentel, o carro é um Gol", "Gustavo Pimentel"],
  ["A nota fiscal em nome de Letícia Brandão, por favor", "Letícia Brandão"],
  ["Aqui é a Fernanda Queiroz, do Onix branco", "Fernanda Queiroz"],
  // German and Swiss German
  ["Ich heiße Friederike Oberländer und mein Polo klappert", "Friederike Oberländer"],
  ["Die Rechnung bitte auf Konstantin Wehrle ausstellen", "Konstantin Wehrle"],
  ["Frau Dr. Ulrike Hasenkamp holt den Wagen ab", "Ulrike Hasenkamp"],
  ["Nachname ist Schwarzenegger-Pohl, Vorname Till", "Schwarzenegger-Pohl"],
  ["S isch de Urs Zwahlen, wäge em Golf", "Urs Zwahlen"],
  // Italian
  ["Ciao, sono Beatrice Lanfranchi, ho la Panda in officina da voi", "Beatrice Lanfranchi"],
  ["Fattura intestata a Gianluca Sperandio, grazie", "Gianluca Sperandio"],
  ["Il cognome è Dall'Olio, il nome Ettore", "Dall'Olio"],
  ["Sig.ra Donatella Rinaldi ritira l'auto domani", "Donatella Rinaldi"],
  ["Luca Ferraresi, chiedete di me in accettazione", "Luca Ferraresi"],
  // Dutch
  ["Hoi, ik ben Joris van Leeuwen en de Golf lekt olie", "Joris van Leeuwen"],
  ["Zet de factuur op naam van Marieke Hoogendijk", "Marieke Hoogendijk"],
  ["Mijn achternaam is Van der Berghe, voornaam Wouter", "Van der Berghe"],
  // Polish, Czech, Romanian
  ["Dzień dobry, nazywam się Bartłomiej Sadowski, chodzi o Astrę", "Bartłomiej Sadowski"],
  ["Pan Zdzisław Kaczmarek odbierze auto w piątek", "Zdzisław Kaczmarek"],
  ["fakturę proszę wystawić na Jadwiga Nowicka-Lis", "Jadwiga Nowicka-Lis"],
  ["Dobrý den, jmenuji se Radek Procházka, mám Octavii", "Radek Procházka"],
  ["Ing. Miroslav Kučera, Pardubice", "Miroslav Kučera"],
  ["Bună ziua, mă numesc Mihai Dumitrescu, am un Logan", "Mihai Dumitrescu"],
  // Turkish, Indonesian
  ["Merhaba usta, ben Oğuzhan Kılıçarslan, Fiat Egea için yazıyorum", "Oğuzhan Kılıçarslan"],
  ["faturayı Selin Arıkan adına kesebilir misiniz", "Selin Arıkan"],
  ["Selamat pagi, nama saya Dewi Lestari Puspita, mobil saya Avanza", "Dewi Lestari Puspita"],
  ["Kuitansi atas nama Bapak Hendra Wijaya ya", "Hendra Wijaya"],
  // Scandinavian
  ["Hej, jag heter Ingrid Bergqvist och har en Volvo V70", "Ingrid Bergqvist"],
  ["Jeg heter Sindre Haugland, bilen er en Passat", "Sindre Haugland"],
  // someone the reader is sent to, or who did the work; a titled name signed
  ["the guy you want is Ruairi Donnelly, he does gearboxes on weekends", "Ruairi Donnelly"],
  ["the brake job was done by Marisol Estrada-Vega, ask for her", "Marisol Estrada-Vega"],
  ["el diagnóstico fue hecho por Andrés Villalobos, pregunta por él", "Andrés Villalobos"],
  ["Engr. Chukwuemeka Obi here, I own the Hilux", "Chukwuemeka Obi"],
  ["Quedo pendiente. Saludos cordiales, Lic. Mariana Treviño", "Mariana Treviño"],
  // Greek and Cyrillic script
  ["Με λένε Σταύρος Αλεξίου, για το Yaris", "Σταύρος Αλεξίου"],
  ["Здравствуйте, меня зовут Алексей Смирнов, по поводу Соляриса", "Алексей Смирнов"],
  ["Мене звати Оксана Коваленко, у мене Ланос", "Оксана Коваленко"],
];

const INNOCENTS: string[] = [
  // first names alone
  "Hi Sam, is the car ready?",
  "I'm Jonas, the one with the grey Golf",
  "Soy Marta, la del Seat León rojo",
  "Je m'appelle Éloïse, c'est pour le contrôle technique",
  "Ich bin Jonas und fahre einen Golf",
  "Sono Marco, quello della Punto",
  "Με λένε Γιώργο, για το Corolla",
  "Меня зовут Сергей, машина Лада Гранта",
  "Soy Juan Carlos, el del Corolla gris",
  // famous people, makes and brands made of names
  "Enzo Ferrari would be ashamed of this gearbox",
  "Ayrton Senna drove one of these, still love it",
  "The Harley-Davidson needs a new stator",
  "Is a Rolls-Royce Silver Shadow expensive to service?",
  "Aston Martin Vantage or Porsche Cayman, which is cheaper to run?",
  "Chevrolet Silverado brake lines are rusted through",
  "Sir Stirling Moss raced one of these in the fifties",
  "Dr. Ferdinand Porsche designed the original Beetle",
  "Ich bin Porsche Fan, aber das Budget ist klein",
  "Ik ben fan van Max Verstappen, maar mijn auto is een Fiat",
  "Tu Renault Clio tiene la correa gastada",
  "le gomme sono Pirelli Cinturato, ancora buone",
  "Mr. Lube did my last oil change",
  // authors of public work
  "ChrisFix has a video on this and Eric Obrien says the same in his tutorial",
  "The video from Dr. Gregory Hale on YouTube explains the EGR cleaning",
  // parts named after people
  "The Bendix drive on the starter is stuck",
  "McPherson strut mounts are knocking on the left side",
  "Is it the Haldex coupling or the Torsen diff?",
  "Weber carbs on a Fiat 124 are fiddly to balance",
  "Bosch or Denso for the plugs?",
  // a street named after a person, no address
  "I drove down George Washington Avenue and the noise started",
  // the reader greeted or thanked by name, a title with a surname alone
  "Dear Mrs Eleanor Pham, your car is ready for collection",
  "Thank you Dr. Amara Nwosu for the quick diagnosis!",
  "Hallo Herr Tobias Krämer, das Auto ist fertig",
  "Sehr geehrte Frau Annette Vogler, anbei das Angebot",
  "Buongiorno Sig. Mario Rossi, la macchina è pronta",
  "Mr. Patel next door has the same Corolla",
  "El señor Ramírez del taller me lo recomendó",
  "Herr Becker aus der Werkstatt meinte, die Bremsen halten noch",
  // third parties with a title, not of the writer's party; no name after a lead
  "Our family doctor, Dr. Hannah Whitcombe, says I can drive again next week",
  "The insurer's assessor, Mr. Arjun Mehta, signed the claim form yesterday",
  "the one you want is the Bosch Platinum plug",
  "It got done by Friday, thanks",
  "the guy you want is on the app, just book him here",
  "Soy de Valencia y el coche es un Ibiza",
  "Oi, aqui é o Renato do Gol prata, a bateria arriou",
  // negations and idioms
  "Non, je ne m'appelle pas Julien Moreau, c'est une erreur de réservation",
  "Mein Name ist Hase, ich weiß von nichts",
  // places and capitals
  "Saludos desde Sevilla, el coche sigue igual",
  "Groeten uit Utrecht, de auto doet het weer",
  "BRAKE PADS",
  "CHECK ENGINE LIGHT AGAIN",
  // a label with no name, a family name's label with no given name
  "Il mio cognome è sulla prenotazione, il nome anche",
  "Mettez la facture au nom de la société, s'il vous plaît",
];

describe("round 32, full names of the writer's party: attacks (masked)", () => {
  for (const [text, secret] of ATTACKS) it(text, () => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 32, full names of the writer's party: innocents (first names, famous names, makes, parts, the reader)", () => {
  for (const text of INNOCENTS) it(text, () => expect(flaggedBy(text)).toBe(false));
});

// An introduction frame under negation or comparison is no self-introduction (round 32's blind review): the writer says
// they are not someone, or are like someone (often a famous driver, joking), in every language the introductions read
// (other-languages.ts, `posedAs`). The names here are made up, so no list of famous people keeps them clean.
const POSED_INNOCENTS: string[] = [
  // English
  "as if I'm Brennan Holloway or something, I just need an oil change",
  "Who do you think I am, Brennan Holloway? I can't rebuild a gearbox",
  "I'm no Brennan Holloway but the clutch is definitely slipping",
  "I drive like Brennan Holloway apparently, the rear tyres are bald",
  // Tagalog
  "hindi ako si Ramoncito Buenaventura, pero kaya ko magpalit ng gulong",
  "hindi naman ako si Ramoncito Buenaventura, ordinaryong driver lang ako",
  "di ako si Ramoncito Buenaventura ha, gusto ko lang ng change oil",
  "parang ako si Ramoncito Buenaventura sa kalsada kaya pudpod na ang gulong",
  "akala mo ako si Ramoncito Buenaventura, eh pang-grocery lang ang kotse ko",
  // Spanish
  "tampoco soy Gonzalo Ibarrondo, solo quiero cambiar el aceite",
  "¿acaso soy Gonzalo Ibarrondo? solo necesito las pastillas",
  // Portuguese
  "não sou Anderson Figueiredo, dirijo devagar, mas o freio range",
  "eu não sou Anderson Figueiredo mas a embreagem está patinando",
  "nem sou Anderson Figueiredo, só quero trocar o óleo",
  "não me chamo Anderson Figueiredo, esse era o dono anterior",
  // Italian
  "non mi chiamo Ottavio Brambilla, era il proprietario precedente",
  // Polish
  "nie jestem Wiesław Grabowiecki, jeżdżę spokojnie, ale hamulce piszczą",
  "nie nazywam się Wiesław Grabowiecki, to poprzedni właściciel auta",
  // Turkish
  "merhaba, ben Orhan Kalkavanoğlu değilim, aracım ses yapıyor",
  "benim adım Orhan Kalkavanoğlu değil, o önceki sahibi",
  // Indonesian
  "kayak saya Bambang Suryawinata aja, padahal cuma mau ganti oli",
  "emangnya saya Bambang Suryawinata? saya cuma mau servis rem",
  // Dutch (comparison), Vietnamese
  "ik rij als Joost Brinkhorst volgens mijn vrouw, de banden zijn op",
  "tôi không phải là Trần Quốc Vượng, chỉ muốn thay dầu thôi",
  // the negations the introductions already read, kept here with the class
  "Relax, I'm not exactly Brennan Holloway here, just a rattling exhaust",
  "yo no soy Gonzalo Ibarrondo, pero el embrague patina",
  "je ne suis pas Thibault Marchandeau, je roule doucement, mais les freins grincent",
  "j'suis pas Thibault Marchandeau mais la boîte craque",
  "ich bin kein Torben Mahlstedt, aber die Kupplung rutscht",
  "ik ben geen Joost Brinkhorst maar de koppeling slipt",
  "io non sono Ottavio Brambilla, ma la frizione slitta",
  "saya bukan Bambang Suryawinata, saya nyetir pelan tapi remnya bunyi",
  "mimi si Baraka Mwakilema, naendesha polepole lakini breki zinalia",
  "main Rakesh Chaturvedi nahi hoon, dheere chalata hoon par brake awaaz karte hain",
  // comparisons
  "conduzco como Gonzalo Ibarrondo según mi mujer, las ruedas están gastadas",
  "je conduis comme Thibault Marchandeau, les pneus sont usés",
  "jeżdżę jak Wiesław Grabowiecki, opony są łyse",
  "gaya saya Bambang Suryawinata, ngebut terus, kampasnya habis",
];

// A negation elsewhere in the message or its sentence leaves a self-introduction a contact detail.
const POSED_ATTACKS: [string, string][] = [
  ["I'm not available Monday. I'm Brennan Holloway, ask for me at the desk", "Brennan Holloway"],
  ["I'm not at the shop today, I'm Brennan Holloway, ask for me", "Brennan Holloway"],
  ["hindi pa tapos ang kotse? ako si Ramoncito Buenaventura, hanapin mo ako sa FB", "Ramoncito Buenaventura"],
  ["não estou na oficina hoje, sou Anderson Figueiredo, pergunte por mim", "Anderson Figueiredo"],
  ["nie ma mnie dziś w warsztacie, jestem Wiesław Grabowiecki, zapytaj o mnie", "Wiesław Grabowiecki"],
  ["Ik ben er niet vandaag, ik ben Joost Brinkhorst, vraag naar mij", "Joost Brinkhorst"],
  ["ich bin nicht da, ich bin Torben Mahlstedt, fragen Sie nach mir", "Torben Mahlstedt"],
  ["tak bisa hari ini, saya Bambang Suryawinata, cari saya di FB", "Bambang Suryawinata"],
  ["such mich als Torben Mahlstedt auf Facebook", "Torben Mahlstedt"],
];

describe("round 32, full names: an introduction denied or likened is none (innocents)", () => {
  for (const text of POSED_INNOCENTS) it(text, () => expect(flaggedBy(text)).toBe(false));
});

describe("round 32, full names: a negation elsewhere leaves the introduction caught (attacks, masked)", () => {
  for (const [text, secret] of POSED_ATTACKS) it(text, () => expect(caughtBy(text, [secret])).toBe(true));
});
