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
      // persisted-documents.json: sha256 of each operation to its text, the documents PERSISTED_OPERATIONS=only accepts by
      // documentId; each generated document carries its hash (`__meta__.hash`), which the typed client sends.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: "string" } },
    },
  },
};

export default config;
