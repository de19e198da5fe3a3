// Issue 13, round 20 (fp20): public help and maker pages named as such. A site's help centre
// ("help.", "support.", "faq." hosts) read from or named as help in the same sentence ("the help
// page says ...: help.x/refunds", "help.x/escalations explains how ..."); a carmaker's own site
// named by its make and one word of its owners', recall or corporate pages ("mitsubishi-motors",
// "nissan-global", "hondainfocenter"); a road or tyre safety body's guide ("the safety guide on
// tyresafe.org"). Still hidden: a help host of the sender's own, a booking or contact page, a reach
// invitation around it, a make with a person's name glued on ("toyota-dave", "hondamike"), a
// person's page on a maker-like site. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("help centres and makers' pages", () => {
  it.each([
    ["help.partsbay.com/returns explains how the return window works"],
    ["the marketplace's help page says disputes close after 14 days: help.mechanicmarket.net/disputes"],
    ["toyota's recall lookup: toyotaowners.com, put the VIN in and it lists open campaigns"],
    ["the owners page at nissan-global.com/owners has the service schedule for your model"],
    ["there's a good tyre pressure guide on roadsafety.org.nz if you want to read up on it"],
    ["have a look at the safety guide on carsafe.org, it shows how to check the tread"],
    ["the FAQ at help.bookmymech.com/payments covers refunds too"],
    ["ford-owners.com.au has the manual for the 2019 Ranger"],
    ["help.gogarage.io/fees explains the booking fee they add"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["help.bradsgarage.com has my number, ring me", "bradsgarage"],
    ["check help.bradsgarage.com lol", "bradsgarage"],
    ["my help page help.bradsgarage.com/contact for bookings", "bradsgarage"],
    ["honda recall lookup: hondamike.com call me there", "hondamike"],
    ["the guide on safebrakesdave.com, message me there for a quote", "safebrakesdave"],
    ["toyota-dave.com is my site, I do the recalls cheaper", "toyota-dave"],
    ["nissan-mike.com", "nissan-mike"],
    ["the owners page at mitsubishi-motors-mike.com, book with me there", "mitsubishi-motors-mike"],
    ["help.wrenchmike.com/book for the slot", "wrenchmike"],
    ["hondainfocenter.com/bradk ask for me", "bradk"],
    ["or just email dave at nissan-global.com", "dave at nissan-global.com"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
