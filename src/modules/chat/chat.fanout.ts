import type { FanoutClassifier } from "../../platform/server/shared-subscribe.ts";

/**
 * Live chat fan-out: the permission classes whose subscribers see identical results. A chat event
 * renders the same for every participant (customer or mechanic: masked body, no admin fields), and
 * the same for every admin; ChatMessage has no field that depends on who reads it beyond that.
 * A new viewer-dependent field on ChatMessage must add a class here.
 */
export const chatFanoutClass: FanoutClassifier = (rootField, context) => {
  if (rootField !== "chatMessageAdded" || !context.viewer) return null;
  return context.viewer.role === "ADMIN" ? "admin" : "participant";
};
