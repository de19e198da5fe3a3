// What the specs of the second stage's floors (phone-, name- and address-floor.test.ts) share: a
// model that keeps every candidate of one generator, so only the floor stands in its way, and a
// floor asked about a stretch of a message as the detector would ask it (on the normalised text).
import type { DetectionOptions } from "../../../src/domain/contacts/contact-detector.ts";
import { normalise } from "../../../src/domain/contacts/detection/normalise.ts";
import { classifierStage } from "../../../src/domain/contacts/second-stage/classifier.ts";

/** Detection options whose stage keeps every looser candidate with `feature` (`g:<generator>:<kind>:1`) and nothing else. */
export const keepingEvery = (feature: string): DetectionOptions => ({ allowedDomains: [], secondStage: classifierStage({ bias: -5, threshold: 0.5, weights: { [feature]: 10 } }) });

/** `floor` on the first occurrence of `span` in `text` once normalised; throws when the normalised text does not hold it. */
export function floorOn(floor: (text: string, start: number, end: number) => boolean, text: string, span: string): boolean {
  const norm = normalise(text).text;
  const at = norm.indexOf(span);
  if (at < 0) throw new Error(`${span} not in ${norm}`);
  return floor(norm, at, at + span.length);
}
