/**
 * The trained second stage of the contact detector (issue 13, round 7): a logistic regression over
 * the features of every candidate (`candidates.ts`) decides which candidates are contact details.
 * Masking stays span-based: the kept candidates are the spans reported and masked.
 *
 * The weights are produced by `npm run train:contacts` (scripts/train-contacts.ts) and committed
 * as `weights.json`; detection reads nothing else. Pure: no I/O, no state between calls (but the
 * model's weights filed once, and their scratch stamps, which no output depends on).
 */
import type { Hit, Mapped, SecondStage } from "../detection/types.ts";
import { FeatureWeights, scoreCandidates, sharedFeatures, standsAs, type Candidate } from "./candidates.ts";
import trained from "./weights.json" with { type: "json" };

/** A trained model: `P(detail | candidate) = sigmoid(bias + sum of weights[feature])`. */
export interface ContactModel {
  bias: number;
  /**
   * Looser candidates (no rule's hit) at or above this probability are kept (chosen by
   * cross-validation). The rules' own hits are always kept: the stage only adds.
   */
  threshold: number;
  /** Weight per feature name; features not listed weigh 0. */
  weights: Readonly<Record<string, number>>;
}

/** The sum of `features`' weights (a message's shared features are summed once for all its candidates). */
export function weightOf(model: ContactModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/**
 * The probability (0..1) that a candidate is a contact detail: sigmoid(bias + the weights of its
 * own features + `shared`, the precomputed weight of the message's shared features).
 */
export function probability(model: ContactModel, candidate: Pick<Candidate, "features">, shared = 0): number {
  const z = model.bias + shared + weightOf(model, candidate.features);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The hits of the kept candidates. A looser candidate overlapping a kept rule detail only widens
 * what is masked: it takes that detail's kind, so an e-mail address does not also count as the
 * handle its token looks like (penalties are counted per kind). A looser candidate on its own
 * (over no rule detail) is dropped when it cannot stand as a detail of its kind (`standsAs`: a
 * PHONE with too few digits or a house number before its street, a FULL_NAME with the word of a
 * department, a team or a family signing), whatever the model scored it.
 *
 * @param text the normalised text the candidates' offsets are into
 */
export function keptHits(kept: readonly Pick<Candidate, "kind" | "start" | "end" | "detail" | "generator">[], text: string): Hit[] {
  const details = kept.filter((c) => c.generator === "rule" && c.detail);
  const hits: Hit[] = [];
  for (const c of kept) {
    const owner = c.generator === "rule" ? undefined : details.find((d) => d.start < c.end && c.start < d.end);
    if (c.generator !== "rule" && !owner && !standsAs(c.kind, text, c.start, c.end)) continue;
    hits.push({ kind: owner?.kind ?? c.kind, start: c.start, end: c.end, detail: c.detail });
  }
  return hits;
}

/**
 * A second stage that keeps every rule hit and adds the looser candidates `model` scores at or above
 * its threshold, as hits in normalised offsets (the detector maps them back to the message and masks
 * the detail ones). It never drops what a rule found: round 20's review showed a stage allowed to
 * drop rule hits losing plain phones and e-mails buried in long repair messages, for 2 false
 * positives saved on the pooled kept-aside 40%.
 */
export function classifierStage(model: ContactModel): SecondStage {
  // The weights filed by feature family, made on the first message (a model is not changed once in use).
  let weights: FeatureWeights | null = null;
  return {
    select(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[]): Hit[] {
      weights ??= new FeatureWeights(model.weights);
      // The candidates of `candidatesOf`, each looser one with the sum `weightOf` gives for its
      // features (without making their names); the rules' hits are kept unscored.
      const { spans, own } = scoreCandidates(norm, hits, allowedDomains, weights);
      const common = weightOf(model, sharedFeatures(hits));
      // As `probability`: sigmoid(bias + shared + own), summed in that order.
      return keptHits(
        spans.filter((c, k) => c.generator === "rule" || 1 / (1 + Math.exp(-(model.bias + common + own[k]!))) >= model.threshold),
        norm.text,
      );
    },
  };
}

/** The committed model (`weights.json`). */
export const TRAINED_MODEL: ContactModel = trained as unknown as ContactModel;

/** The committed model as a stage, for `DetectionOptions.secondStage` (off by default). */
export const TRAINED_STAGE: SecondStage = classifierStage(TRAINED_MODEL);
