import { registerEnumType } from "type-graphql";

/** How an admin resolves a customer's complaint or solicitation report (domain/enforcement/resolution.ts). */
export enum ResolutionOutcome {
  /** The customer was right. An upheld complaint against a partnered quote counts toward suspending the partnership. */
  UPHELD = "UPHELD",
  /** Not substantiated. */
  DISMISSED = "DISMISSED",
}
registerEnumType(ResolutionOutcome, { name: "ResolutionOutcome" });
