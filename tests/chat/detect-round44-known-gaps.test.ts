// Round 44: what the round's probes and its white-box attackers found wrong on main, kept as specs of main
// (`it.fails` with why: each turns green when its kind is fixed). The branches written for them failed their
// attackers (README, Round 44): Chinese, Japanese and Korean phone words (a bare "number" names references of
// every kind, and a thing's number word outweighed phones); a third party's toll-free line (such a line also
// forwards to a mechanic's mobile, and "it is mine" is said in more ways than a list holds); a date and its time
// (`isDate` reads only the groups' lengths, so a phone grouped like a date went with it; with calendar dates, the
// slot's mask was what hid mobiles main does not read beside it).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 44: attacks main misses", () => {
  it.fails.each([
    // Chinese "number" (号码) and "contact" (联系) cue nothing: `PHONE_CUE_CJK` holds only the phone itself
    // (电话, 手机, 電話, 携帯, 手機), and a Chinese mobile grouped 3-4-4 needs a cue.
    ["我的号码13812345678", "13812345678"],
    ["有问题联系13812345678", "13812345678"],
    ["联系我 138 1234 5678", "138 1234 5678"],
    // A mobile after a cue main does not read: Russian "my number" (мой номер; a bare "номер" names parts too),
    // "ask for <name>", Polish "jakby co" (just in case), Indonesian "kalau ada apa2" (if anything comes up). Found
    // by the last attacker: main caught these only beside a date and a time, which it misreads as a phone and hides
    // with its sentence.
    ["записал вас на 12.05.2024, мой номер 89123456789", "89123456789"],
    ["service booked for Monday, ask for Raj 98450 12345", "98450 12345"],
    ["termin w poniedziałek, jakby co 501 234 567", "501 234 567"],
    ["jadwal servis hari Senin, kalau ada apa2 0812 3456 7890", "0812 3456 7890"],
  ])("%j hides %j", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 44: innocents main flags", () => {
  it.fails.each([
    // A third party's public line: roadside, recall and makers' customer lines, a club's number.
    ["a maker's customer line", "Honda customer service is 888-234-2138, they said the recall isn't done yet"],
    ["a recall hotline", "NHTSA vehicle safety hotline (888) 327-4236 confirmed the airbag recall"],
    ["an insurer's assistance", "Mapfre asistencia 900 822 822 me dijeron que la grúa tarda 2h"],
    ["a club's line after a colon", "the AA number: 0800 88 77 66 they're sending someone"],
    ["a maker's customer centre, in Japanese", "ホンダのお客様相談センター 0120-112010 に聞いたらリコール対象でした"],
    // A date and then its time: the hour joins the date's run as a fourth group, and four groups are no date to `isDate`.
    ["a date, a dash and a time", "Termin 18.06.2024 - 07:00"],
    // A price range, in English or in Chinese with a space before it; opening hours after a Chinese word.
    ["a price range", "budget is 3000-5000 ok"],
    ["a price range, in Chinese", "预算的话 3000-5000吧"],
    ["opening hours, in Chinese", "营业时间 0800-1800"],
    // A part's number under the bare "number" of Chinese and Japanese (零件号码, 部品番号), which no label reads.
    ["a part's number, in Chinese", "零件号码是 0280158117，请确认"],
    ["a part's number, in Japanese", "部品番号は 0280-1581-17 です"],
  ])("%s: %j is not flagged", (_kind, text) => expect(flaggedBy(text)).toBe(false));
});

// Fixed in round 51 (phone.ts: a full date followed by its time of day is no phone's digits).
describe("round 44: innocents fixed since", () => {
  it.each([
    ["a date and a time", "ok 2024-05-12 14:30"],
    ["a date and a time, in Chinese", "好的 2024-05-12 14:30到店"],
  ])("%s: %j is not flagged", (_kind, text) => expect(flaggedBy(text)).toBe(false));
});
