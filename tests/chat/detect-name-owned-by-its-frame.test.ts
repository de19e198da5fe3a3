// Round 52: a full name, or the surname that completes one, given by a frame no name rule read: initials and a surname
// claimed ("J. Thibodeaux is me"), "it's me, <name>" and the Pidgin "na me be <name>", a surname after its bare label once
// a first name is given ("my name is Aiden full stop surname Fitzgerald"), the Tagalog "<name> po pangalan ko" and
// "<surname> apelyido nya" (a first name alone on the line before joined to it), a surname described by a rhyme, a public
// figure or its spelling, a signature with the signer's role on the line under it, the name a car or a job is for
// ("it's for Priya Ramaswamy's Golf", "rodriguez, joel rodriguez"), and the other side's surname asked for.
// phrases.ts (the claimed-name, introduction and signature rules) and names-owned.ts. Innocent: public figures and makers
// named in passing, a surname said to be wrong or the same as on the booking, a first name with a role under it, a job
// for a make or a day, a surname asked about a video. Sentences written for this branch; probed with the application's
// options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("a full name owned by its frame", () => {
  it.each<[string, string[]]>([
    ["T. Abernethy is me, the T is for Tamsin", ["T. Abernethy"]],
    ["K.M. Abernethy, that's me, put that on the parts order", ["K.M. Abernethy"]],
    ["hi its me, Dwayne Castellanos, the one with the Tacoma", ["Dwayne Castellanos"]],
    ["na me be Ngozi Adeyemi wey book am", ["Ngozi Adeyemi"]],
    ["I'm Bronagh, surname Mulcahy, for the invoice", ["Mulcahy"]],
    ["Maricel Santos po pangalan ko", ["Maricel Santos"]],
    ["apelyido ko ay Villanueva po", ["Villanueva"]],
    ["name's Tanya, my surname rhymes with 'Lenny' but it's spelled F-E-N-N-E-Y", ["Tanya", "F-E-N-N-E-Y"]],
    ["my name's Dale, surname same as the singer who did Purple Rain lol", ["Dale", "singer who did Purple Rain"]],
    ["Thanks for your patience.\nKind regards,\nSiobhan Mulvaney\nWorkshop Manager", ["Siobhan Mulvaney"]],
    ["it's for Deepa Venkataraman's Jazz, she's my cousin", ["Deepa Venkataraman"]],
    ["write it up for okafor, daniel okafor, he's collecting", ["okafor, daniel okafor"]],
    ["what's your surname? I'll tell my brother who to ask for", ["what's your surname?"]],
  ])("%j is caught", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it("a first name alone on the line before the surname's Tagalog label is masked with it", () => {
    expect(replayCaught(["siya yung kukuha ng sasakyan", "Jomar", "Villanueva apelyido nya"], ["Jomar", "Villanueva"])).toBe(true);
  });

  it.each([
    ["that's me, the one with the silver Corolla"],
    ["it's me again, the grinding is back"],
    ["it's me, Mike, the guy with the F150"],
    ["na me be the owner of the Corolla"],
    ["Surname field is empty on the invoice, can you fix it"],
    ["his surname Smith is on the invoice already"],
    ["my surname is the same as on the booking"],
    ["my last name is spelled wrong on the invoice"],
    ["my last name rhymes with nothing lol"],
    ["surname same as the owner on the booking"],
    ["Regards\nMike\nService Advisor"],
    ["Regards\nThe Service Team"],
    ["it's for my sister's Golf, she booked it"],
    ["it's for John Deere mower parts?"],
    ["it's for Land Rover Defender"],
    ["the part is the hilux, toyota hilux, 2016"],
    ["maine google pe error code search kiya, O2 sensor bata raha hai, sahi hai kya?"],
    ["the booking is for Tuesday Morning"],
    ["the quote is for Bosch pads and Brembo rotors"],
    ["I watched Scotty Kilmer's video, he says it's the thermostat"],
    ["J. Crew jacket left in the car, can you check"],
    ["what's the surname of the guy in that youtube video?"],
    ["what's your surname on the booking, I can't find it"],
    ["Lopez apelyido ng dating may-ari ayon sa OR/CR"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
