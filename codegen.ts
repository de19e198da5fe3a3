import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for front ends, from the operations under client/operations (one file per screen)
 * against the checked-in schema.graphql. `npm run codegen` writes client/generated;
 * `npm run codegen:check` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "client/generated/": {
      preset: "client",
      // persisted-documents.json: the hashes production may restrict clients to (PERSISTED_OPERATIONS=only).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: "string" } },
    },
  },
};

export default config;
