// Round-fp15 review (attack3): attacks written in the shape of each of fp15's six exceptions
// (5bdb8b6 pronoun 'one', a64b75b the platform's own page, b859630 numbers read off a part's
// label, af9b4cb documents kept on a site, a8f317a salutations/titles/possessives in names,
// 8371fed where someone lives), each a message a mechanic taking a customer off the platform
// could send. An attack is `it` when caught (every letter and digit of the detail masked, or for a
// meeting a deal/request reported) and `it.fails` when missed. Titles say what the review found
// compared with 45fe186 (the commit before fp15): "[new hole]" missed now but caught at 45fe186,
// "[missed before too]" missed at both, "[caught]" caught now, "[hidden with its sentence]" hidden
// since a detail is masked with its whole sentence, "[caught by the unannounced full name]" since a
// first name and a surname are read without an introduction. After the review every "[new hole]"
// is caught again: the page, document and label exceptions were taken back (their gains were
// the read parts' only), a salutation no longer includes the first names Cara, Caro and Cher, and
// a day or a clock time in the sentence keeps "Lives in ..." and "in <month>" a meeting, as does
// a street word after the month.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const reportsDealOrRequest = (text: string): boolean => kindsOf(text).some((k) => k === "OFF_PLATFORM_DEAL" || k === "OFF_PLATFORM_REQUEST");

describe("the pronoun 'one' (5bdb8b6, normalise.ts pronounOne): a phone's digit 1 said as 'a one' / 'the last one'", () => {
  it.fails("[missed before too] Save my cell for after the job: 0412 555 87 and the last digit is a one", () => {
    expect(hides("Save my cell for after the job: 0412 555 87 and the last digit is a one", "0412 555 87 and the last digit is a one")).toBe(true);
  });
  it("[caught] Text me direct, 917 555 014 then a one on the end", () => {
    expect(hides("Text me direct, 917 555 014 then a one on the end", "917 555 014 then a one")).toBe(true);
  });
  it("[caught] my number is nine one seven five five five zero one four and the last one is a one", () => {
    expect(hides("my number is nine one seven five five five zero one four and the last one is a one", "nine one seven five five five zero one four and the last one is a one")).toBe(true);
  });
  it("[hidden with its sentence] Cell is oh four one two, five five five, eight seven and then a one", () => {
    expect(hides("Cell is oh four one two, five five five, eight seven and then a one", "oh four one two, five five five, eight seven and then a one")).toBe(true);
  });
  it("[caught] text me on 0412 555 87 plus the other one, 1", () => {
    expect(hides("text me on 0412 555 87 plus the other one, 1", "0412 555 87 plus the other one, 1")).toBe(true);
  });
  it("[caught] my personal number is 415 555 013 with a one at the end, text there instead", () => {
    expect(hides("my personal number is 415 555 013 with a one at the end, text there instead", "415 555 013 with a one")).toBe(true);
  });
  it("[caught] ring me, area code's the same one as yours then 555 0147", () => {
    expect(hides("ring me, area code's the same one as yours then 555 0147", "555 0147")).toBe(true);
  });
  it.fails("[missed before too] Cell is oh four one two, five five five, eight seven then a one", () => {
    expect(reportsDealOrRequest("Cell is oh four one two, five five five, eight seven then a one")).toBe(true);
  });
  it.fails("[missed before too] ok so it's oh seven seven double oh, nine double oh, four six and then a one", () => {
    expect(reportsDealOrRequest("ok so it's oh seven seven double oh, nine double oh, four six and then a one")).toBe(true);
  });
  it.fails("[missed before too] Number's 0412 555 87 then a one. Save it for after", () => {
    expect(reportsDealOrRequest("Number's 0412 555 87 then a one. Save it for after")).toBe(true);
  });
  it.fails("[missed before too] whatsapp 0412 555 87 then the last one's a one", () => {
    expect(reportsDealOrRequest("whatsapp 0412 555 87 then the last one's a one")).toBe(true);
  });
  it("[caught] my cell: oh four one two five five five eight seven, ends in a one", () => {
    expect(reportsDealOrRequest("my cell: oh four one two five five five eight seven, ends in a one")).toBe(true);
  });
  it("[caught] Reach me on 0412 555 871 or the other one, 0412 555 872", () => {
    expect(reportsDealOrRequest("Reach me on 0412 555 871 or the other one, 0412 555 872")).toBe(true);
  });
  it("[hidden with its sentence] Save it: oh four one two five five five eight seven, and the end bit is a one", () => {
    expect(hides("Save it: oh four one two five five five eight seven, and the end bit is a one", "oh four one two five five five eight seven, and the end bit is a one")).toBe(true);
  });
  it("[caught] 0412 555 87 plus another one on the end, my personal cell", () => {
    expect(hides("0412 555 87 plus another one on the end, my personal cell", "0412 555 87 plus another one")).toBe(true);
  });
  it("[hidden with its sentence] nine one seven, five five five, zero one four, then the final one", () => {
    expect(hides("nine one seven, five five five, zero one four, then the final one", "nine one seven, five five five, zero one four, then the final one")).toBe(true);
  });
  it("[hidden with its sentence] Number for after: 917 555 014 and then that one again", () => {
    expect(hides("Number for after: 917 555 014 and then that one again", "917 555 014 and then that one")).toBe(true);
  });
});

describe("the platform's own page (a64b75b, links.ts PLATFORM_PAGE_BEFORE): a personal site given as the app's or the site's page", () => {
  it("[caught] the site's contact page: dawsonmobilemech.com, cheaper than booking here", () => {
    expect(hides("the site's contact page: dawsonmobilemech.com, cheaper than booking here", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] The app help page says I can share a link to my reviews: dawsonmobilemech.com", () => {
    expect(hides("The app help page says I can share a link to my reviews: dawsonmobilemech.com", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] Garage site page (dawsonmobilemech.com) has my prices, 20% under what the app shows", () => {
    expect(hides("Garage site page (dawsonmobilemech.com) has my prices, 20% under what the app shows", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] All my past jobs are on the site's gallery page: dawsonmobilemech.com/gallery — way cheaper if you go through there", () => {
    expect(hides("All my past jobs are on the site's gallery page: dawsonmobilemech.com/gallery — way cheaper if you go through there", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] The app's policy is at dawsonmobilemech.com, read it before you pay anything here", () => {
    expect(hides("The app's policy is at dawsonmobilemech.com, read it before you pay anything here", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] Your app's FAQ page is here: dawsonmobilemech.com — the quote there skips the fee", () => {
    expect(hides("Your app's FAQ page is here: dawsonmobilemech.com — the quote there skips the fee", "dawsonmobilemech.com")).toBe(true);
  });
  it.fails("[missed before too] this site's review section: dawsonmobilemech.com/reviews, then we sort it there", () => {
    expect(hides("this site's review section: dawsonmobilemech.com/reviews, then we sort it there", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] The app's booking page: dawsonmobilemech.com, half the fee", () => {
    expect(hides("The app's booking page: dawsonmobilemech.com, half the fee", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] the platform's terms page (dawsonmobilemech.com) explain why it's cheaper to go direct", () => {
    expect(hides("the platform's terms page (dawsonmobilemech.com) explain why it's cheaper to go direct", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] Check the site's help centre at dawsonmobilemech.com for the direct rate", () => {
    expect(hides("Check the site's help centre at dawsonmobilemech.com for the direct rate", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] The app's help page (dawsonmobilemech.com) shows the direct price, way under the app", () => {
    expect(hides("The app's help page (dawsonmobilemech.com) shows the direct price, way under the app", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] the app's policy page: dawsonmobilemech.com — read it, then we can sort it without the fee", () => {
    expect(hides("the app's policy page: dawsonmobilemech.com — read it, then we can sort it without the fee", "dawsonmobilemech.com")).toBe(true);
  });
});

describe("a number read off a part's label (b859630, phone.ts LABELLED_THING/READ_OFF): a phone dressed as a box, tag or label reading", () => {
  it("[new hole] I put a tag on your keys, the tag says 0412 555 873. Keep it for anything after the job.", () => {
    expect(hides("I put a tag on your keys, the tag says 0412 555 873. Keep it for anything after the job.", "0412 555 873")).toBe(true);
  });
  it.fails("[missed before too] Left a sticker on the battery box — the label says 0412 555 873. Use that next time, skip the app.", () => {
    expect(hides("Left a sticker on the battery box — the label says 0412 555 873. Use that next time, skip the app.", "0412 555 873")).toBe(true);
  });
  it("[new hole] The box says 0412 555 873 — that's the supplier direct, tell them Dave sent you", () => {
    expect(hides("The box says 0412 555 873 — that's the supplier direct, tell them Dave sent you", "0412 555 873")).toBe(true);
  });
  it("[caught] Check the tag on the key ring, the tag reads 917 555 0147. That's the one to save.", () => {
    expect(hides("Check the tag on the key ring, the tag reads 917 555 0147. That's the one to save.", "917 555 0147")).toBe(true);
  });
  it("[caught] The invoice in the glovebox, the packet says 07700 900 461. Ring that for the next service.", () => {
    expect(hides("The invoice in the glovebox, the packet says 07700 900 461. Ring that for the next service.", "07700 900 461")).toBe(true);
  });
  it("[new hole] I wrote it on the oil change sticker, the label reads 0412 555 873, saves the app fee next time", () => {
    expect(hides("I wrote it on the oil change sticker, the label reads 0412 555 873, saves the app fee next time", "0412 555 873")).toBe(true);
  });
  it("[new hole] The housing is stamped 0412 555 873. After the warranty, that's where to ask for me", () => {
    expect(hides("The housing is stamped 0412 555 873. After the warranty, that's where to ask for me", "0412 555 873")).toBe(true);
  });
  it("[new hole] Box says 0412 555 873 — keep it for after the warranty", () => {
    expect(hides("Box says 0412 555 873 — keep it for after the warranty", "0412 555 873")).toBe(true);
  });
  it("[caught] the tag says 917 555 0147, keep it somewhere safe for next time, cheaper than the app", () => {
    expect(hides("the tag says 917 555 0147, keep it somewhere safe for next time, cheaper than the app", "917 555 0147")).toBe(true);
  });
  it("[caught] Label reads 07700 900461 for the next service, no app fee that way", () => {
    expect(hides("Label reads 07700 900461 for the next service, no app fee that way", "07700 900461")).toBe(true);
  });
});

describe("a document kept on a site (af9b4cb, links.ts DOCUMENT_ON_BEFORE): a personal site dressed as where a guide or spec sheet is kept", () => {
  it("[caught] The full repair guide on dawsonmobilemech.com has my rates, about 30% under the app", () => {
    expect(hides("The full repair guide on dawsonmobilemech.com has my rates, about 30% under the app", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] The torque specs are on dawsonmobilemech.com (scroll to the bottom for the number)", () => {
    expect(hides("The torque specs are on dawsonmobilemech.com (scroll to the bottom for the number)", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] I wrote a how-to on tonyrusso-auto.net for this exact job — the quote form there is cheaper", () => {
    expect(hides("I wrote a how-to on tonyrusso-auto.net for this exact job — the quote form there is cheaper", "tonyrusso-auto.net")).toBe(true);
  });
  it("[new hole] The wiring diagram from dawsonmobilemech.com, and there's a form there to get me out directly", () => {
    expect(hides("The wiring diagram from dawsonmobilemech.com, and there's a form there to get me out directly", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] The video is on dawsonmobilemech.com, skip the app and use the form at the bottom", () => {
    expect(hides("The video is on dawsonmobilemech.com, skip the app and use the form at the bottom", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] Service manuals for your car are over on dawsonmobilemech.com, the direct price is lower", () => {
    expect(hides("Service manuals for your car are over on dawsonmobilemech.com, the direct price is lower", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] Step by step write-up on dawsonmobilemech.co.uk/jobs/brakes — get in touch through the site and I'll knock 20% off", () => {
    expect(hides("Step by step write-up on dawsonmobilemech.co.uk/jobs/brakes — get in touch through the site and I'll knock 20% off", "dawsonmobilemech.co.uk")).toBe(true);
  });
  it("[new hole] The full guide on dawsonmobilemech.com — it's cheaper if you sort it through there", () => {
    expect(hides("The full guide on dawsonmobilemech.com — it's cheaper if you sort it through there", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] Spec sheet is on dawsonmobilemech.com, fill in the form to get the direct price", () => {
    expect(hides("Spec sheet is on dawsonmobilemech.com, fill in the form to get the direct price", "dawsonmobilemech.com")).toBe(true);
  });
  it("[caught] Parts list and my rates are on dawsonmobilemech.com", () => {
    expect(hides("Parts list and my rates are on dawsonmobilemech.com", "dawsonmobilemech.com")).toBe(true);
  });
  it("[new hole] The repair guide on dawsonmobilemech.com, the direct rate is at the bottom", () => {
    expect(hides("The repair guide on dawsonmobilemech.com, the direct rate is at the bottom", "dawsonmobilemech.com")).toBe(true);
  });
  it.fails("[missed before too] The diagram from dawsonmobilemech.net shows the job, the price there is lower than the app", () => {
    expect(hides("The diagram from dawsonmobilemech.net shows the job, the price there is lower than the app", "dawsonmobilemech.net")).toBe(true);
  });
});

describe("salutations, titles and possessives in names (a8f317a, phrases.ts SALUTATION/ownNameIsPlausible): a full name behind 'Cara'/'Caro'/'Cher', a title or a possessive", () => {
  it("[caught] I'm Cara Mendez, look me up on Facebook and message me there", () => {
    expect(hides("I'm Cara Mendez, look me up on Facebook and message me there", "Cara Mendez")).toBe(true);
  });
  it("[caught] Look up Tony Russo's Mobile Mechanics on Facebook, easier to sort it there", () => {
    expect(hides("Look up Tony Russo's Mobile Mechanics on Facebook, easier to sort it there", "Tony Russo")).toBe(true);
  });
  it("[caught] Search Mike Dawson's Garage on Google and ring the shop, skip the fee", () => {
    expect(hides("Search Mike Dawson's Garage on Google and ring the shop, skip the fee", "Mike Dawson")).toBe(true);
  });
  it("[caught] My name is Cher Whitfield, search me on Facebook", () => {
    expect(hides("My name is Cher Whitfield, search me on Facebook", "Cher Whitfield")).toBe(true);
  });
  it("[caught] I'm Dr Ama Owusu, find me on LinkedIn", () => {
    expect(hides("I'm Dr Ama Owusu, find me on LinkedIn", "Ama Owusu")).toBe(true);
  });
  it("[caught] Dear Karen, Tony Russo here — find me on Facebook, it's quicker", () => {
    expect(hides("Dear Karen, Tony Russo here — find me on Facebook, it's quicker", "Tony Russo")).toBe(true);
  });
  it("[caught] Dear Karen Mike Dawson here, add me on Facebook and we'll sort it", () => {
    expect(hides("Dear Karen Mike Dawson here, add me on Facebook and we'll sort it", "Mike Dawson")).toBe(true);
  });
  it("[caught] Made out to Caro Jimenez, cheque is fine, no need for the app", () => {
    expect(hides("Made out to Caro Jimenez, cheque is fine, no need for the app", "Caro Jimenez")).toBe(true);
  });
  it("[caught] It's Mr Tony Russo's garage on Elm, ask for me, look it up on Facebook", () => {
    expect(hides("It's Mr Tony Russo's garage on Elm, ask for me, look it up on Facebook", "Tony Russo")).toBe(true);
  });
  it("[caught] Ask for Tony Russo's brother at the yard, he'll sort you cheaper off the app", () => {
    expect(hides("Ask for Tony Russo's brother at the yard, he'll sort you cheaper off the app", "Tony Russo")).toBe(true);
  });
  it("[caught] Made out to Tony Russo's Garage, no app fee that way", () => {
    expect(hides("Made out to Tony Russo's Garage, no app fee that way", "Tony Russo")).toBe(true);
  });
  it("[caught] Payable to Mike Dawson's Autos, cash or cheque, skip the app", () => {
    expect(hides("Payable to Mike Dawson's Autos, cash or cheque, skip the app", "Mike Dawson")).toBe(true);
  });
  it.fails("[missed before too] Look for Mike Dawson's van outside, Saturday 10am", () => {
    expect(hides("Look for Mike Dawson's van outside, Saturday 10am", "Mike Dawson")).toBe(true);
  });
  it("[caught] Caro Jimenez is my name on Facebook, add me", () => {
    expect(hides("Caro Jimenez is my name on Facebook, add me", "Caro Jimenez")).toBe(true);
  });
  it("[caught] Cara Delgado on Facebook, that's me, message me there", () => {
    expect(hides("Cara Delgado on Facebook, that's me, message me there", "Cara Delgado")).toBe(true);
  });
  it("[caught] Liebe Schmidt is my name on Facebook, add me", () => {
    expect(hides("Liebe Schmidt is my name on Facebook, add me", "Liebe Schmidt")).toBe(true);
  });
  it("[caught] Gentile Rossi on Facebook, that's me", () => {
    expect(hides("Gentile Rossi on Facebook, that's me", "Gentile Rossi")).toBe(true);
  });
  it.fails("[missed before too] Sign it Dear Mike Dawson and post it to me, I'll do the job cheaper", () => {
    expect(hides("Sign it Dear Mike Dawson and post it to me, I'll do the job cheaper", "Mike Dawson")).toBe(true);
  });
  it("[caught] I'm Mr Tony Russo, google me", () => {
    expect(hides("I'm Mr Tony Russo, google me", "Tony Russo")).toBe(true);
  });
  it("[caught] Call the shop and ask for Mr Russo's son Tony Russo", () => {
    expect(hides("Call the shop and ask for Mr Russo's son Tony Russo", "Tony Russo")).toBe(true);
  });
  it("[caught] Mr Tony Russo, Russo's Garage on Elm St, find me on google", () => {
    expect(hides("Mr Tony Russo, Russo's Garage on Elm St, find me on google", "Tony Russo")).toBe(true);
  });
  it("[caught] I'm Cara Mendez, ask for me at the counter and we can do it without the app", () => {
    expect(hides("I'm Cara Mendez, ask for me at the counter and we can do it without the app", "Cara Mendez")).toBe(true);
  });
  it("[new hole] This is Cara Delgado, I'm on every site under that name", () => {
    expect(hides("This is Cara Delgado, I'm on every site under that name", "Cara Delgado")).toBe(true);
  });
  it("[caught] My name is Gentile Rossi, ask around for me at the yard", () => {
    expect(hides("My name is Gentile Rossi, ask around for me at the yard", "Gentile Rossi")).toBe(true);
  });
  it("[new hole] Cheque payable to Cara Delgado please", () => {
    expect(hides("Cheque payable to Cara Delgado please", "Cara Delgado")).toBe(true);
  });
  it("[caught] Cara Delgado is my real name, easy to find me", () => {
    expect(hides("Cara Delgado is my real name, easy to find me", "Cara Delgado")).toBe(true);
  });
  it("[caught] It's Cher Whitfield, you'll find me online", () => {
    expect(hides("It's Cher Whitfield, you'll find me online", "Cher Whitfield")).toBe(true);
  });
  it("[caught] Dear Sarah, it's Tony Russo, easy to find me online", () => {
    expect(hides("Dear Sarah, it's Tony Russo, easy to find me online", "Tony Russo")).toBe(true);
  });
  it("[caught] My full name is Tony Russo's, easy to find me online", () => {
    expect(hides("My full name is Tony Russo's, easy to find me online", "Tony Russo")).toBe(true);
  });
  it("[caught] real name Mike Dawson's on my van, easy to find me online", () => {
    expect(hides("real name Mike Dawson's on my van, easy to find me online", "Mike Dawson")).toBe(true);
  });
  it("[caught] I'm Dr Russo, Tony Russo, easy to find me online", () => {
    expect(hides("I'm Dr Russo, Tony Russo, easy to find me online", "Tony Russo")).toBe(true);
  });
  it("[caught by the unannounced full name] I'm Mr. Anthony Russo, ask for me at the yard", () => {
    expect(hides("I'm Mr. Anthony Russo, ask for me at the yard", "Anthony Russo")).toBe(true);
  });
  it.fails("[missed before too] Cheque payable to Tony Russo's Garage please, not the app", () => {
    expect(hides("Cheque payable to Tony Russo's Garage please, not the app", "Tony Russo")).toBe(true);
  });
  it.fails("[missed before too] This is Tony Russo's Mobile Mechanics, I'm on every site under that name", () => {
    expect(hides("This is Tony Russo's Mobile Mechanics, I'm on every site under that name", "Tony Russo")).toBe(true);
  });
  it.fails("[missed before too] I'm Tony Russo's Autos, ask around for me at the yard", () => {
    expect(hides("I'm Tony Russo's Autos, ask around for me at the yard", "Tony Russo")).toBe(true);
  });
  it("[new hole] Made out to Cara Delgado, ta", () => {
    expect(hides("Made out to Cara Delgado, ta", "Cara Delgado")).toBe(true);
  });
  it("[new hole] I'm Caro Jimenez, ask around for me at the yard", () => {
    expect(hides("I'm Caro Jimenez, ask around for me at the yard", "Caro Jimenez")).toBe(true);
  });
  it("[new hole] This is Cher Lopez, I'm on every site under that name", () => {
    expect(hides("This is Cher Lopez, I'm on every site under that name", "Cher Lopez")).toBe(true);
  });
});

describe("where someone lives (8371fed, phrases.ts meeting place): a meeting behind 'Lives in ...' or a place 'in <month>'", () => {
  it("[caught] Working at the Home Depot on Route 9 all Saturday, come by at noon and I'll swap it in the lot", () => {
    expect(reportsDealOrRequest("Working at the Home Depot on Route 9 all Saturday, come by at noon and I'll swap it in the lot")).toBe(true);
  });
  it("[caught] Based at the Shell on Main St till 6 today, swing by and I'll do the pads there", () => {
    expect(reportsDealOrRequest("Based at the Shell on Main St till 6 today, swing by and I'll do the pads there")).toBe(true);
  });
  it("[caught] Heads up, the Costco on Ben White at 4 tomorrow works, I'll bring the pads", () => {
    expect(reportsDealOrRequest("Heads up, the Costco on Ben White at 4 tomorrow works, I'll bring the pads")).toBe(true);
  });
  it("[caught] Goes quicker at the Walmart on 5th tomorrow at 10, I'll bring my tools", () => {
    expect(reportsDealOrRequest("Goes quicker at the Walmart on 5th tomorrow at 10, I'll bring my tools")).toBe(true);
  });
  it("[caught] Stays open late, the AutoZone on Burnet, meet me there at 7", () => {
    expect(reportsDealOrRequest("Stays open late, the AutoZone on Burnet, meet me there at 7")).toBe(true);
  });
  it("[caught] Drives fine for now. Costco on Ben White at 4 tomorrow, I'll bring the pads and do it in the lot", () => {
    expect(reportsDealOrRequest("Drives fine for now. Costco on Ben White at 4 tomorrow, I'll bring the pads and do it in the lot")).toBe(true);
  });
  it("[caught] Works at the Target on Lamar, come by Saturday at 10 and I'll do it in the car park", () => {
    expect(reportsDealOrRequest("Works at the Target on Lamar, come by Saturday at 10 and I'll do it in the car park")).toBe(true);
  });
  it("[caught] Tesco in March at 6 tomorrow, I'll do the battery in the car park", () => {
    expect(reportsDealOrRequest("Tesco in March at 6 tomorrow, I'll do the battery in the car park")).toBe(true);
  });
  it("[caught] Going to be at the Shell on Main tomorrow at 10, come find me", () => {
    expect(reportsDealOrRequest("Going to be at the Shell on Main tomorrow at 10, come find me")).toBe(true);
  });
  it("[caught] Went past the Kroger on Oak earlier, same spot tomorrow at 9 and I'll do it there", () => {
    expect(reportsDealOrRequest("Went past the Kroger on Oak earlier, same spot tomorrow at 9 and I'll do it there")).toBe(true);
  });
  it("[caught] Working at Costco on Ben White tomorrow at 4, I'll do your pads in the lot on my break", () => {
    expect(reportsDealOrRequest("Working at Costco on Ben White tomorrow at 4, I'll do your pads in the lot on my break")).toBe(true);
  });
  it("[caught] Working at the Home Depot on Route 9 all Saturday, swap it in the lot at noon?", () => {
    expect(reportsDealOrRequest("Working at the Home Depot on Route 9 all Saturday, swap it in the lot at noon?")).toBe(true);
  });
  it("[caught] Based at the Shell on Main St till 6 today, pads in their lot after that?", () => {
    expect(reportsDealOrRequest("Based at the Shell on Main St till 6 today, pads in their lot after that?")).toBe(true);
  });
  it("[caught] Staying at the Marriott on Congress tonight, I'll do the battery in their garage at 8", () => {
    expect(reportsDealOrRequest("Staying at the Marriott on Congress tonight, I'll do the battery in their garage at 8")).toBe(true);
  });
  it("[caught] Heading in, at the Walmart on 5th at 10 tomorrow, pads done in the lot for $120", () => {
    expect(reportsDealOrRequest("Heading in, at the Walmart on 5th at 10 tomorrow, pads done in the lot for $120")).toBe(true);
  });
  it("[caught] Works at the Target on Lamar Saturday at 10, half the price of here", () => {
    expect(reportsDealOrRequest("Works at the Target on Lamar Saturday at 10, half the price of here")).toBe(true);
  });
  it("[new hole] Lives in the Sunrise apartments on Elm, drives out at 7 tomorrow, I can do the belt there", () => {
    expect(reportsDealOrRequest("Lives in the Sunrise apartments on Elm, drives out at 7 tomorrow, I can do the belt there")).toBe(true);
  });
  it("[caught] Goes at the AutoZone on Burnet at 7 tomorrow, bring the car round the back", () => {
    expect(reportsDealOrRequest("Goes at the AutoZone on Burnet at 7 tomorrow, bring the car round the back")).toBe(true);
  });
  it("[caught] Moved in at the Shell on Main, out back at 6 tomorrow, we can do it there", () => {
    expect(reportsDealOrRequest("Moved in at the Shell on Main, out back at 6 tomorrow, we can do it there")).toBe(true);
  });
  it("[caught] Headed in at the Kroger on Oak tomorrow at 9, I'll have the pads with me", () => {
    expect(reportsDealOrRequest("Headed in at the Kroger on Oak tomorrow at 9, I'll have the pads with me")).toBe(true);
  });
  it("[new hole] Parts are at the O'Reilly in June Street, see you there tomorrow at 4", () => {
    expect(reportsDealOrRequest("Parts are at the O'Reilly in June Street, see you there tomorrow at 4")).toBe(true);
  });
  it("[new hole] The Tesco in March, 6 tomorrow, I'll have the battery with me", () => {
    expect(reportsDealOrRequest("The Tesco in March, 6 tomorrow, I'll have the battery with me")).toBe(true);
  });
  it("[caught] Meet at the Sainsbury's in March at 6 tomorrow and I'll swap it there", () => {
    expect(reportsDealOrRequest("Meet at the Sainsbury's in March at 6 tomorrow and I'll swap it there")).toBe(true);
  });
  it("[new hole] The Walmart in May Street tomorrow at noon, I'll have the tools", () => {
    expect(reportsDealOrRequest("The Walmart in May Street tomorrow at noon, I'll have the tools")).toBe(true);
  });
  it("[new hole] The Kroger in June Road tomorrow at 9, I'll have the pads with me", () => {
    expect(reportsDealOrRequest("The Kroger in June Road tomorrow at 9, I'll have the pads with me")).toBe(true);
  });
  it("[caught] Lives in the flats on Elm, so the Shell on Main at 6 tomorrow suits, I'll have the pads", () => {
    expect(reportsDealOrRequest("Lives in the flats on Elm, so the Shell on Main at 6 tomorrow suits, I'll have the pads")).toBe(true);
  });
  it("[caught] Lives near the Costco on Ben White, tomorrow at 4 works, I'll have the pads with me", () => {
    expect(reportsDealOrRequest("Lives near the Costco on Ben White, tomorrow at 4 works, I'll have the pads with me")).toBe(true);
  });
  it("[caught] Works at the Target on Lamar, Saturday at 10 works, I'll have the pads with me", () => {
    expect(reportsDealOrRequest("Works at the Target on Lamar, Saturday at 10 works, I'll have the pads with me")).toBe(true);
  });
  it("[caught] Heads on Main St at 6 tomorrow, I'll have your alternator with me", () => {
    expect(reportsDealOrRequest("Heads on Main St at 6 tomorrow, I'll have your alternator with me")).toBe(true);
  });
  it("[caught] Based at the Shell on Main St, 6 today, pads done there for $120", () => {
    expect(reportsDealOrRequest("Based at the Shell on Main St, 6 today, pads done there for $120")).toBe(true);
  });
});
