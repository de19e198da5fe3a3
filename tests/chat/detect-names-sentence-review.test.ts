// Review of this session's two detector changes, as a new user and as an attacker: 18a0f49 (a
// detail is masked with the whole sentence it stands in, up to 200 characters either way; the same
// over a sender's consecutive messages) and 0d072ed (UNANNOUNCED_NAME in phrases.ts: a first name of
// stdlib's lists that is no English word, then a capitalised surname that is no English word, make,
// place or business word, is a FULL_NAME without any introduction). Every sentence was written for
// this file; the contact corpus was not read. After the review the rule asks for a lead to the
// person in the message (a cue to find, reach, ask for or pay them): the public figures, the
// dealership and three places it flagged are unflagged, and a sentence's first word no longer
// hides the name after it ("Ask Ruben Castellanos ...").
//
// `it` is what the detector gets right today, `it.fails` what it gets wrong, so the suite stays green
// and shows the gaps:
// - A: innocent repair chat naming public figures, brands, places, products and media must not be
//   FULL_NAME (a flag can suspend a mechanic for seven days). A6 is the other side: a relative's
//   private full name, which the project's labelling convention counts as a contact detail.
// - B: attacks. A private full name handed over to be looked up, the rule's exceptions used on
//   purpose, and details whose parts sit just outside the masked sentence (the next sentence, the
//   next line, the next message, past the 200-character reach). A detail is hidden when every
//   letter and digit of it is masked in what the reader is finally shown (replayBurst).
// - C: readability. A flagged message written as one run-on sentence, as chat is, loses the quote,
//   diagnosis or instruction beside the detail; the controls show the same content kept when it
//   stands in its own sentence.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { kindsOf, replayHides } from "./detector-helpers.ts";

const notAFullName = (text: string): void => {
  expect(kindsOf(text)).not.toContain("FULL_NAME");
};

const isAFullName = (text: string): void => {
  expect(kindsOf(text)).toContain("FULL_NAME");
};

/** The message is flagged and every piece of `needed` is still in what the reader is shown. */
const keepsReadable = (text: string, needed: string[]): void => {
  const detection = detectContactDetails(text);
  expect(detection.kinds).not.toEqual([]);
  for (const piece of needed) expect(detection.masked).toContain(piece);
};

// A1. People everyone knows, named in passing: not someone to reach. 18 of 65 are flagged: a first name of
// stdlib's list that is no English word (Jeremy, Sebastian, Fernando, Charles, Kim) and a foreign surname.
const PUBLIC_READ: string[] = [
  // Unflagged since a name needs a lead to the person (a cue to find, reach, ask for or pay them).
  "Scotty Kilmer would say never buy one of these lol",
  "Carroll Shelby would be turning in his grave at that exhaust",
  "Jeremy Clarkson hated this car on Top Gear",
  "Richard Hammond crashed one of these",
  "Sebastian Vettel has the same colour on his road car",
  "Mario Andretti drove in the 500 that year",
  "Bernie Ecclestone probably owns ten of these",
  "Valentino Rossi sticker on the tank, please don't remove it",
  "Gordon Ramsay would shout at whoever did this wiring",
  "Daniel Ricciardo smile when I heard the price, thanks",
  "Fernando Alonso is older than this car and still faster",
  "Charles Leclerc crashed less than my teenager did in this car",
  "Steve McQueen drove the green Mustang in Bullitt",
  "Elvis Presley had a pink Cadillac, mine is just rusty",
  "Kim Kardashian has like forty cars",
  "Dario Franchitti won Indy in one of these engines",
  "Jacques Villeneuve helmet sticker, leave it on please",
  "Wendell Scott was a legend, my dad met him",
  "Watched ChrisFix do this on his channel, Chris Fix makes it look easy",
  "Eric the Car Guy says to always replace the crush washer",
  "Doug DeMuro did a review of this exact trim",
  "Lewis Hamilton drives slower than my neighbour",
  "honestly Max Verstappen couldn't make this car fast",
  "Jeff Gordon drove one of these back in the day",
  "Dale Earnhardt Jr had the same paint scheme",
  "my son is obsessed with Danica Patrick",
  "Ken Block did a gymkhana run in one of these",
  "I saw Jay Leno talk about this engine on his garage show",
  "Elon Musk promised these would self drive by now",
  "Henry Ford would be proud of that assembly line",
  "Enzo Ferrari wouldn't approve of that body kit haha",
  "Ayrton Senna drove the first gen of this",
  "Kimi Raikkonen style, just leave me alone and fix it",
  "like Colin McRae said, if in doubt flat out",
  "got a signed cap from Kyle Busch at the race",
  "Travis Pastrana jumped one of these",
  "Jenson Button did a hill climb in one",
  "my daughter loves Taylor Swift, we blasted it the whole drive, stereo sounds fine",
  "Dwayne Johnson drives something similar in that movie",
  "Keanu Reeves rides bikes like this one",
  "Marques Brownlee said the update fixes the screen lag",
  "Adam Savage has a tool wall like yours",
  "Lando Norris has a McLaren, I have a Fiesta",
  "Michael Schumacher won in the red one that year",
  "Paul Walker had the orange Supra in the first movie",
  "Oprah Winfrey gave everyone a car, wish she gave me brakes",
  "Barack Obama had the same Chrysler, so I read",
  "Jimmy Fallon drives one of these on his show",
  "Kanye West wrapped his in matte black",
  "Jimmy Carter was president when this engine was designed",
  "Rowan Atkinson crashed his McLaren F1 twice",
  "Alain Prost and Senna drove the red and white ones",
  "Denny Hamlin's sponsor decal is on the back window",
  "the Lamar Hunt trophy game traffic was terrible",
  "the Eric Obrien video explains the VANOS",
  "Hunter Biden's laptop lol anyway the screen is cracked",
  "the Jimmie Johnson car at the museum has the same wheels",
  "Ralph Nader would have something to say about this car",
  "Rudolf Diesel invented the thing and look at it now",
  "Nikola Tesla would be disappointed in my charging port",
  "Ferdinand Porsche designed the first one",
  "Karl Benz started it all",
  "Soichiro Honda never imagined this",
  "Joseph Bazalgette could not have designed worse drainage than this engine bay",
  "Sir Stirling Moss drove one of these",
];
const PUBLIC_FLAGGED: string[] = [];
describe("A1. public figures, YouTubers, racing drivers, historical founders", () => {
  it.each(PUBLIC_READ)("%j is not a full name", notAFullName);
  it.fails.each(PUBLIC_FLAGGED)("[false positive] %j is not a full name (flagged today)", notAFullName);
});

// A2. A dealership or maker named after its founder is safe only with a make or a business word after it
// ("Larry Miller Toyota"); said alone ("Jim Ellis quoted me 900") it reads as a person.
const BRANDS_READ: string[] = [
  // Unflagged since a name needs a lead to the person (a cue to find, reach, ask for or pay them).
  "Jim Ellis quoted me 900 for the same work",
  "Got the pads from Pep Boys last time",
  "Jiffy Lube did my last oil change",
  "the old dealer was Rick Hendrick, they charged too much",
  "Bought it at Larry Miller Toyota in 2019",
  "AutoNation quoted way higher, and so did Ed Napleton",
  "Earl Stewart said the same thing when I went in",
  "Used Brembo pads and Zimmermann rotors on the front",
  "I'd go with Bosch or Denso plugs",
  "Lucas Oil stabilizer, worth it?",
  "Mobil 1 or Castrol, whatever you have",
  "We stock Wix and Fram filters",
  "Moog control arms are better than the cheap ones",
  "Holley carb on it from the previous owner",
  "Edelbrock intake is already installed",
  "Mickey Thompson tires on the rear",
  "the previous owner put Hoosier slicks on it",
  "Pirelli or Michelin, whatever's cheaper",
  "the car came from Carmax, they did the inspection",
  "Bought it used from Hertz Car Sales",
  "Take it to Tire Kingdom or Firestone if you want",
  "Sears Auto used to do this, they closed",
  "Meineke gave me a different price",
  "Conrad Brothers body shop did the bumper last year",
  "Sonny Hawkins Collision fixed the rear end, do you want to see their work",
  "Dick Hannah Toyota wants 1200 for the same job",
  "they sent it to Hendrick Chevrolet for the recall",
  "Lithia did the recall on it",
  "Victor Reinz gasket set, or Fel-Pro?",
  "the Fel Pro gasket is fine, don't bother with OEM",
  "Dorman makes a cheaper part",
  "Snap-on scanner, or the Autel one?",
  "Craftsman sockets are fine for this",
  "Matco tools rep comes by Tuesdays",
  "Milwaukee impact made short work of it",
  "Harbor Freight jack stands, are they safe?",
  "Roger Beasley quoted 650 for the timing belt",
  "Lloyd Belt did the last service",
  "Ricart Ford wants the car for two days",
  "Findlay Toyota had the part in stock",
  "Jerry Seiner has a cheaper price, can you match",
  "Hayden fan clutch or Motorcraft?",
  "Carter fuel pump went bad after a year",
  "Walker exhaust or Magnaflow, which sounds better",
  "Monroe shocks on the back, Bilstein on the front",
];
const BRANDS_FLAGGED: string[] = [];
describe("A2. shops, dealerships, parts makers and tools named after people", () => {
  it.each(BRANDS_READ)("%j is not a full name", notAFullName);
  it.fails.each(BRANDS_FLAGGED)("[false positive] %j is not a full name (flagged today)", notAFullName);
});

// A3. Places named after people: a street word after the name keeps it readable, a bare street name
// ("on Cesar Chavez"), an airport or a venue ("Lincoln Center") does not.
const PLACES_READ: string[] = [
  // Unflagged since a name needs a lead to the person (a cue to find, reach, ask for or pay them).
  "there's a big pothole on Cesar Chavez near the Shell",
  "pick up at Austin Bergstrom, the rental return",
  "my car is at Orlando Sanford airport long term parking",
  "The shop is on Martin Luther King Blvd, near the bank",
  "we're just off Abraham Lincoln parkway, the big sign",
  "It's near Jefferson Davis Highway exit",
  "I'm driving from Fort Worth to Austin",
  "My car broke down near Colorado Springs",
  "I'm in Jackson Hole for the week, then back",
  "Washington Irving Elementary is next to the shop lol",
  "heading past Kennedy Airport so traffic will be bad",
  "Stuck on George Washington Bridge for an hour",
  "the Lyndon Johnson freeway is a parking lot",
  "we took the Jerome Avenue exit",
  "pothole on Marcus Garvey way did it",
  "I was on Dolores Huerta road when it started knocking",
  "Franklin Roosevelt Drive was closed so took the long way",
  "I grew up in Baton Rouge so I'm used to rust",
  "we moved from Salt Lake to Boise",
  "the car was registered in Bristol before",
  "Heading to Myrtle Beach next week, will it make it",
  "Tyler Texas is where I bought it",
  "we drove up from Kingman Arizona",
  "it's stuck at Charlotte Douglas airport parking",
  "stopped in Marietta Georgia for gas and it started smoking",
  "from Lewis Center Ohio, driving through",
  "Florence Alabama to Nashville, will it make it",
  "Alice Springs was hot enough to boil the coolant",
];
const PLACES_FLAGGED: string[] = ["the tunnel under Lincoln Center is closed"];
describe("A3. streets, towns, airports and venues named after people", () => {
  it.each(PLACES_READ)("%j is not a full name", notAFullName);
  it.fails.each(PLACES_FLAGGED)("[false positive] %j is not a full name (flagged today)", notAFullName);
});

// A4. Makes and models, insurers and repair software: none flagged.
const PRODUCTS_READ: string[] = [
  "my Kia Sorento is making a clunk",
  "the Dodge Durango needs a tune up",
  "2016 Jeep Wrangler Sahara, squeaky doors",
  "Hyundai Elantra 2018, check engine light",
  "our Chevy Tahoe won't start",
  "Nissan Altima CVT whine",
  "Lincoln Navigator airbag suspension sagging",
  "the Mercedes Sprinter needs brakes",
  "Subaru Outback head gaskets, any experience?",
  "Ford Ranger 2004, clutch slipping",
  "Mazda Miata soft top leaks",
  "Toyota Camry Hybrid battery warning",
  "Volvo Amazon classic restoration, can you do it",
  "GMC Sierra Denali, lifter tick",
  "Pontiac Aztek, yes I know lol",
  "Progressive is covering the windshield",
  "Esurance said they'd need photos first",
  "State Farm adjuster comes Thursday",
  "Allstate won't pay for OEM parts",
  "Geico wants two quotes",
  "Liberty Mutual denied the claim",
  "I looked it up on Alldata and it says 45 ft-lbs",
  "Mitchell says 2.4 hours labor for this",
  "Mitchell OnDemand shows a different torque spec",
  "the Snap-on Zeus scanner shows no codes",
  "I use Forscan on my Ford, it shows the same",
  "Torque Pro app says the coolant temp is fine",
  "Mitchell ProDemand says 1.8 hours",
  "Identifix has a known fix for that code",
];
const PRODUCTS_FLAGGED: string[] = [];
describe("A4. car models, insurers, repair software", () => {
  it.each(PRODUCTS_READ)("%j is not a full name", notAFullName);
  it.fails.each(PRODUCTS_FLAGGED)("[false positive] %j is not a full name (flagged today)", notAFullName);
});

// A5. Films, fictional characters, price guides and reviews quoted.
const MEDIA_READ: string[] = [
  'the review said "fast and honest, ask for the manager"',
  'one review said "Rosalind at the front desk was lovely"',
  'a Yelp review said they were slow, "worst service in Tulsa"',
  "Mr. Bean's car was one of these minis",
  "it looks like Lightning McQueen now with that paint",
  "my kid calls it Optimus Prime",
  "did you watch Fast and Furious, Vin Diesel had this car",
  "the Hot Wheels version is more reliable lol",
  "Jurassic Park jeep replica, need a new soft top",
  "the Kelley Blue Book value is about 8000",
  "Edmunds says it's worth less",
  "Consumer Reports rated it poorly",
  "Carfax shows two owners",
];
const MEDIA_FLAGGED: string[] = ['the Google review mentioned "Antonio Banderas level of charm" haha', "Sherlock Holmes couldn't find that leak"];
describe("A5. films, fiction, price guides and reviews quoted", () => {
  it.each(MEDIA_READ)("%j is not a full name", notAFullName);
  it.fails.each(MEDIA_FLAGGED)("[false positive] %j is not a full name (flagged today)", notAFullName);
});

// A6. A relative's full name said with no contact purpose. By the project's labelling convention a private
// person's full name is a contact detail, so the flag is right here (see C for what the sentence mask costs).
const RELATIVES_FLAGGED: string[] = [
  "my dad Gerald Whitcombe bought this truck new in 98",
  "it's registered to my mom, Marlene Okafor, is that ok for the warranty",
  "my brother Dmitri Kowalczyk will drop it off, he has the key",
  "title is under my wife's name, Priya Raghunathan",
  "my uncle Desmond Fairbanks used to work at a Ford dealer",
];
const RELATIVES_MISSED: string[] = ["the car belonged to my late grandpa Otis Brannigan"];
describe("A6. a relative's private full name (flagged by convention)", () => {
  it.each(RELATIVES_FLAGGED)("%j is a full name", isAFullName);
  it.fails.each(RELATIVES_MISSED)("[missed] %j is a full name (missed today)", isAFullName);
});

// B1. A private full name handed over to be looked up, in the shapes people type it.
const B_HANDED_HIDDEN: Array<[string[], string[]]> = [
  [["look up Grant Whitlock on facebook, that's me"], ["Grant Whitlock"]],
  [["search Chase Okonkwo on fb, message me there"], ["Chase Okonkwo"]],
  [["Im Mark Delacroix on insta"], ["Mark Delacroix"]],
  [["add me, jeannie castellanos on fb"], ["jeannie castellanos"]],
  [["JEANNIE CASTELLANOS on facebook, add me"], ["JEANNIE CASTELLANOS"]],
  [["Xiomara Castellanos is my fb name"], ["Xiomara Castellanos"]],
  [["Dana Baker is me on fb if you want to talk price"], ["Dana Baker"]],
  [["Dana Washington, find me on facebook"], ["Dana Washington"]],
  [["Kevin Ford on messenger, cheaper there"], ["Kevin Ford"]],
  [["tell the guy at the counter Ruben Dario Castellanos Vega sent you, he'll give you my cell"], ["Ruben Dario Castellanos Vega"]],
  [["search for ruben castellanos on fb"], ["ruben castellanos"]],
  [["R. Castellanos on facebook, the one in Tulsa"], ["R. Castellanos"]],
  [["Ruben C-a-s-t-e-l-l-a-n-o-s on fb"], ["Ruben C-a-s-t-e-l-l-a-n-o-s"]],
  [["Ruben Castellan0s on facebook"], ["Ruben Castellan0s"]],
  [["Rubén Castellanos en facebook"], ["Rubén Castellanos"]],
  [['Ruben "Rube" Castellanos on fb, msg me'], ['Ruben "Rube" Castellanos']],
  [["My wife Priya Raghunathan does the books, ask her on whatsapp"], ["Priya Raghunathan"]],
  [["Rob Kowalczyk on insta, DM for a deal"], ["Rob Kowalczyk"]],
  [["Will Kowalczyk is my name on fb"], ["Will Kowalczyk"]],
  [["Jo Kowalczyk on fb"], ["Jo Kowalczyk"]],
  [["Ty Brannigan on fb, hit me up"], ["Ty Brannigan"]],
  [["Otis Brannigan on facebook, msg me"], ["Otis Brannigan"]],
  [["My cousin Ruben Castellanos does it cash, I'll send him over"], ["Ruben Castellanos"]],
  [["Ruben Castellanos Tulsa on facebook"], ["Ruben Castellanos"]],
  [["the truck's title is in Gerald Whitcombe's name, he's in the book, call him"], ["Gerald Whitcombe"]],
  [["ask at the counter for Ruben Castellanos's cousin, he does cash jobs"], ["Ruben Castellanos"]],
];
const B_HANDED_LEAKED: Array<[string[], string[]]> = [
  [["Castellanos, Jeannie. look me up"], ["Castellanos, Jeannie"]],
  [["ruben castellanos tulsa ok on fb"], ["ruben castellanos"]],
];
describe("B1. a private full name handed over to be looked up", () => {
  it.each(B_HANDED_HIDDEN)("%j hides %j", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
  it.fails.each(B_HANDED_LEAKED)("[leak] %j hides %j (readable today)", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
});

// B2. The rule's exceptions as an evader would use them: a capitalised word before the name ("Ask", "Also",
// a platform or a town), a thanks, a business word after it, a video nearby.
const B_EXEMPT_HIDDEN: Array<[string[], string[]]> = [
  // The first three hidden since a sentence's first word no longer counts as part of a longer proper noun.
  [["Also Ruben Castellanos does weekends if you find him"], ["Ruben Castellanos"]],
  [["Ask Ruben Castellanos at the front desk, he does it cheaper on the side"], ["Ruben Castellanos"]],
  [["Facebook Ruben Castellanos, the one with the truck pic"], ["Ruben Castellanos"]],
  [["Google Ruben Castellanos mechanic, I do house calls"], ["Ruben Castellanos"]],
  [["Tell Jeannie Castellanos I sent you, she'll do it off the books"], ["Jeannie Castellanos"]],
  [["Try Ruben Castellanos, he's on facebook, does it for cash"], ["Ruben Castellanos"]],
  [["Check Jeannie Castellanos out, she's cheaper than this app"], ["Jeannie Castellanos"]],
  [["Mention Jeannie Castellanos when you call the shop on Pine"], ["Jeannie Castellanos"]],
  [["Or Ruben Castellanos, he does mobile work, look him up"], ["Ruben Castellanos"]],
  [["Seriously Ruben Castellanos is who you want, he's on fb"], ["Ruben Castellanos"]],
  [["Honestly Jeannie Castellanos does better work, search her"], ["Jeannie Castellanos"]],
  [["Hi, Ruben Castellanos here, easier to reach me directly"], ["Ruben Castellanos"]],
  [["Hi Ruben Castellanos here, look me up"], ["Ruben Castellanos"]],
  [["my youtube channel is Ruben Castellanos, look it up and message me"], ["Ruben Castellanos"]],
  [["the video guy Ruben Castellanos, look him up he'll fix it for cash"], ["Ruben Castellanos"]],
  [["after the video, ask for Ruben Castellanos at the counter, he'll sort you out cheap"], ["Ruben Castellanos"]],
  [["the tutorial was filmed at Ruben Castellanos place, he'll do yours for cash"], ["Ruben Castellanos"]],
  [["Ruben Castellanos Mobile Repair, google it, I'm cheaper than the app"], ["Ruben Castellanos"]],
  [["Beatriz Ochoa Auto Repair on 3rd, they do it for cash"], ["Beatriz Ochoa"]],
];
const B_EXEMPT_LEAKED: Array<[string[], string[]]> = [
  [["Tulsa Ruben Castellanos is the one, not the Dallas guy"], ["Ruben Castellanos"]],
  [["Thanks, Jeannie Castellanos on fb if you want more work done"], ["Jeannie Castellanos"]],
  [["go to Ruben Castellanos Garage, tell them I sent you, half the price"], ["Ruben Castellanos"]],
];
describe("B2. a private full name in the shape of one of the rule's exceptions", () => {
  it.each(B_EXEMPT_HIDDEN)("%j hides %j", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
  it.fails.each(B_EXEMPT_LEAKED)("[leak] %j hides %j (readable today)", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
});

// B3. The sentence mask's edges: the parts of a detail put in the next sentence (after ".", "!" or a line
// break), or behind an abbreviation that does ("Mon.", "Dr.") or does not end a sentence.
const B_SENTENCE_HIDDEN: Array<[string[], string[]]> = [
  [["ask for Ruben. Castellanos is the last name, he'll do it cash"], ["Castellanos"]],
  [["look me up: Ruben\nCastellanos"], ["Ruben", "Castellanos"]],
  [["find me on fb. Ruben Castellanos. I'll do it for half"], ["Ruben Castellanos"]],
  [["my last name is Castellanos. First is Ruben. fb"], ["Castellanos"]],
  [["my name on facebook is Ruben C. Castellanos. Tulsa."], ["Ruben C. Castellanos"]],
  [["Ruben Castellanos. Tulsa. FB."], ["Ruben Castellanos"]],
  [["My cell is 555 0143. Area code 512."], ["555 0143", "512"]],
  [["text me 512 555. Then 0143"], ["512 555", "0143"]],
  [["my number, area code 512. rest is 555 0143"], ["512", "555 0143"]],
  [["number is 512 555 0143. It's a Tulsa number, whatsapp only"], ["512 555 0143"]],
  [["email is rick.hollis. gmail"], ["rick.hollis", "gmail"]],
  [["my email: rick.hollis at gmail. dot com"], ["rick.hollis", "gmail"]],
  [["come to 14 Elm St. Apt. 4B. Springfield."], ["14 Elm St", "4B", "Springfield"]],
  [["my number is 512 555 0143\nask for Ruben Castellanos"], ["512 555 0143", "Ruben Castellanos"]],
  [["insta:\nruben_castellanos_88"], ["ruben_castellanos_88"]],
  [["ig handle below\nruben.fixes.cars"], ["ruben.fixes.cars"]],
];
const B_SENTENCE_LEAKED: Array<[string[], string[]]> = [
  // A name alone in its sentence, without a lead to the person, is not flagged since the rule asks for one.
  [["512 555 0143 is my cell. Ruben Castellanos."], ["512 555 0143", "Ruben Castellanos"]],
  [["call 512-555-0143! ext 22 for me directly"], ["512-555-0143", "22"]],
  [["gmail. rick.hollis is the name"], ["rick.hollis", "gmail"]],
  [["email rick dot hollis. at gmail dot com"], ["rick dot hollis", "gmail"]],
  [["I'm at 14 Elm Street. Springfield, unit 4B."], ["14 Elm Street", "Springfield", "4B"]],
  [["I'm at 14 Elm St. Dr. Patel's old house. Springfield."], ["14 Elm St", "Springfield"]],
  [["Mon. to Fri. I'm at 14 Elm Street. Springfield."], ["14 Elm Street", "Springfield"]],
  [["zip is 74103. street is 14 Elm"], ["74103", "14 Elm"]],
  [["Call me on 512 555 0143. Ask for Ruben at Ruben's Garage on Pine Rd."], ["512 555 0143", "Pine Rd"]],
];
describe("B3. a detail's parts in the next sentence or on the next line of the same message", () => {
  it.each(B_SENTENCE_HIDDEN)("%j hides %j", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
  it.fails.each(B_SENTENCE_LEAKED)("[leak] %j hides %j (readable today)", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
});

// B4. The detail's parts spread over the sender's next messages, replayed as the messenger sends them.
const B_BURST_HIDDEN: Array<[string[], string[]]> = [
  [
    ["my fb is Ruben", "Castellanos"],
    ["Ruben", "Castellanos"],
  ],
  [
    ["my email", "rick.hollis", "at gmail"],
    ["rick.hollis", "gmail"],
  ],
  [
    ["number", "512", "555", "0143"],
    ["512", "555", "0143"],
  ],
  [
    ["the guy is Ruben", "Castellanos, on fb"],
    ["Ruben", "Castellanos"],
  ],
  [["look me up", "Ruben Castellanos"], ["Ruben Castellanos"]],
  [
    ["I'm at 14 Elm", "Street", "Springfield"],
    ["14 Elm", "Springfield"],
  ],
  [
    ["my number is 512 555 0143", "ask for Ruben", "Castellanos"],
    ["512 555 0143", "Castellanos"],
  ],
  [
    ["pads are done, text me 512 555", "0143. Ruben Castellanos."],
    ["512 555", "0143", "Ruben Castellanos"],
  ],
];
const B_BURST_LEAKED: Array<[string[], string[]]> = [
  [
    ["my address is 14 Elm Street", "Springfield", "unit 4B"],
    ["14 Elm Street", "Springfield", "4B"],
  ],
];
describe("B4. a detail's parts in the sender's next messages (replayBurst)", () => {
  it.each(B_BURST_HIDDEN)("%j hides %j", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
  it.fails.each(B_BURST_LEAKED)("[leak] %j hides %j (readable today)", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
});

// B5. The 200-character reach: a run-on sentence with the detail's parts far apart. The mask stops in the
// middle of a word ("before you ask y[hidden]", "[hidden]mail").
const B_REACH_HIDDEN: Array<[string[], string[]]> = [
  // Hidden since the reach never cuts a word.
  [
    [
      "my email is rick.hollis and before you say anything I know it's an old fashioned address but I've had it since college and everyone at the dealership and my kids' school and my bank use it so I'm keeping it, the domain is gmail",
    ],
    ["rick.hollis", "gmail"],
  ],
  [
    [
      "my cell is 512 555 0143 and I'll be around from 9 till 5 most days except when I'm at my sister's house doing her brakes, which is most Saturdays lately, anyway if you want the job done cheaper than what the app quotes you just send me a message there or on whatsapp and ask for Ruben Castellanos",
    ],
    ["512 555 0143", "Ruben Castellanos"],
  ],
];
const B_REACH_LEAKED: Array<[string[], string[]]> = [
  [
    [
      "Area code 512, and before you ask yes I know it's not local, I moved here from Austin about six years ago for work and kept it, my kids still laugh at me about it every single time we get a call from a telemarketer, anyway the rest is 555 0143",
    ],
    ["512", "555 0143"],
  ],
  [
    [
      "I'm at 14 Elm Street, it's the house with the blue door and the big oak tree out front and a white picket fence, you can't miss it because there's always a boat on a trailer in the driveway that my brother never uses, in Springfield",
    ],
    ["14 Elm Street", "Springfield"],
  ],
];
describe("B5. a detail's parts more than 200 characters apart in one run-on sentence", () => {
  it.each(B_REACH_HIDDEN)("%j hides %j", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
  it.fails.each(B_REACH_LEAKED)("[leak] %j hides %j (readable today)", (messages, details) => {
    expect(replayHides(messages, details)).toBe(true);
  });
});

// C. Readability: realistic flagged messages written as one run-on sentence, as chat is. The mask takes
// the quote, the diagnosis or the instructions with the detail; several are flagged only because of a
// public figure (A1), so the false positive costs the whole message.
const C_KEPT: Array<[string, string[]]> = [];
const C_LOST: Array<[string, string[]]> = [
  ["Your car is ready, the total is $480 including tax and you can pick it up after 3pm, we're at 14 Elm Street by the Shell", ["$480", "after 3pm"]],
  ["pads are at 2mm and the rotors are scored so I'd replace both before your trip, call me at 512 555 0143 if you have questions", ["2mm", "replace both"]],
  ["It's the 2014 Civic with the grinding noise from the front left at low speed, my name is Dana Whitfield", ["2014 Civic", "front left"]],
  ["my dad Gerald Whitcombe bought this truck new in 98 and it has 240k on the original transmission, never serviced", ["240k", "original transmission"]],
  ["Jeremy Clarkson hated this car but the timing chain on yours is stretched and needs doing before 100k", ["timing chain", "stretched"]],
  ["quote is front pads $180, rotors $220, labour 1.5h, Beatriz Ochoa will do the job on Thursday", ["$180", "$220", "Thursday"]],
  [
    "so the coolant leak is the water pump not the hose and it will be about $650 with the thermostat and the tech Ruben Castellanos says don't drive it far until then",
    ["water pump", "$650", "don't drive it far"],
  ],
  [
    "I left the spare key with my neighbour Marlene Okafor because I work till 6 and the car is unlocked, the check engine light came on again yesterday on the highway",
    ["check engine light", "unlocked"],
  ],
  ["Sebastian Vettel has the same colour, anyway the paint code is LY9T and the scratch is on the rear bumper only", ["LY9T", "rear bumper"]],
  ["Booked you for Tuesday 9am, drop off at 14 Elm Street, bring the wheel lock key and the spare, estimated 3 hours", ["Tuesday 9am", "wheel lock key", "3 hours"]],
  ["we did the brakes and the alignment and found a nail in the rear right tire so we patched it, no charge, it was Steve McQueen fast to fix lol", ["nail in the rear right tire", "no charge"]],
  ["my insurance is State Farm, the adjuster is Marlene Okafor and the claim number is 88-1234, they approved the bumper and the headlight", ["claim number is 88-1234", "approved the bumper"]],
  ["the warning on the dash says service AWD, it started after Gordon Ramsay level screaming from the belt, probably the tensioner", ["service AWD", "tensioner"]],
  ["I'm allergic to strong air fresheners so please don't leave one in the car, my husband Dmitri Kowalczyk will pick it up", ["allergic", "don't leave one"]],
  ["Please don't use the Kia dealer parts, my email is dana.whitfield@example.com for the invoice and I need the old parts back", ["old parts back", "dealer parts"]],
  ["the brakes are done and it drove fine on the test, Kim Kardashian would approve of the shine, total $320, ready now", ["$320", "ready now"]],
  ["Tow truck dropped it off at 8 it's the blue Outback with the roof box keys are in the drop box under the name Otis Brannigan", ["blue Outback", "drop box"]],
  ["We found the rattle: heat shield loose, fixed with a clamp, no charge; Fernando Alonso could drive it now, pick up anytime", ["heat shield loose", "pick up anytime"]],
  ["this is Dana Whitfield with the Civic, it still pulls left after the alignment and the steering wheel is off centre", ["pulls left", "off centre"]],
  ["Advisor here, Beatriz Ochoa is your tech today and the inspection found a cracked CV boot on the passenger side, $240 to replace", ["cracked CV boot", "$240"]],
];
describe("C. readability: a flagged run-on sentence hides the repair content around the detail", () => {
  it.each(C_KEPT)("%j is flagged and keeps %j readable", keepsReadable);
  it.fails.each(C_LOST)("[hidden with the detail] %j is flagged and keeps %j readable (hidden today)", keepsReadable);
});

// The same content written in its own sentence stays readable: the policy works when people punctuate.
const C_CONTROL_KEPT: Array<[string, string[]]> = [
  ["Pads are at 2mm, I'd replace both before your trip. Call me at 512 555 0143 if you have questions.", ["2mm", "replace both"]],
  ["Total is $480, ready after 3pm. We're at 14 Elm Street by the Shell.", ["$480", "after 3pm"]],
  ["Quote: front pads $180, rotors $220.\nBeatriz Ochoa will do the job on Thursday, ask for her", ["$180", "$220"]],
];
const C_CONTROL_LOST: Array<[string, string[]]> = [];
describe("C. control: the same content in its own sentence stays readable", () => {
  it.each(C_CONTROL_KEPT)("%j is flagged and keeps %j readable", keepsReadable);
  it.fails.each(C_CONTROL_LOST)("[hidden with the detail] %j is flagged and keeps %j readable (hidden today)", keepsReadable);
});

// Noticed in passing, outside the two changes: a review site named beside a quote reads as a request
// to go there.
describe("noticed in passing: a review site named with a quote", () => {
  it.fails.each(['a Yelp review said they were slow, "worst service in Tulsa"', 'the Google review mentioned "Antonio Banderas level of charm" haha'])(
    "[false positive] %j is not flagged at all (OFF_PLATFORM_REQUEST today)",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
