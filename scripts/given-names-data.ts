// `npx tsx scripts/given-names-data.ts`: writes src/domain/contacts/given-names.json, the words the
// world's name lists hold as given names rather than surnames, from the first and last names of every
// locale of the npm package @faker-js/faker (a devDependency, pinned: the same version gives the same
// file). A word is kept when more locales list it as a first name than as a last name ("Paul" and
// "Marie", first names in a dozen locales and last names in French, are kept; "Smith", "Sharma",
// "Kowalczyk" and "Nguyen" are not). Committed rather than read from faker at run time: its 77
// locales are some 18 MB to load, a quarter second of a first sign-up's request (seconds under load),
// for a list of a few hundred kilobytes.
import { writeFileSync } from "node:fs";
import { allLocales } from "@faker-js/faker";
import { foldName } from "../src/domain/contacts/detection/vocabulary.ts";

const OUT = new URL("../src/domain/contacts/given-names.json", import.meta.url);

/** The words of a faker person list: a flat list, or lists by sex ({ generic, female, male }). */
function nameListWords(list: unknown): string[] {
  const names = Array.isArray(list) ? list : list && typeof list === "object" ? Object.values(list).flat() : [];
  return names.filter((name): name is string => typeof name === "string").flatMap((name) => foldName(name).split(/\s+/u));
}

const uses = new Map<string, { given: number; family: number }>();
const use = (name: string) => uses.get(name) ?? uses.set(name, { given: 0, family: 0 }).get(name)!;
for (const locale of Object.values(allLocales) as Array<{ person?: { first_name?: unknown; last_name?: unknown } }>) {
  for (const name of new Set(nameListWords(locale.person?.first_name))) use(name).given++;
  for (const name of new Set(nameListWords(locale.person?.last_name))) use(name).family++;
}
const given = [...uses.entries()]
  .filter(([word, { given, family }]) => word.length > 0 && given > family)
  .map(([word]) => word)
  .sort();
writeFileSync(OUT, `${JSON.stringify(given)}\n`);
console.log(`wrote ${given.length} given names to ${OUT.pathname}`);
