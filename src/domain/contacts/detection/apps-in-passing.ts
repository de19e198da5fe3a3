/**
 * An app named in passing, as something other than a way to reach the writer (round 51's red team):
 *
 *   IN THE CAR  the app as a feature of the car's infotainment: "whatsapp notifications don't come through android auto",
 *               "android auto drops whatsapp and spotify every 10 min", "the car's infotainment has spotify and whatsapp
 *               built in", "telegram-style notifications pop up on the head unit". The sentence names the car's system and
 *               nobody to reach: no pronoun of the reader or the sender as the one reached ("me", "us", "you"), no number
 *               or handle. "whatsapp me about the carplay issue", "are you on whatsapp? my android auto ..." stay channels.
 *   ELSEWHERE   the sender's time on the app said as why their replies here are slow: "I'm on Discord a lot so replies may
 *               be slow here". Only with a habit ("a lot", "all day") and the platform pointed at as the place of the
 *               replies, and nothing offered there ("..., add me there", "same name as here").
 */
import { sentenceAt } from "./context.ts";

/** The car's own infotainment: CarPlay, Android Auto, the head unit, the car's screen, a maker's system, "built in". */
const CAR_SYSTEM =
  /\b(?:car\s?play|android\s+auto|head\s*unit|infotainment|built[\s-]in|in[\s-]car|(?:car|car['’]s|dash|dashboard|touch)\s+(?:screen|display|stereo|radio|system)|uconnect|mbux|idrive|sync\s*[34]|mylink|entune|mmi|bluetooth)\b/i;
/** Someone reached, or a detail to reach them by: the reader or the sender as an object, a verb of reaching, customers, a number, a handle. */
const SOMEONE_REACHED = /\b(?:me|us|you|u|ya|your|ur|yours|him|them|reach\w*|contact\w*|dm|ping|hmu|add|customers?|clients?)\b|\d{5,}|[@#]\w|[a-z\d][._][a-z\d]{2,}/i;

/**
 * True when the app matched at `start`..`end` of `text` is named as a feature of the car's infotainment (see IN THE CAR):
 * its sentence names the car's system and nobody reached.
 */
export function appInTheCar(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAt(text, start, end);
  const sentence = text.slice(from, to);
  return CAR_SYSTEM.test(sentence) && !SOMEONE_REACHED.test(sentence);
}

/** A habit of being on the app: "a lot", "all day", "constantly", "24/7", "most of the day". */
const HABIT = /^\s*(?:a\s+lot|lots|loads|all\s+(?:day|the\s+time|night)|most\s+of\s+the\s+(?:day|time)|constantly|24\/7|too\s+much|way\s+too\s+much|for\s+work|at\s+work)\b/i;
/** The replies here slowed by it: "so replies may be slow here", "so I might be slow to answer on here". */
const SLOW_HERE = /\b(?:slow|late|delayed|miss|lag)\w*\b[^.!?\n]{0,40}?\b(?:here|on\s+here|in\s+(?:this|the)\s+(?:app|chat))\b|\b(?:here|on\s+here)\b[^.!?\n]{0,40}?\b(?:slow|late|delayed)\b/i;
/** Anything offered on the app after all: the sender or a detail to find there. */
const OFFERED_THERE = /\b(?:me|us|add|find|message|msg|dm|text|search|same\s+(?:name|handle|username)|there)\b|\d{5,}|[@#]\w|[a-z\d][._][a-z\d]{2,}/i;

/** The sender on the app, right before its name: "I'm on", "we're on". */
const SENDER_ON = /\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+on\s+$/i;

/**
 * True when the app named at `start`..`end` of `text` follows "I'm on" and only says the sender's time there, as why their
 * replies here are slow (see ELSEWHERE).
 */
export function busyElsewhere(text: string, start: number, end: number): boolean {
  const sentence = text.slice(end, end + 100).split(/[.!?\n]/)[0] ?? "";
  return SENDER_ON.test(text.slice(Math.max(0, start - 12), start)) && HABIT.test(sentence) && SLOW_HERE.test(sentence) && !OFFERED_THERE.test(sentence.replace(/\bhere\b/gi, ""));
}
