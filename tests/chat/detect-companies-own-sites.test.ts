// Issue 13 round 17, a company's own site named for what it publishes or holds: a reference
// document about the car or a part (a guide, a manual, a wiring diagram, a spec or data sheet, a
// bulletin, a forum thread about the fault) said to be on a site, the sender's account with a
// company that repairs nothing (an insurer's claim portal, a bank's app, the sender's breakdown
// cover), or a shop or service the sender says they bought from, paid through or compared, is
// where a document, an account or a purchase lives, not a way to reach the sender. A site the
// sender calls theirs, one with their prices or bookings, or one they invite the reader to reach
// them through stays a link.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a company's own site named for what it publishes", () => {
  it.each([
    ["a guide on a site", "there's a decent strut guide on strutmasters.com with pictures"],
    ["a data sheet is on a site", "The coolant data sheet is on valvoline.com, it says OAT"],
    ["a manual at a site", "the owner's manual at bmw-motorrad.de lists 3.5 litres"],
    ["a diagram on a named maker's site", "got the fuse diagram from the Bosch site, bosch-mobility.com, page 12"],
    ["bulletins are on a site", "the bulletins are posted on tsbsearch.net if you search the VIN"],
    ["an insurer's claim portal", "my insurance claims portal is progressive.com, should I upload the estimate there?"],
    ["a bank's app", "my bank's app is chase.com and it shows the refund pending"],
    ["a warranty provider's site", "our warranty company's site: endurancewarranty.com says wear items are excluded"],
    ["a forum thread about the fault", "there's a long thread about this rattle on audizine.com, same symptoms"],
    ["a shop the sender bought from", "I ordered the pads off partsdirect.co.uk last night, arriving Tuesday"],
    ["a part the sender got somewhere", "I've already got a new thermostat from carpartsnow.de, can you fit it?"],
    ["a payment service the sender paid through", "I paid through splitit.com for the tyres last time"],
    ["prices the sender compared", "I compared prices on pricespy.co.uk and yours is fair"],
    ["a delivery's sender", "the new wipers arrived from wipersonline.com this morning"],
    ["the sender's insurer", "My insurer is directline.com and they need photos of the damage"],
    ["the sender's breakdown cover", "my breakdown cover is with theaa.co.uk if it dies again"],
    ["the sender's warranty provider", "my warranty is through autoprotect.co.uk, do you work with them?"],
  ])("%s: %j stays readable", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["the sender's own guide", "my brake guide is on dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["a price list on a site", "the price guide is on dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["an invitation after the site", "the manual is on dansmobilebrakes.com, message me there for the rest", "dansmobilebrakes.com"],
    ["a booking host", "the instructions are on calendly.com/dan-brakes", "calendly.com/dan-brakes"],
    ["the sender's own site", "my site is dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["the sender's shop account", "my shop's page is dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["a shop the reader is told to buy from", "order the pads from dansmobilebrakes.com and I'll fit them", "dansmobilebrakes.com"],
    ["a thread the sender started on their site", "the thread I started on dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["a guide with the sender's rates after it", "the fitting guide on dansmobilebrakes.com has my rates too", "dansmobilebrakes.com"],
    ["a guide the sender wrote", "I wrote a guide on dansmobilebrakes.com for this exact job", "dansmobilebrakes.com"],
    ["a spec sheet with a direct price after it", "the spec sheet is on dansmobilebrakes.com, the direct price is at the bottom", "dansmobilebrakes.com"],
    ["a purchase with an invitation after it", "I got the pads from dansmobilebrakes.com, text me there", "dansmobilebrakes.com"],
    ["an invitation after a purchase", "I got the part, message me on dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["the sender's side after a check", "I checked, we are on dansmobilebrakes.com", "dansmobilebrakes.com"],
    ["a payment page after 'paid'", "I paid through dansmobilebrakes.com/pay", "dansmobilebrakes.com/pay"],
    ["the sender's warranty page", "my warranty is dansmobilebrakes.com", "dansmobilebrakes.com"],
  ])("%s: %j is still masked", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("LINK");
    expect(hides(text, secret)).toBe(true);
  });

  it("a phone typed beside a document's site is still a phone", () => {
    const text = "the wiring diagram is on alldatadiy.com or call me 512-555-0143";
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, "512-555-0143")).toBe(true);
  });
});

// Round 17 review: the document or account exception needs positive evidence that the site is a
// third party's (a carmaker's, a parts maker's or a manual publisher's name, a name made of document
// or owners'-forum words; for an account, an insurer's or a bank's name; a brand named beside the
// site is no evidence, the sender's business may be the brand),
// and never applies to a messaging, social, booking or payment host or a contact or booking path.
describe("a document's or an account's site must be plausibly a third party's", () => {
  it.each([
    ["a parts maker's site", "the torque chart is on ngk.com under spark plugs"],
    ["a brake maker's site", "the pad wear guide on brembo.com has photos"],
    ["a manual publisher named and linked", "the Haynes manual at haynes.com covers the 1.6"],
    ["a site named for recalls", "the recall notice is on recalllookup.co.uk"],
    ["an owners' forum", "the thread about the DSG judder on vwvortex.com is long"],
    ["a fluid maker's hyphenated site", "the Castrol data sheet is on castrol-lubricants.com"],
    ["a known insurer", "my insurer's claims site is aviva.co.uk, they want photos"],
    ["a known bank", "my bank's site is barclays.co.uk and the refund is pending"],
    ["an insurer by its name", "my car insurance company's portal is hastingsdirect.com"],
    ["a lender named for finance", "my lender's portal is blackhorsefinance.co.uk"],
    ["a page of a known insurer's site", "my insurance claims portal is aviva.co.uk/claims, the photos are up"],
    // a purchase: a known retailer or marketplace, a maker, a name of shop words, or a product page
    ["a known parts retailer", "I got the pads from rockauto.com, they came yesterday"],
    ["a marketplace", "I bought the sensor off ebay.co.uk last week"],
    ["a UK retailer", "I ordered the bulbs from eurocarparts.com on friday"],
    ["a maker's shop", "I've bought the plugs from ngk.com before"],
    ["a product page on an unknown shop", "I ordered the filter from torquehub.net/products/oil-filter-43"],
  ])("%s: %j stays readable", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a snapchat add link as a guide's site", "the guide is on snapchat.com/add/bradfix", "snapchat.com/add/bradfix"],
    ["a messenger link as a manual's site", "the manual is on m.me/bradsbrakes", "m.me/bradsbrakes"],
    ["a contact path as a diagram's site", "the wiring diagram is on bradsbrakes.com/contact-us", "bradsbrakes.com/contact-us"],
    ["a business's own site for a guide", "the fitting guide is on kevsmobilefitting.co.uk", "kevsmobilefitting.co.uk"],
    ["a how-to the sender put up", "I put a how-to on torquetom.net, have a look", "torquetom.net"],
    ["a garage's site for a bulletin", "the brake bulletin is at dansgarage.co.uk", "dansgarage.co.uk"],
    ["a shop called an insurer's portal", "my insurer's portal is kevsautos.com", "kevsautos.com"],
    ["a payment page called a bank's app", "my bank's app is venmo.com/kevsautos", "venmo.com/kevsautos"],
    ["a person's page named by a possessive", "the manual is on Mike's page, mikesmotors.com", "mikesmotors.com"],
    ["the sender's business named as the brand", "the BradsBrakes manual is on bradsbrakes.com", "bradsbrakes.com"],
    ["a site named for the topic", "the strut guide is on strutbrad.com", "strutbrad.com"],
    ["a trade's site named for its trade", "the wiring diagram is on daveswiring.co.uk", "daveswiring.co.uk"],
    ["a bank's payment link with the sender's name", "my bank's app is revolut.me/kevsautos", "revolut.me/kevsautos"],
    ["a name under a known bank's site", "my bank's site is barclays.co.uk/kevsautos", "barclays.co.uk/kevsautos"],
    // a purchase from a site with nothing to show it is a third party's: the sender's own shop may be it
    ["a purchase from a shop named for a person", "I got the pads from bradsbrakes.com", "bradsbrakes.com"],
    ["an order from a business's site", "I ordered the rotors off kevsautospares.co.uk, cheaper than here", "kevsautospares.co.uk"],
    ["a delivery from a named trader", "the new mirror came from mikesmotorfactors.com", "mikesmotorfactors.com"],
  ])("%s: %j is still masked", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("LINK");
    expect(hides(text, secret)).toBe(true);
  });
});
