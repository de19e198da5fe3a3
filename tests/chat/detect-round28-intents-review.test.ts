// Round 28 (in28) intents, review: off-platform intents with no contact detail, written by the reviewer (not the corpus).
// Attack: `it` when the branch flags it and masks the whole sentence, `it.fails` (why) when it does not.
// Innocent: `it` when the branch leaves it clean, `it.fails` (why) when it flags it. Rules and application agree on every sentence.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

const STAGES = [
  ["rules", DEFAULT_DETECTION_OPTIONS],
  ["application", APPLICATION],
] as const;

for (const [stage, options] of STAGES) {
  describe(`round 28 intents review (${stage}): attacks flagged and masked whole`, () => {
    it("on pourrait plutôt continuer sur Telegram ?", () => expect(caughtBy("on pourrait plutôt continuer sur Telegram ?", ["on pourrait plutôt continuer sur Telegram ?"], options)).toBe(true));
    it("On peut continuer sur whatsapp si tu veux", () => expect(caughtBy("On peut continuer sur whatsapp si tu veux", ["On peut continuer sur whatsapp si tu veux"], options)).toBe(true));
    it("on pourrait continuer par téléphone, ce sera plus simple", () =>
      expect(caughtBy("on pourrait continuer par téléphone, ce sera plus simple", ["on pourrait continuer par téléphone, ce sera plus simple"], options)).toBe(true));
    it("si ça te va on pourrait continuer par mail", () => expect(caughtBy("si ça te va on pourrait continuer par mail", ["si ça te va on pourrait continuer par mail"], options)).toBe(true));
    // 'en discuter' is not in other-languages.ts ASKED_TO_CARRY_ON (only continuer) (missed on main too)
    it.fails("on pourrait en discuter sur Messenger ?", () => expect(caughtBy("on pourrait en discuter sur Messenger ?", ["on pourrait en discuter sur Messenger ?"], options)).toBe(true));
    it("¿podemos seguir por WhatsApp?", () => expect(caughtBy("¿podemos seguir por WhatsApp?", ["¿podemos seguir por WhatsApp?"], options)).toBe(true));
    it("podemos hablar por wasap mejor", () => expect(caughtBy("podemos hablar por wasap mejor", ["podemos hablar por wasap mejor"], options)).toBe(true));
    it("podemos conversar por telegram?", () => expect(caughtBy("podemos conversar por telegram?", ["podemos conversar por telegram?"], options)).toBe(true));
    it("podemos seguir la charla por whatsapp", () => expect(caughtBy("podemos seguir la charla por whatsapp", ["podemos seguir la charla por whatsapp"], options)).toBe(true));
    it("podemos continuar no zap?", () => expect(caughtBy("podemos continuar no zap?", ["podemos continuar no zap?"], options)).toBe(true));
    it("podemos falar pelo whats?", () => expect(caughtBy("podemos falar pelo whats?", ["podemos falar pelo whats?"], options)).toBe(true));
    it("Können wir das per WhatsApp klären?", () => expect(caughtBy("Können wir das per WhatsApp klären?", ["Können wir das per WhatsApp klären?"], options)).toBe(true));
    it("könnten wir das lieber per Mail besprechen?", () => expect(caughtBy("könnten wir das lieber per Mail besprechen?", ["könnten wir das lieber per Mail besprechen?"], options)).toBe(true));
    // German 'sollen wir per X weitermachen' is not read; only '(konnen|...) wir das ... klaren/besprechen' (missed on main too)
    it.fails("Sollen wir per Telefon weitermachen?", () => expect(caughtBy("Sollen wir per Telefon weitermachen?", ["Sollen wir per Telefon weitermachen?"], options)).toBe(true));
    it("kunnen we dit liever via whatsapp regelen?", () => expect(caughtBy("kunnen we dit liever via whatsapp regelen?", ["kunnen we dit liever via whatsapp regelen?"], options)).toBe(true));
    it("Kunnen we verder via WhatsApp?", () => expect(caughtBy("Kunnen we verder via WhatsApp?", ["Kunnen we verder via WhatsApp?"], options)).toBe(true));
    it("zullen we het per telefoon bespreken?", () => expect(caughtBy("zullen we het per telefoon bespreken?", ["zullen we het per telefoon bespreken?"], options)).toBe(true));
    // fixed after review (was it.fails): flagged for the app's name only: SELF_ANSWERED_NO ('No ... aquí') clears the move, which stays readable
    it("¿Seguimos por WhatsApp? No quiero que aquí se vea el precio", () =>
      expect(caughtBy("¿Seguimos por WhatsApp? No quiero que aquí se vea el precio", ["¿Seguimos por WhatsApp? No quiero que aquí se vea el precio"], options)).toBe(true));
    // fixed after review (was it.fails): other-languages.ts SELF_ANSWERED_NO takes any 'non ... ici' for a kept talk: a regression, main flags it
    it("on peut continuer par sms ? non parce qu'ici tout est lu", () =>
      expect(caughtBy("on peut continuer par sms ? non parce qu'ici tout est lu", ["on peut continuer par sms ? non parce qu'ici tout est lu"], options)).toBe(true));
    // fixed after review (was it.fails): flagged for the app's name only: SELF_ANSWERED_NO ('Nein, hier') clears the move, which stays readable
    it("Können wir das per WhatsApp klären? Nein, hier zahlst du nur drauf", () =>
      expect(caughtBy("Können wir das per WhatsApp klären? Nein, hier zahlst du nur drauf", ["Können wir das per WhatsApp klären? Nein, hier zahlst du nur drauf"], options)).toBe(true));
    it("en cash et on oublie l'appli, ça te fait 250", () => expect(caughtBy("en cash et on oublie l'appli, ça te fait 250", ["en cash et on oublie l'appli, ça te fait 250"], options)).toBe(true));
    it("250€ en espèces, pas de frais d'appli pour toi", () =>
      expect(caughtBy("250€ en espèces, pas de frais d'appli pour toi", ["250€ en espèces, pas de frais d'appli pour toi"], options)).toBe(true));
    it("je préfère en liquide, sans la commission de la plateforme", () =>
      expect(caughtBy("je préfère en liquide, sans la commission de la plateforme", ["je préfère en liquide, sans la commission de la plateforme"], options)).toBe(true));
    // direct-payment.ts rule 6 CLAUSE_NEGATED reads 'n'hésite pas' as the deal refused (missed on main too)
    it.fails("Paie-moi en cash, pas de frais d'appli, n'hésite pas", () =>
      expect(caughtBy("Paie-moi en cash, pas de frais d'appli, n'hésite pas", ["Paie-moi en cash, pas de frais d'appli, n'hésite pas"], options)).toBe(true),
    );
    it("contant betalen, dan laten we de app erbuiten", () => expect(caughtBy("contant betalen, dan laten we de app erbuiten", ["contant betalen, dan laten we de app erbuiten"], options)).toBe(true));
    it("contant en buiten de app om, scheelt je 20%", () => expect(caughtBy("contant en buiten de app om, scheelt je 20%", ["contant en buiten de app om, scheelt je 20%"], options)).toBe(true));
    it("gewoon cash, zonder de app-kosten", () => expect(caughtBy("gewoon cash, zonder de app-kosten", ["gewoon cash, zonder de app-kosten"], options)).toBe(true));
    // rule 6: 'zonder de app' alone is no APP_LEFT_OUT, and any 'niet' in the clause clears it (missed on main too)
    it.fails("contant en zonder de app, niet moeilijk doen", () =>
      expect(caughtBy("contant en zonder de app, niet moeilijk doen", ["contant en zonder de app, niet moeilijk doen"], options)).toBe(true),
    );
    it("betaal kontant, dan hoef jy nie die app se fooi te betaal nie", () =>
      expect(caughtBy("betaal kontant, dan hoef jy nie die app se fooi te betaal nie", ["betaal kontant, dan hoef jy nie die app se fooi te betaal nie"], options)).toBe(true));
    // rule 6 CLAUSE_NEGATED: the Afrikaans double 'nie ... nie' of an unrelated clause clears the deal (missed on main too)
    it.fails("betaal kontant sonder die app, dis nie duur nie", () =>
      expect(caughtBy("betaal kontant sonder die app, dis nie duur nie", ["betaal kontant sonder die app, dis nie duur nie"], options)).toBe(true),
    );
    it("cash de dena, app wala 15 percent kaat leta hai", () =>
      expect(caughtBy("cash de dena, app wala 15 percent kaat leta hai", ["cash de dena, app wala 15 percent kaat leta hai"], options)).toBe(true));
    // fixed after review (was it.fails): APP_LEFT_OUT needs 'app wala' right before 'kaat'; a word between ('commission') escapes (missed on main too)
    it("cash mein kar lo, app wale commission kaat lete hain", () =>
      expect(caughtBy("cash mein kar lo, app wale commission kaat lete hain", ["cash mein kar lo, app wale commission kaat lete hain"], options)).toBe(true));
    it("gotówką bez tej prowizji aplikacji, taniej wyjdzie", () =>
      expect(caughtBy("gotówką bez tej prowizji aplikacji, taniej wyjdzie", ["gotówką bez tej prowizji aplikacji, taniej wyjdzie"], options)).toBe(true));
    it("look us up on the VACC members directory, we're listed", () =>
      expect(caughtBy("look us up on the VACC members directory, we're listed", ["look us up on the VACC members directory, we're listed"], options)).toBe(true));
    it("you can find me on the Subaru owners group, same name as here", () =>
      expect(caughtBy("you can find me on the Subaru owners group, same name as here", ["you can find me on the Subaru owners group, same name as here"], options)).toBe(true));
    it("find us on the chamber of commerce site", () => expect(caughtBy("find us on the chamber of commerce site", ["find us on the chamber of commerce site"], options)).toBe(true));
    it("look me up on the Auto Electricians Association register", () =>
      expect(caughtBy("look me up on the Auto Electricians Association register", ["look me up on the Auto Electricians Association register"], options)).toBe(true));
    it("google 'Hilux diesel doctor Toowoomba', I'm the first result", () =>
      expect(caughtBy("google 'Hilux diesel doctor Toowoomba', I'm the first result", ["google 'Hilux diesel doctor Toowoomba', I'm the first result"], options)).toBe(true));
    it("search 'mobile mechanic Dubbo' on google maps, we're the top listing", () =>
      expect(caughtBy("search 'mobile mechanic Dubbo' on google maps, we're the top listing", ["search 'mobile mechanic Dubbo' on google maps, we're the top listing"], options)).toBe(true));
    it("look up the only Saab guy in Hobart, that's me lol", () =>
      expect(caughtBy("look up the only Saab guy in Hobart, that's me lol", ["look up the only Saab guy in Hobart, that's me lol"], options)).toBe(true));
    // fixed after review (was it.fails): phrases.ts TRADER_LOOKED_UP has no welder (nor tyre mob, auto sparky...) (missed on main too)
    it("google the only mobile welder in Mudgee, thats us", () =>
      expect(caughtBy("google the only mobile welder in Mudgee, thats us", ["google the only mobile welder in Mudgee, thats us"], options)).toBe(true));
    it("type 'brake bleed Perth' in youtube, I'm the one with the red ute", () =>
      expect(caughtBy("type 'brake bleed Perth' in youtube, I'm the one with the red ute", ["type 'brake bleed Perth' in youtube, I'm the one with the red ute"], options)).toBe(true));
    it("search youtube for diesel tuning Mackay, I'm the bald one", () =>
      expect(caughtBy("search youtube for diesel tuning Mackay, I'm the bald one", ["search youtube for diesel tuning Mackay, I'm the bald one"], options)).toBe(true));
    // the lookup rule stops at the full stop before 'that's me' (missed on main too)
    it.fails("look up the only Land Rover indy in Orange. that's me", () =>
      expect(caughtBy("look up the only Land Rover indy in Orange. that's me", ["look up the only Land Rover indy in Orange. that's me"], options)).toBe(true),
    );
    it("let's carry on over on the green app", () => expect(caughtBy("let's carry on over on the green app", ["let's carry on over on the green app"], options)).toBe(true));
    it("we can talk on the bird app instead", () => expect(caughtBy("we can talk on the bird app instead", ["we can talk on the bird app instead"], options)).toBe(true));
    it("shall we move this to telegram?", () => expect(caughtBy("shall we move this to telegram?", ["shall we move this to telegram?"], options)).toBe(true));
    it("could we chat via signal instead", () => expect(caughtBy("could we chat via signal instead", ["could we chat via signal instead"], options)).toBe(true));
    it("lets switch to whatsapp", () => expect(caughtBy("lets switch to whatsapp", ["lets switch to whatsapp"], options)).toBe(true));
    it("lets continue this on the ghost app", () => expect(caughtBy("lets continue this on the ghost app", ["lets continue this on the ghost app"], options)).toBe(true));
    it("hit me on the green bubble app", () => expect(caughtBy("hit me on the green bubble app", ["hit me on the green bubble app"], options)).toBe(true));
    // channel-moves.ts SOCIAL_APP icon names allow no colour before 'ghost' (missed on main too)
    it.fails("message me on the yellow ghost app", () => expect(caughtBy("message me on the yellow ghost app", ["message me on the yellow ghost app"], options)).toBe(true));
    it("let's take this to the green app", () => expect(caughtBy("let's take this to the green app", ["let's take this to the green app"], options)).toBe(true));
    it("r u on signal? add me", () => expect(caughtBy("r u on signal? add me", ["r u on signal? add me"], options)).toBe(true));
    it("u got whatsapp? link me", () => expect(caughtBy("u got whatsapp? link me", ["u got whatsapp? link me"], options)).toBe(true));
    it("do you use telegram? we'll talk there instead", () => expect(caughtBy("do you use telegram? we'll talk there instead", ["do you use telegram? we'll talk there instead"], options)).toBe(true));
    it("Haben Sie Telegram? Dann schreibe ich Ihnen dort.", () =>
      expect(caughtBy("Haben Sie Telegram? Dann schreibe ich Ihnen dort.", ["Haben Sie Telegram? Dann schreibe ich Ihnen dort."], options)).toBe(true));
    // fixed after review (was it.fails): flagged for the app's name only: rule 7 French reads 'je t'écris', not 'je vous écris', so the move stays readable
    it("vous avez WhatsApp ? je vous écris là-dessus", () => expect(caughtBy("vous avez WhatsApp ? je vous écris là-dessus", ["vous avez WhatsApp ? je vous écris là-dessus"], options)).toBe(true));
    it("vc tem zap? me chama lá", () => expect(caughtBy("vc tem zap? me chama lá", ["vc tem zap? me chama lá"], options)).toBe(true));
    it("you on insta? ill message there", () => expect(caughtBy("you on insta? ill message there", ["you on insta? ill message there"], options)).toBe(true));
    // fixed after review (was it.fails): flagged for the app's name only: rule 7 English needs 'you/u' before 'got', the move stays readable
    it("got telegram? lets move there", () => expect(caughtBy("got telegram? lets move there", ["got telegram? lets move there"], options)).toBe(true));
    // the Dutch rule needs a verb after the channel ('doen|regelen|bespreken|verder' after, not before) (missed on main too)
    it.fails("kunnen we verder per mail?", () => expect(caughtBy("kunnen we verder per mail?", ["kunnen we verder per mail?"], options)).toBe(true));
    // fixed after review (was it.fails): SELF_ANSWERED_NO: 'no te preocupes ... aquí' read as a no that keeps the talk here (missed on main too)
    it("podemos seguir por mail? no te preocupes, aquí nadie lo ve", () =>
      expect(caughtBy("podemos seguir por mail? no te preocupes, aquí nadie lo ve", ["podemos seguir por mail? no te preocupes, aquí nadie lo ve"], options)).toBe(true));
    // fixed after review (was it.fails): SELF_ANSWERED_NO: 'non mais ... ici' read as a kept talk; a regression, main flags it
    it("on continue par mail ? non mais sérieux, ici ils prennent 20%", () =>
      expect(caughtBy("on continue par mail ? non mais sérieux, ici ils prennent 20%", ["on continue par mail ? non mais sérieux, ici ils prennent 20%"], options)).toBe(true));
    // fixed after review (was it.fails): SELF_ANSWERED_NO: 'nee ... hier' read as a kept talk though it complains of the commission here (missed on main too)
    it("kunnen we het per mail doen? nee joh, hier betaal je commissie", () =>
      expect(caughtBy("kunnen we het per mail doen? nee joh, hier betaal je commissie", ["kunnen we het per mail doen? nee joh, hier betaal je commissie"], options)).toBe(true));
    // rule 6 APP_LEFT_OUT reads 'zonder de app-kosten' but not the plain 'zonder de app' (Afrikaans 'sonder die app' is read) (missed on main too)
    it.fails("contant, zonder de app", () => expect(caughtBy("contant, zonder de app", ["contant, zonder de app"], options)).toBe(true));
    it("en espèces, on laisse l'appli de côté", () => expect(caughtBy("en espèces, on laisse l'appli de côté", ["en espèces, on laisse l'appli de côté"], options)).toBe(true));
    it("look me up on the Toyota owners club page, PM me there", () =>
      expect(caughtBy("look me up on the Toyota owners club page, PM me there", ["look me up on the Toyota owners club page, PM me there"], options)).toBe(true));
    it("you'll find us on the local tradies group, we're the only brake mob in town", () =>
      expect(caughtBy("you'll find us on the local tradies group, we're the only brake mob in town", ["you'll find us on the local tradies group, we're the only brake mob in town"], options)).toBe(
        true,
      ));
    it("vous avez Telegram ? on continue là-dessus", () => expect(caughtBy("vous avez Telegram ? on continue là-dessus", ["vous avez Telegram ? on continue là-dessus"], options)).toBe(true));
  });
  describe(`round 28 intents review (${stage}): innocents stay clean`, () => {
    it("on pourrait continuer sur l'A7 jusqu'à Valence avec ce voyant ?", () => expect(flaggedBy("on pourrait continuer sur l'A7 jusqu'à Valence avec ce voyant ?", options)).toBe(false));
    it("on peut continuer par la route de Lyon, c'est plus court", () => expect(flaggedBy("on peut continuer par la route de Lyon, c'est plus court", options)).toBe(false));
    it("podemos seguir por la N-340 o mejor pedimos grúa?", () => expect(flaggedBy("podemos seguir por la N-340 o mejor pedimos grúa?", options)).toBe(false));
    it("podemos continuar pela marginal até a oficina?", () => expect(flaggedBy("podemos continuar pela marginal até a oficina?", options)).toBe(false));
    // WA (Western Australia) read as WhatsApp, by ON-APP CARRY_ON and MESSAGING_APP (flagged on main too)
    it.fails("can we move it to WA next month? I'm relocating to Perth", () => expect(flaggedBy("can we move it to WA next month? I'm relocating to Perth", options)).toBe(false));
    // WA (Western Australia) read as WhatsApp (flagged on main too)
    it.fails("lets go via WA, the Nullarbor run is fine with new tyres", () => expect(flaggedBy("lets go via WA, the Nullarbor run is fine with new tyres", options)).toBe(false));
    it("on pourrait continuer par téléphone dans l'appli ? l'appel vidéo marche bien", () =>
      expect(flaggedBy("on pourrait continuer par téléphone dans l'appli ? l'appel vidéo marche bien", options)).toBe(false));
    // fixed after review (was it.fails): other-languages.ts ASKED_TO_CARRY_ON: IN_PLATFORM has no 'dentro de la app' (new on the branch)
    it("podemos hablar por teléfono dentro de la app mañana?", () => expect(flaggedBy("podemos hablar por teléfono dentro de la app mañana?", options)).toBe(false));
    it("podemos falar pela chamada de vídeo do app amanhã?", () => expect(flaggedBy("podemos falar pela chamada de vídeo do app amanhã?", options)).toBe(false));
    it("Können wir das per Rechnung über die App machen?", () => expect(flaggedBy("Können wir das per Rechnung über die App machen?", options)).toBe(false));
    it("Kunnen we het via de app-chat regelen?", () => expect(flaggedBy("Kunnen we het via de app-chat regelen?", options)).toBe(false));
    // the self-answered no keeps the talk here but social/other rules still flag the question (flagged on main too)
    it.fails("Können wir das per WhatsApp klären? Nein, lieber hier in der App, da ist alles dokumentiert.", () =>
      expect(flaggedBy("Können wir das per WhatsApp klären? Nein, lieber hier in der App, da ist alles dokumentiert.", options)).toBe(false),
    );
    it("podemos seguir por whatsapp? no, mejor aquí en la app", () => expect(flaggedBy("podemos seguir por whatsapp? no, mejor aquí en la app", options)).toBe(false));
    // fixed after review (was it.fails): channel-moves.ts ON-APP CARRY_ON + 'through the threads' (bolt threads read as the Threads app) (new on the branch)
    it("we can talk through the threads on the sump plug, M12x1.5 is standard", () => expect(flaggedBy("we can talk through the threads on the sump plug, M12x1.5 is standard", options)).toBe(false));
    // fixed after review (was it.fails): channel-moves.ts ON-APP CARRY_ON: 'go over' (review) + an app name (new on the branch)
    it("lets go over reddit's advice first, someone had the same rattle", () => expect(flaggedBy("lets go over reddit's advice first, someone had the same rattle", options)).toBe(false));
    // 'the green app' is an app by icon for ON-APP/MESSAGING_APP even on a dash (flagged on main too)
    it.fails("can we go over the green app on your dash? it keeps saying eco mode", () =>
      expect(flaggedBy("can we go over the green app on your dash? it keeps saying eco mode", options)).toBe(false),
    );
    // a question about the app's fees for cash at pick-up is read as the deal (flagged on main too)
    it.fails("Y a-t-il des frais d'appli si je paie en espèces à la remise des clés ?", () =>
      expect(flaggedBy("Y a-t-il des frais d'appli si je paie en espèces à la remise des clés ?", options)).toBe(false),
    );
    it("pas de frais d'appli si j'annule avant 24h ? je paierai par carte, pas en cash", () =>
      expect(flaggedBy("pas de frais d'appli si j'annule avant 24h ? je paierai par carte, pas en cash", options)).toBe(false));
    // fixed after review (was it.fails): direct-payment.ts rule 6 APP_LEFT_OUT: 'zonder kosten' needs no app word, a fee question (new on the branch)
    it("Kost contant betalen iets extra of is het zonder kosten?", () => expect(flaggedBy("Kost contant betalen iets extra of is het zonder kosten?", options)).toBe(false));
    // fixed after review (was it.fails): direct-payment.ts rule 6: CLAUSE_NEGATED has no Hindi 'nahi', the refusal is read as the deal (new on the branch)
    it("cash nahi lunga, app wala 10 percent kaat leta hai par rules hain", () => expect(flaggedBy("cash nahi lunga, app wala 10 percent kaat leta hai par rules hain", options)).toBe(false));
    // fixed after review (was it.fails): other-languages.ts OFF_PLATFORM_DEAL 'bez tej aplikacji' (new 'tej'): praise of the app, nothing after it read (new on the branch)
    it("Bez tej aplikacji nigdy bym was nie znalazł, zapłacę gotówką przy odbiorze przez apkę? czy kartą?", () =>
      expect(flaggedBy("Bez tej aplikacji nigdy bym was nie znalazł, zapłacę gotówką przy odbiorze przez apkę? czy kartą?", options)).toBe(false));
    // fixed after review (was it.fails): other-languages.ts OFF_PLATFORM_DEAL 'bez tej aplikacji' (new 'tej'): 'without this app I'd never have found you' (new on the branch)
    it("Bez tej aplikacji nigdy bym was nie znalazł, dzięki!", () => expect(flaggedBy("Bez tej aplikacji nigdy bym was nie znalazł, dzięki!", options)).toBe(false));
    it("Ek betaal deur die app, nie kontant nie, want sonder die app se fooi is daar geen waarborg", () =>
      expect(flaggedBy("Ek betaal deur die app, nie kontant nie, want sonder die app se fooi is daar geen waarborg", options)).toBe(false));
    // a reported request, refused (flagged on main too)
    it.fails("the last mechanic said let's continue on whatsapp, I refused", () => expect(flaggedBy("the last mechanic said let's continue on whatsapp, I refused", options)).toBe(false));
    it("he asked if we can move this to telegram, I said no", () => expect(flaggedBy("he asked if we can move this to telegram, I said no", options)).toBe(false));
    // a reported request, refused (flagged on main too)
    it.fails("el otro taller me dijo: podemos seguir por WhatsApp, y le dije que no", () =>
      expect(flaggedBy("el otro taller me dijo: podemos seguir por WhatsApp, y le dije que no", options)).toBe(false),
    );
    it("mon ancien garagiste disait toujours « on pourrait continuer par SMS »", () =>
      expect(flaggedBy("mon ancien garagiste disait toujours « on pourrait continuer par SMS »", options)).toBe(false));
    it("Le garagiste voulait du cash, sans les frais de l'appli. J'ai dit non.", () =>
      expect(flaggedBy("Le garagiste voulait du cash, sans les frais de l'appli. J'ai dit non.", options)).toBe(false));
    it("Mijn vorige monteur wou contant, buiten de app om. Nooit meer.", () => expect(flaggedBy("Mijn vorige monteur wou contant, buiten de app om. Nooit meer.", options)).toBe(false));
    // fixed after review (was it.fails): rule 6 TOLD_AS_PAST has 'betaald' but not the simple past 'betaalde' (new on the branch)
    it("Bij de vorige garage betaalde ik contant, zonder commissie, maar hier gaat alles via de app", () =>
      expect(flaggedBy("Bij de vorige garage betaalde ik contant, zonder commissie, maar hier gaat alles via de app", options)).toBe(false));
    // a past fact about another garage (flagged on main too)
    it.fails("L'an dernier j'ai payé en espèces chez un garage sans appli, aucune facture", () =>
      expect(flaggedBy("L'an dernier j'ai payé en espèces chez un garage sans appli, aucune facture", options)).toBe(false),
    );
    it("search for the Mazda forum thread on the CX-5 rattle, I'm the one with the 2017 petrol", () =>
      expect(flaggedBy("search for the Mazda forum thread on the CX-5 rattle, I'm the one with the 2017 petrol", options)).toBe(false));
    it("check google maps for the Bunnings car park, I'm the grey one near the trolleys", () =>
      expect(flaggedBy("check google maps for the Bunnings car park, I'm the grey one near the trolleys", options)).toBe(false));
    // fixed after review (was it.fails): phrases.ts lookup PICKED_OUT 'I'm the one with the ...' after any search: a breakdown located, not a result (new on the branch)
    it("look up the car park on google maps, I'm the one with the hazards on", () => expect(flaggedBy("look up the car park on google maps, I'm the one with the hazards on", options)).toBe(false));
    it("search the app for Bosch Car Service, we're the top listing", () => expect(flaggedBy("search the app for Bosch Car Service, we're the top listing", options)).toBe(false));
    it("search on here for mobile mechanics in Geelong, I'm the first result", () => expect(flaggedBy("search on here for mobile mechanics in Geelong, I'm the first result", options)).toBe(false));
    // fixed after review (was it.fails): phrases.ts new 'sender on a named site': the platform's own directory page is not excluded (new on the branch)
    it("look me up on the mechanics page, I'm listed under Brisbane north", () => expect(flaggedBy("look me up on the mechanics page, I'm listed under Brisbane north", options)).toBe(false));
    // fixed after review (was it.fails): phrases.ts new 'sender on a named site': the platform's reviews page is not excluded (new on the branch)
    it("you'll find me on the reviews page, 40 five star reviews", () => expect(flaggedBy("you'll find me on the reviews page, 40 five star reviews", options)).toBe(false));
    // fixed after review (was it.fails): phrases.ts new 'sender on a named site': the booking map page, with 'when you book', is not excluded (new on the branch)
    it("you can find us on the map page when you book", () => expect(flaggedBy("you can find us on the map page when you book", options)).toBe(false));
    it("look up the only Saab dealer in the state, they'll have the part", () => expect(flaggedBy("look up the only Saab dealer in the state, they'll have the part", options)).toBe(false));
    it("google the only 24h garage in Dubbo, thats where i'm stuck lol", () => expect(flaggedBy("google the only 24h garage in Dubbo, thats where i'm stuck lol", options)).toBe(false));
    it("look up the recall on the Toyota site, I'm the second owner so not sure it was done", () =>
      expect(flaggedBy("look up the recall on the Toyota site, I'm the second owner so not sure it was done", options)).toBe(false));
    it("search youtube for the timing belt video, it's the first result", () => expect(flaggedBy("search youtube for the timing belt video, it's the first result", options)).toBe(false));
    it("look up the only tyre shop open on sundays, that's us booked in for 10", () =>
      expect(flaggedBy("look up the only tyre shop open on sundays, that's us booked in for 10", options)).toBe(false));
    it("the ghost app on your phone could be draining the battery overnight", () => expect(flaggedBy("the ghost app on your phone could be draining the battery overnight", options)).toBe(false));
    it("can we talk about the bird droppings on the paint? they etched the clear coat", () =>
      expect(flaggedBy("can we talk about the bird droppings on the paint? they etched the clear coat", options)).toBe(false));
    it("lets switch to the green coolant, the pink one is wrong for this engine", () =>
      expect(flaggedBy("lets switch to the green coolant, the pink one is wrong for this engine", options)).toBe(false));
    // fixed after review (was it.fails): channel-moves.ts rule 7 German takes 'schick mir ... da' (send me the link from there) for a move (new on the branch)
    it("Hast du Facebook? Dann schick mir den Link von da, die Anzeige für die Felgen", () =>
      expect(flaggedBy("Hast du Facebook? Dann schick mir den Link von da, die Anzeige für die Felgen", options)).toBe(false));
    // the app's name in a question, the talk kept here (flagged on main too)
    it.fails("Vous avez WhatsApp ? on parle plutôt ici, c'est mieux pour le suivi", () =>
      expect(flaggedBy("Vous avez WhatsApp ? on parle plutôt ici, c'est mieux pour le suivi", options)).toBe(false),
    );
    // the app's name in a question; 'add me' is to the booking (flagged on main too)
    it.fails("do you use messenger? add me to the booking notes as second driver", () => expect(flaggedBy("do you use messenger? add me to the booking notes as second driver", options)).toBe(false));
    // the app's name in a question; the photo is asked here (flagged on main too)
    it.fails("u got insta? link me the photo of the old exhaust here in the chat", () => expect(flaggedBy("u got insta? link me the photo of the old exhaust here in the chat", options)).toBe(false));
    // fixed after review (was it.fails): channel-moves.ts ON-APP CARRY_ON 'go through the signal' (indicator wiring read as Signal) (new on the branch)
    it("let's go through the signal wire next, it's the green one at pin 4", () => expect(flaggedBy("let's go through the signal wire next, it's the green one at pin 4", options)).toBe(false));
    // fixed after review (was it.fails): channel-moves.ts ON-APP CARRY_ON 'go through the IG' (ignition relay read as Instagram) (new on the branch)
    it("let's go through the IG relay next, it clicks but no crank", () => expect(flaggedBy("let's go through the IG relay next, it clicks but no crank", options)).toBe(false));
    // WA (Western Australia) read as WhatsApp (flagged on main too)
    it.fails("we can go to WA for the part, the Perth warehouse has it", () => expect(flaggedBy("we can go to WA for the part, the Perth warehouse has it", options)).toBe(false));
    it("search for the servo on google maps, I'm the white one at pump 4", () => expect(flaggedBy("search for the servo on google maps, I'm the white one at pump 4", options)).toBe(false));
    it("Mijn schoonvader betaalde altijd contant, buiten de app om, ik niet", () => expect(flaggedBy("Mijn schoonvader betaalde altijd contant, buiten de app om, ik niet", options)).toBe(false));
    // fixed after review (was it.fails): rule 6 TOLD_AS_PAST has 'payé' but not the imperfect 'payait' (new on the branch)
    it("Chez l'ancien garage on payait en cash, pas de frais d'appli à l'époque", () =>
      expect(flaggedBy("Chez l'ancien garage on payait en cash, pas de frais d'appli à l'époque", options)).toBe(false));
    // fixed after review (was it.fails): other-languages.ts OFF_PLATFORM_DEAL 'bez tych aplikacji' (new 'tych'): diagnostic apps, not the platform (new on the branch)
    it("bez tych aplikacji do diagnostyki nic nie zrobię, gotówką czy kartą płacisz przez apkę?", () =>
      expect(flaggedBy("bez tych aplikacji do diagnostyki nic nie zrobię, gotówką czy kartą płacisz przez apkę?", options)).toBe(false));
    it("Ek het die vorige keer kontant betaal sonder die app, nou gaan alles deur die app", () =>
      expect(flaggedBy("Ek het die vorige keer kontant betaal sonder die app, nou gaan alles deur die app", options)).toBe(false));
    it("podemos falar por telefone pelo app? a chamada do app funciona bem", () => expect(flaggedBy("podemos falar por telefone pelo app? a chamada do app funciona bem", options)).toBe(false));
    it("kunnen we het per mail doen? nee hoor, hier in de chat is prima", () => expect(flaggedBy("kunnen we het per mail doen? nee hoor, hier in de chat is prima", options)).toBe(false));
  });
}
