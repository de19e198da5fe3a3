import { z } from "zod";

/** `contentFlags(entityType, entityId, authorId)`: each optional. Validated by the resolver. */
export const contentFlagFilterArgs = z.object({
  entityType: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{1,64}$/, "must be an entity type such as DiagnosticSession")
    .nullish(),
  entityId: z.string().uuid("must be an id").nullish(),
  authorId: z.string().uuid("must be a user id").nullish(),
});
