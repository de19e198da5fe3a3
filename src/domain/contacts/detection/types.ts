/**
 * Shapes shared by the detection pipeline. `contact-detector.ts` re-exports the public ones, so
 * callers import from there only.
 */

export type ContactKind = "PHONE" | "EMAIL" | "ADDRESS" | "SOCIAL_HANDLE" | "MESSAGING_APP" | "LINK" | "FULL_NAME" | "OFF_PLATFORM_DEAL" | "OFF_PLATFORM_REQUEST";

export interface ContactSpan {
  kind: ContactKind;
  /** Offsets into the original message in UTF-16 code units, `end` exclusive. */
  start: number;
  end: number;
  /**
   * True for a detail (a number, address, handle, link, name...), which `masked` hides; false for
   * a phrase that only flags, which stays readable. Requests for contact and messaging-app
   * invitations start as phrases and are then hidden with their sentence (`hideSolicitations`).
   */
  detail: boolean;
}

export interface ContactDetection {
  /** Detected kinds, unique, sorted alphabetically. */
  kinds: ContactKind[];
  /**
   * The message with every detail span (`ContactSpan.detail`) replaced by "[hidden]", overlapping
   * and adjacent detail spans merged into one.
   */
  masked: string;
  /** Every detected span, sorted by start then end. Spans of different kinds may overlap. */
  spans: ContactSpan[];
}

/**
 * Tunables of one detection. The application builds them once from the operator's settings,
 * `detectionOptionsFor(config.platformDomains)`, for the messenger and the content policy alike;
 * `DEFAULT_DETECTION_OPTIONS` are those of an unconfigured deployment.
 */
export interface DetectionOptions {
  /**
   * Domains (and all their subdomains) that may be linked freely: the platform's own and a few
   * public references. Lower case, no scheme, e.g. "autodoctor.app".
   */
  allowedDomains: readonly string[];
  /**
   * The trained second stage (`second-stage/classifier.ts`; on in the application unless
   * `CONTACT_DETECTION_STAGE=rules`, off in `DEFAULT_DETECTION_OPTIONS`): when given, it replaces
   * the rules' verdict by its choice among the rules' spans and looser candidates.
   */
  secondStage?: SecondStage;
}

/** Chooses, from the rules' hits and its own candidates, the hits a message reports. */
export interface SecondStage {
  /**
   * @param norm the normalised message; @param hits the rules' hits (normalised offsets);
   * @param allowedDomains the detection's `allowedDomains`
   */
  select(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[]): Hit[];
}

/**
 * Text after normalisation plus, for every UTF-16 unit of it, the original range it came from
 * (`from` inclusive, `to` exclusive) and whether it was produced by a rewrite ("five" -> "5")
 * rather than typed as is (`synth`, 1 or 0). Typed arrays: a rewrite copies them in blocks.
 */
export interface Mapped {
  text: string;
  from: Int32Array;
  to: Int32Array;
  synth: Uint8Array;
}

/** A match found on the normalised text, in normalised offsets; `detail` as in `ContactSpan`. */
export interface Hit {
  kind: ContactKind;
  start: number;
  end: number;
  detail: boolean;
}
