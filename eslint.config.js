// ESLint: typescript-eslint's recommended rules, import order and no import cycles.
// Formatting is Prettier's (.prettierrc.json); eslint-config-prettier, last, turns off every rule
// that would fight it. `npm run lint` checks both, `npm run format` fixes both.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  // Generated or produced at run time: regenerate it instead (db:generate, codegen, schema:emit).
  globalIgnores(["src/platform/db/generated/", "client/generated/", "dist/", ".data/", "bench/results/", "test-results/", "coverage/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node },
    },
    plugins: { "import-x": importX },
    settings: {
      // Without these, import-x reads only .js modules and no-cycle silently sees no TypeScript edges.
      "import-x/extensions": [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts", ".cts"] },
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      // The house order: node built-ins, packages, then our own modules from the farthest, no blank
      // lines between groups, alphabetical within each (type-only imports sort with the rest).
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // A cycle is a start-up order bug waiting to happen (a value read before its module ran).
      // Type-only imports vanish at run time and may go both ways.
      "import-x/no-cycle": ["error", { maxDepth: 10, ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
      "import-x/first": "error",
      "import-x/newline-after-import": "error",
      "import-x/no-useless-path-segments": "error",
      // `_`-prefixed names are deliberately unused (a positional parameter, a discarded element).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // The contact detector's regular expressions escape "/", "-" and "[" inside character classes
      // by habit (40 places): harmless there. Useless escapes elsewhere (a "\d" in a plain string
      // meant for new RegExp) are still errors.
      "no-useless-escape": ["error", { allowRegexCharacters: ["/", "-", "["] }],
    },
  },
  {
    // The layers of src/ (README "Architecture"): platform/ is infrastructure and knows no domain;
    // domain/ is pure rules (no I/O) and knows only itself and the generated enums; only app/ (the
    // composition root) imports app/ and seed/; modules may read the context's and the settings' types.
    files: ["src/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/platform", from: ["./src/app", "./src/authz", "./src/domain", "./src/modules", "./src/seed"], message: "platform/ is infrastructure: pass what it needs in from app/." },
            { target: "./src/domain", from: "./src/platform", except: ["./db/generated"], message: "domain/ is pure rules: no I/O, no platform code." },
            { target: "./src/domain", from: ["./src/app", "./src/authz", "./src/modules", "./src/seed"], message: "domain/ is pure rules: it knows only itself." },
            {
              target: ["./src/authz", "./src/modules"],
              from: "./src/app",
              except: ["./context.ts", "./config.ts"],
              message: "only app/ composes the application: modules read the context's and the settings' types, nothing else.",
            },
            { target: ["./src/authz", "./src/modules", "./src/domain", "./src/platform"], from: "./src/seed", message: "the demo world is built on the services, not the other way." },
          ],
        },
      ],
    },
  },
  {
    // Tests, benchmarks and the production check read GraphQL responses, fakes' requests and raw frames as untyped JSON
    // (118 places): the assertions check the values, so declaring a type for each adds no safety.
    files: ["tests/**", "bench/**", "scripts/ci-production.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
);
