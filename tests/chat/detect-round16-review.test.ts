// Round-16 review: an attacker's and a new user's messages against the rules round 16 added or
// widened (addresses said apart or in words, British street types, directions from a landmark,
// full names by signature/owner/"ask for"/phone book, cash in pounds and euros, cash ranked above
// the app, e-mails by reference, backwards or doubled, links typed apart, handles across messages,
// numbers read out in characters) and the exceptions it made (send-only mailboxes, an app's state or
// things, an app waved away, a thing's label before an identifier, ordinals before numbers).
// Innocent messages are `it` when unflagged and `it.fails` when flagged; attacks are `it` when
// caught (every letter and digit of the detail masked, or the deal/request reported) and `it.fails`
// when missed. Each `it.fails` title names the commit whose rule is at fault. "[regression]": caught
// before round 16 (main at the review) and missed since; "[flagged before too]": not new this round.
import { describe, expect, it } from "vitest";
import { burstFlagged, hides, kindsOf, replayHides } from "./detector-helpers.ts";

describe("exceptions this round made are holes an evader can use", () => {
  // 20ec82e lets any mailbox whose local part reads "noreply", "donotreply" or "mailer-daemon"
  // through, at any domain and whatever the sentence says: the name is the sender's to choose.
  it.each([
    ["write to noreply@gmail.com", "noreply@gmail.com"],
    ["reply to donotreply@gmail.com", "donotreply@gmail.com"],
    ["noreply@brakesbyben.co.uk is my shop inbox, email there", "noreply@brakesbyben.co.uk"],
    ["the invoice came from noreply@kevsgarage.com, reply to it directly and I'll get it", "noreply@kevsgarage.com"],
    ["mailer-daemon@kev.me, message me there", "mailer-daemon@kev.me"],
  ])("[fixed, 20ec82e] %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["my email is noreply@brakesbyben.co.uk", "noreply@brakesbyben.co.uk"],
    ["email me at noreplymike@gmail.com", "noreplymike@gmail.com"],
    ["email me: no-reply@kevsgarage.com", "no-reply@kevsgarage.com"],
  ])("a send-only name given as the sender's own address: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // ab0720a: a label sent alone ("tracking", "part number") makes the next message's number that
  // thing's, even a UK mobile and even with "call me"/"whatsapp me" after it.
  it.each([
    [["part number", "512 555 0143", "call me"], ["512 555 0143"]],
    [["tracking", "07700 900123", "whatsapp me that"], ["07700 900123"]],
    [["tracking", "07700 900123"], ["07700 900123"]],
  ])("[fixed, ab0720a] the burst %j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  // 3040202: a part named by what it is, then "number", makes the number after it the part's, even
  // an Australian mobile (04xx xxx xxx) with "ring it" or "that's my mobile" beside it.
  it.each([
    ["my pump number is 0412 555 873", "0412 555 873"],
    ["the tag number is 0412 555 873 if you need to reach the owner", "0412 555 873"],
    ["gearbox number 0412 555 873 haha, that's my mobile", "0412 555 873"],
    ["the turbo number? 0412 555 873 ring it", "0412 555 873"],
  ])("[fixed, 3040202] %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    [["part number", "0412 555 873"], ["0412 555 873"]],
    [["order #", "07700 900123", "lol"], ["07700 900123"]],
    [["my claim ref", "312 555 0188"], ["312 555 0188"]],
    [["tracking", "0044 7700 900123"], ["7700 900123"]],
  ])("[fixed, ab0720a] the burst %j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["part number 512 555 0143 call me", "512 555 0143"],
    ["part number: 512-555-0143 ring me", "512-555-0143"],
    ["the pump number is 07700 900123 text me", "07700 900123"],
    ["tag number 312 555 0188, ring it", "312 555 0188"],
    ["tracking 07700 900123", "07700 900123"],
    ["the 2nd 312 555 0188 is my cell", "312 555 0188"],
    ["1st 07700 900123", "07700 900123"],
    ["4th (713) 555-0170 is my number", "555-0170"],
    ["the 2nd 3125550188", "3125550188"],
    ["injector number 07700 900123 ;)", "07700 900123"],
    ["compressor number is 07700900123", "07700900123"],
  ])("a label or ordinal in the same message: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // 8c9282f: "discord? nah" waves the app away, and the handle given right after goes with it
  // (before this round the app was flagged, though the handle was readable).
  it("[fixed, 8c9282f] discord? nah. ok fine: wrenchy#4412 is flagged", () => {
    expect(kindsOf("discord? nah. ok fine: wrenchy#4412")).not.toEqual([]);
  });

  it.each([
    ["whatsapp is down on here, add me there: 07700 900123", "07700 900123"],
    ["telegram's glitchy, snap me @wrenchy_k", "wrenchy_k"],
    ["my snapchat memories are on @wrenchy_k", "wrenchy_k"],
    ["is there a whatsapp group? never mind, join: chat.whatsapp.com/AbC123", "AbC123"],
  ])("an app's state or things beside a real contact: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["my ebay shop ebay.co.uk/str/kevsparts message me there", "kevsparts"],
    ["fill this tally.so/r/abc123 with your number", "abc123"],
    ["book with me direct at calendly.com/kevfixes", "kevfixes"],
    ["r/kevfixes on reddit, dm me", "kevfixes"],
    ["ebay.com/usr/kev_parts", "kev_parts"],
    ["amazon.co.uk/shops/kevsparts msg me", "kevsparts"],
  ])("seller pages and forms: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});

describe("innocent repair chat the new rules might flag", () => {
  it.each([
    "I'm stuck in traffic on Station Approach, be 10 mins late to your workshop",
    "the 3 Kings Mount pub car park is where the car died, recovery is booked via the app",
    "we did a 3 Point Turn and the steering clunked",
    "took the 2 Mile Reach route home and the clutch slipped",
    "the 1 Stop Approach to servicing saves time",
    "Beech Croft is a lovely road, anyway the car's fine now",
    "the car's number 2 on the list, the red one",
    "number 27 on the invoice is the labour line",
    "I'm number 4 in the queue at the MOT centre",
    "go past the Tesco and the noise starts, it's the corner where the road dips",
    "same road as the library is where the brakes started squealing",
    "behind the Spar there's a pothole that killed my tyre, the grey one with the dent is my car",
    "the owner is my wife, she'll be dropping it at your workshop",
    "please sign off the job sheet under Mike, he's the tech on the booking",
    "ask for Tyre Pressure Monitoring at the front desk to be reset",
    "ask at the desk for Brake Fluid DOT 4 and a Bosch Wiper",
    "check the directory for Euro Car Parts, they have the filter",
    "Cheers, Dave - Dave's Motors (your mechanic on AutoDoctor)",
    "Thanks, Tom from Kwik Fit",
    "go see him at the counter, the service advisor will sort the invoice",
    "I paid £45 cash for an MOT last year, is yours cheaper?",
    "the dealer wanted €80 cash for diagnostics, is that normal?",
    "the AA man charged me £40 cash last time, is the callout on the app cheaper?",
    "can I pay cash at the counter when I collect or does it have to be through the app?",
    "do you accept cash or only card through the app?",
    "my old garage was £60 cash but I'd rather pay on here",
    "I'm paying through the app, not cash, £120 is fine",
    "cash is king they say but I'll pay on the app",
    "cash beats card at the car wash, the app is for the repair",
    "come to the shop car park at 9, the job's £80 on the app",
    "see you at your workshop car park at 9, paid on the app already",
    "kal workshop pe milte hain, booking app pe hai",
    "my username here is the same as my gamertag lol",
    "you can email the receipt to my username here? or does the app do it",
    "whatsapp is down so I'm using this chat",
    "the app sent it from noreply@autodoctor.app",
    "part number 1K0 615 301 AA, is it in stock?",
    "tracking 1Z999AA10123456784 says Friday",
    "it's the 2nd 312 Chevy I've had",
    "I bought the pads from ebay.co.uk/itm/123456789012",
    "moc.liamg is gmail backwards lol",
    "S O S, the engine is dead",
    "I I I on the dash means 3 warning lights",
  ])("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([[["saw it on snap", "yesterday", "crazy"]], [["on insta", "reels", "they showed the fix"]], [["my snap", "chat is broken"]], [["tracking", "1Z999AA10123456784"]]])(
    "the burst %j is not flagged",
    (messages) => {
      expect(burstFlagged(messages)).toBe(false);
    },
  );

  // 633c81b: the app's name ends the first message's glued reading, so the next two messages are
  // read as a handle typed in pieces ("is full of car pics" / "honestly"): both flagged.
  it("[fixed, 633c81b] the burst my insta / is full of car pics / honestly is not flagged", () => {
    expect(burstFlagged(["my insta", "is full of car pics", "honestly"])).toBe(false);
  });

  // 6549c6f reads "Mount" (and "Approach", "Reach") after a number and a capitalised word as a
  // street: a parts list with capitalised part names is an ADDRESS.
  it.each([
    "need 2 Engine Mount and 1 Gearbox Mount for the Focus",
    "fitted 2 Top Mount bearings yesterday",
    "ordered 4 Strut Mount kits, arriving Friday",
    "the MOT said 2 Wishbone Mount bushes are perished",
  ])("[fixed, 6549c6f] %j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // 0bafa0a reads a shop or public place and then "number N" in the same sentence as directions to
  // a home: a fault described by where it happened, with a cylinder, tyre or light numbered.
  it.each([
    "past the Tesco roundabout, number 3 cylinder starts misfiring",
    "near the library the car died, number 4 injector is the culprit",
    "past the Shell the car pulled left, number 2 tyre is low",
    "opposite the library it cut out, number 4 coil pack probably",
    "turn left at the Tesco, number 3 on the dash is the traction control light",
    "near the school the EML came on, code number 12 in the book",
    "after the Aldi the road goes up, second gear, third floor of the multi storey is where I park",
  ])("[fixed, 0bafa0a] %j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    "the 2 Rear Engine Mount bolts were loose",
    "from the Shell garage onwards the temp gauge hits number 7 on the scale",
    "by the Aldi it stalled, third time this week",
    "the alarm goes off outside the Co-op, the one with the blue van next to it set it off",
    "the car's owner is on holiday, I'm her son",
    "the registered owner is my company, Acme Ltd",
    "sign off under the job number please",
    "Cheers, Gareth - your mechanic",
    "Thanks, Gareth (Pryce Motors on AutoDoctor)",
    "£45 cash back from the insurance, so the repair is covered on the app",
    "I got €80 cash back on my card, pay you through the app",
    "you pay 80 on app, rest on app when done",
    "deposit on the app and the rest on collection through the app",
    "my username here is my name, Rosa, is that ok?",
    "my gmail is linked to my username here, will I get the receipt?",
  ])("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.fails("[flagged before too] the burst whatsapp is down / use this chat instead is not flagged", () => {
    expect(burstFlagged(["whatsapp is down", "use this chat instead"])).toBe(false);
  });

  // The cash-in-any-currency rule (5aecaff) and "cash ranked above the app" (63e3d4b) did not take
  // away these: a small fee paid in cash to a third party, or cash compared with the app elsewhere.
  it.each(["it's £2 cash for the hospital car park so I'll drop the keys after", "the toll bridge is €3 cash only, so I might be late", "honestly cash is faster than the app at the petrol station"])(
    "[fixed, flagged before too] %j is not flagged",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it.fails.each(["look up Halfords Autocentre in the phone book"])("[flagged before too] %j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("the new and widened rules catch their own variants", () => {
  it.each([
    ["collect it from 12 STATION APPROACH after 5", "12 STATION APPROACH"],
    ["I'm at No. 4 Beech Croft", "4 Beech Croft"],
    ["I'm at 4a Beech Croft", "4a Beech Croft"],
    ["flat 2, 17 Harbour Quay, Cobh", "17 Harbour Quay"],
    ["9 Mill Wynd, Perth", "9 Mill Wynd"],
    ["22 Castle Brae", "22 Castle Brae"],
    ["5 Riverside Parade, Manly", "5 Riverside Parade"],
    ["I live at twenty seven Acacia, the blue door", "twenty seven Acacia"],
    ["same road as the library, no. 27", "no. 27"],
    ["opposite the Aldi, house 12, knock loud", "house 12"],
    ["at the shop ask for Dev Kowalczyk", "Dev Kowalczyk"],
    ["sign it off under Priya Raman please", "Priya Raman"],
    ["my name's Seán Mac Giolla Bhríde", "Mac Giolla"],
    ["ask for Máire Ní Bhriain at the mart", "Máire Ní Bhriain"],
    ["MOC.LIAMG@SKNARC.YRRAB", "MOC.LIAMG@SKNARC.YRRAB"],
    ["kev.at.hollisauto.dot.com", "kev.at.hollisauto.dot.com"],
    ["kevATgmailDOTcom", "kevATgmailDOTcom"],
    ["my username here at gmail", "my username here at gmail"],
    ["WWW . KIWI-AUTO-SPARKY . NZ", "KIWI-AUTO-SPARKY"],
    ["T . ME / bmw_fixer", "bmw_fixer"],
    ["t.me /bmw_fixer", "bmw_fixer"],
    ["call I 2 I 5 5 5 O I 3 3", "I 2 I 5 5 5 O I 3 3"],
    ["call ｌ-2-ｌ-5-5-5-Ｏ-ｌ-3-3", "2-ｌ-5-5-5"],
    ["call L-2-L-5-5-5-O-L-3-3", "L-2-L-5-5-5-O-L-3-3"],
    ["dana@@@example...org", "dana@@@example...org"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["£45 CASH and it's done", "OFF_PLATFORM_DEAL"],
    ["45 pounds cash and done today", "OFF_PLATFORM_DEAL"],
    ["€80 in cash, done today", "OFF_PLATFORM_DEAL"],
    ["£45 c a s h, done today", "OFF_PLATFORM_DEAL"],
    ["£45 ca$h and done", "OFF_PLATFORM_DEAL"],
    ["CASH > APP", "OFF_PLATFORM_DEAL"],
    ["cash >>> the app tbh", "OFF_PLATFORM_DEAL"],
    ["cash is better than the app, trust me", "OFF_PLATFORM_DEAL"],
    ["80 via app and the other 100 in cash", "OFF_PLATFORM_DEAL"],
    ["pay the deposit on here and the balance in hand", "OFF_PLATFORM_DEAL"],
    ["what autodoctor doesn't know won't hurt", "OFF_PLATFORM_DEAL"],
    ["come to the Tesco car park at 6, bring 60 cash", "OFF_PLATFORM_DEAL"],
    ["my gmail is the same as my username here", "EMAIL"],
    ["gmail: same as my name here", "EMAIL"],
    ["same as my user name here @ hotmail", "EMAIL"],
  ])("%j is flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    [["im on SNAP", "gearhead", "_gabe"], ["gearhead"]],
    [["i'm on snap", "gear head", "_gabe"], ["gear"]],
    [["add me on telegram", "bmw", "_fixer"], ["bmw"]],
    [["my ig", "wrench", ".guy"], ["wrench"]],
    [["ask for", "Dev Kowalczyk", "at the yard"], ["Kowalczyk"]],
    [["kev_92", "gmail"], ["kev_92"]],
    [["tracking", "+44 7700 900123"], ["7700 900123"]],
  ])("the burst %j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });
});

describe("a 2,000-character message", () => {
  const filler = "the brake pads were worn so we replaced them and bled the system. ".repeat(40);
  it.each([
    ["a number at the very end", " ring 07700 900123", "07700 900123"],
    ["an address at the very end", " I'm at 4 Beech Croft", "4 Beech Croft"],
    ["an address by a reversed e-mail at the very end", " moc.liamg@sknarc.yrrab", "moc.liamg@sknarc.yrrab"],
  ])("%s is hidden", (_where, tail, secret) => {
    const text = filler.slice(0, 2000 - tail.length) + tail;
    expect(text).toHaveLength(2000);
    expect(hides(text, secret)).toBe(true);
  });
});

describe("evasions of the new rules", () => {
  it.each([["6549c6f: a British street type in lower case ('12 station road' is caught)", "collect it from 12 station approach after 5", "12 station approach"]])(
    "[fixed] %s: %j hides %j",
    (_fault, text, secret) => {
      expect(hides(text, secret)).toBe(true);
    },
  );

  it.fails.each([
    ["4721e80: a hyphenated number word before a bare street", "it's forty-two Elm, come round", "forty-two Elm"],
    ["0bafa0a: a house counted in doors from a shop", "two doors down from the Co-op, the one with the blue van", "the one with the blue van"],
    ["63b1794: a name to ask for in lower case", "ask for dev kowalczyk at the shop", "dev kowalczyk"],
    ["63b1794: 'ask 4' for 'ask for'", "ask 4 Dev Kowalczyk at the yard", "Dev Kowalczyk"],
    ["63b1794: 'say you're after' a name", "when you get to the yard just say you're after Dev Kowalczyk", "Dev Kowalczyk"],
    ["aa78e24: 'the car's owner is'", "the car's owner is Priya Raman, she'll sign", "Priya Raman"],
    ["8c19141: 'in the phone book as'", "he's in the phone book as Gareth Pryce", "Gareth Pryce"],
    ["8b50578: a sign-off with the business after a dash", "cheers, Gareth Pryce - Pryce Motors", "Gareth Pryce"],
    ["8b50578: a '--' signature line", "-- Gareth Pryce, Pryce Motor Repairs Ltd", "Gareth Pryce"],
    ["8b50578: 'Regards,' name, business", "Regards, Sam Ward, Ward & Sons Garage", "Sam Ward"],
    ["d80f687: a backwards address typed apart", "moc . liamg @ sknarc", "sknarc"],
    ["af21135: 'www' and the domain with spaces, no dots", "www kiwi-auto-sparky nz", "kiwi-auto-sparky"],
    ["af21135: a short link in words", "t dot me slash bmw_fixer", "bmw_fixer"],
    ["63b1794: a name to ask for in capitals", "ask for DEV KOWALCZYK at the shop", "DEV KOWALCZYK"],
    ["aa78e24: 'is the registered keeper'", "Priya Raman is the registered keeper", "Priya Raman"],
    ["aa78e24: 'the keeper is'", "the keeper is Priya Raman", "Priya Raman"],
    ["af21135: 'www.' with a space after each dot", "www. kiwi-auto-sparky. nz", "kiwi-auto-sparky"],
    ["af21135: a middle dot for the dot", "t · me / bmw_fixer", "bmw_fixer"],
  ])("[missed] %s: %j hides %j", (_fault, text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.fails.each([
    ["5aecaff: 'cash' before the price", "cash, £45, done today"],
    ["5aecaff: 'in notes' for cash", "45 quid in notes, done today"],
    ["5aecaff: 'c@sh'", "£45 c@sh today"],
    ["0e89f49: 'need 2 know'", "the app doesnt need 2 know about the extra"],
    ["ba11131: 'my username on here' without 'the same as'", "my gmail is my username on here"],
    ["ba11131: '=' for 'the same as'", "my gmail = my username here"],
    ["ba11131: the provider glued to '@'", "my username here @gmail"],
    ["5aecaff: the euro sign after the amount", "45€ cash, done today"],
    ["5aecaff: 'kash'", "£45 kash and it's done today"],
  ])("[missed] %s: %j is flagged", (_fault, text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });

  it.each([["63e3d4b: 'notes' ranked above the app", "notes beat the app"]])("[fixed] %s: %j is flagged", (_fault, text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });

  it.fails.each([
    ["6549c6f: the number and a lower-case British street in two messages", ["12", "station approach"], ["station approach"]],
    ["63b1794: 'ask for' and a lower-case name in two messages", ["ask for", "dev kowalczyk"], ["kowalczyk"]],
  ])("[missed] %s: the burst %j hides %j", (_fault, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.fails("[missed] ba11131: the provider and 'same as my username here' in two messages are flagged", () => {
    expect(burstFlagged(["my gmail", "same as my username here"])).toBe(true);
  });

  it.each([
    ["collect it from 12 Ѕtation Approach after 5", "12 Ѕtation Approach"],
    ["collect it from 12 Ｓｔａｔｉｏｎ Ａｐｐｒｏａｃｈ after 5", "12 Ｓｔａｔｉｏｎ Ａｐｐｒｏａｃｈ"],
    ["I'm at 4 B e e c h Croft", "4 B e e c h Croft"],
    ["ask for Dev Kowalczyk at the sh0p", "Dev Kowalczyk"],
    ["aѕk for Dev Kowalczyk at the shop", "Dev Kowalczyk"],
    ["moc.liamg＠sknarc.yrrab", "sknarc"],
    ["moc.liamg [at] sknarc.yrrab", "sknarc"],
    ["kev_AT_hollisauto_DOT_com", "hollisauto"],
    ["kev-at-hollisauto-dot-co-dot-uk", "hollisauto"],
    ["www . kiwi-auto-sparky . co . nz", "kiwi-auto-sparky"],
    ["ｗｗｗ . kiwi-auto-sparky . nz", "kiwi-auto-sparky"],
    ["t .me/ bmw_fixer", "bmw_fixer"],
    ["4 I 5 | SSS | O I 2 3", "SSS"],
    ["l.2.l.5.5.5.O.l.3.3", "5.5.5"],
    ["sign off as Priya Raman", "Priya Raman"],
    ["V5 is in the name of Priya Raman", "Priya Raman"],
  ])("look-alike letters, fullwidth, spacing: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["£45 саsh and it's done today"],
    ["£45 ｃａｓｈ and it's done today"],
    ["£45 cash-only and done today"],
    ["EUR 45 cash, done today"],
    ["GBP 45 cash done today"],
    ["forty five quid cash, done today"],
    ["cash > аpp"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([[["my snap is", "gearhead", "_gabe"], ["gearhead"]]])("the burst %j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });
  // Read as the chat sends it (round 51): "_gabe" is read with "gear" and "head" only, never with the app three messages back.
  it.fails('the burst ["i\'m on snap","gear","head","_gabe"] hides ["gear"]', () => {
    expect(replayHides(["i'm on snap", "gear", "head", "_gabe"], ["gear"])).toBe(true);
  });

  it.fails("[missed] 5aecaff: a cash price split over three messages (£45 / cash / done today) is flagged", () => {
    expect(burstFlagged(["£45", "cash", "done today"])).toBe(true);
  });
});
