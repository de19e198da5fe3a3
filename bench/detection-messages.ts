// The messages the contact detector is measured on: the labelled corpus (real message lengths) and
// 2,000-character messages glued from it. Shared by the detection bench and its A/B comparison, so
// both measure the same texts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MAX_MESSAGE_LENGTH } from "../src/modules/chat/chat.inputs.ts";

/** The dev split's messages and the old tuning corpus's texts. */
export function corpusMessages(): string[] {
  const dev = fileURLToPath(new URL("../tests/contacts/corpus/dev.jsonl", import.meta.url));
  const tuning = fileURLToPath(new URL("../tests/chat/contact-corpus.json", import.meta.url));
  const fromDev = readFileSync(dev, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { messages: string[] }).messages);
  const fromTuning = (JSON.parse(readFileSync(tuning, "utf8")) as Array<{ text: string }>).map((e) => e.text);
  return [...fromDev, ...fromTuning];
}

/** 2,000-character messages: consecutive corpus messages glued until the limit, so every rule has work. */
export function longMessages(messages: readonly string[], count: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    let text = "";
    while (text.length < MAX_MESSAGE_LENGTH) text += `${messages[at++ % messages.length]} `;
    out.push(text.slice(0, MAX_MESSAGE_LENGTH));
  }
  return out;
}
