// `npm run contacts:quantity-words`: writes the quantity words read off this runtime's CLDR data
// (src/domain/contacts/detection/quantity-words.ts, `buildQuantityWords`) to quantity-words.json,
// which detection reads. Rerun it when Node's ICU changes; tests/contacts/quantity-words.test.ts
// fails until the file matches.
import { writeFileSync } from "node:fs";
import { buildQuantityWords } from "../src/domain/contacts/detection/quantity-words.ts";

const out = new URL("../src/domain/contacts/detection/quantity-words.json", import.meta.url);
const words = buildQuantityWords();
writeFileSync(out, `${JSON.stringify(words, null, 2)}\n`);
console.log(`wrote ${words.length} quantity words to ${out.pathname}`);
