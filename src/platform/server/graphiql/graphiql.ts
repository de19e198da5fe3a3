import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Router } from "express";
import { getNamedType, isEnumType, Kind, parse, print, typeFromAST, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { PROJECT_ROOT } from "../../db/migrate.ts";
import { ErrorCode } from "../../errors.ts";
import { HttpRefusal, sendError } from "../graphql-http.ts";
import type { PersistedOperations } from "../persisted-operations.ts";

const require = createRequire(import.meta.url);
const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

/** Where GraphiQL is served; a browser opening /graphql is sent here. */
export const GRAPHIQL_PATH = "/graphiql";

/** Browser files, served from the project's own dependencies (no CDN). */
const ASSETS: Record<string, string> = {
  "react.production.min.js": packageFile("react", "umd/react.production.min.js"),
  "react-dom.production.min.js": packageFile("react-dom", "umd/react-dom.production.min.js"),
  "graphiql.min.js": packageFile("graphiql", "graphiql.min.js"),
  "graphiql.min.css": packageFile("graphiql", "graphiql.min.css"),
  "graphql-ws.min.js": packageFile("graphql-ws", "umd/graphql-ws.min.js"),
};

/**
 * GraphiQL's tabs: the admin operations a front end uses too (one source: every
 * client/operations/admin-*.graphql file, in name order), each with
 * the variables it needs. A page size starts at 20; a required variable without a default starts
 * as a placeholder naming its type (an enum's values too), which the server refuses until the
 * admin fills it in, so a saved mutation never runs on a guess.
 */
export function savedOperations(schema: GraphQLSchema): { name: string; query: string; variables: string }[] {
  const dir = join(PROJECT_ROOT, "client/operations");
  const files = readdirSync(dir)
    .filter((file) => file.startsWith("admin-") && file.endsWith(".graphql"))
    .sort();
  return files
    .flatMap((file) => parse(readFileSync(join(dir, file), "utf8")).definitions)
    .filter((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition")
    .map((operation) => ({ name: operation.name?.value ?? "Operation", query: print(operation), variables: exampleVariables(schema, operation) }));
}

/** The variables a saved operation starts with, as GraphiQL's JSON text. */
function exampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): string {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue) continue;
    if (name === "first") variables[name] = 20;
    else if (definition.type.kind === Kind.NON_NULL_TYPE) {
      const type = getNamedType(typeFromAST(schema, definition.type));
      variables[name] = isEnumType(type)
        ? `<${type.name}: ${type
            .getValues()
            .map((value) => value.name)
            .join(" | ")}>`
        : `<${type?.name ?? "value"}>`;
    }
  }
  return JSON.stringify(variables, null, 2);
}

/**
 * GET /graphiql: GraphiQL with subscriptions over graphql-ws, a sign-in bar that sends the token
 * with every operation (and reloads the schema the account may see), and the moderation
 * operations as saved tabs. What it can do is what the
 * signed-in account may do: in production introspection (and so the editor's schema) is admin-only.
 * The sign-in bar sends the published `SignIn` operation by its documentId (`persisted`, the
 * manifest), so it works under PERSISTED_OPERATIONS=only, where only admins may send text.
 *
 * Returns the page's HTML, built at start-up (its saved tabs come from the schema and the
 * manifest, which do not change while the server runs); `graphiqlRoutes` serves it.
 *
 * @throws Error when the manifest holds no `SignIn` operation.
 */
export function graphiqlPage(options: { defaultEmail: string; schema: GraphQLSchema; persisted: PersistedOperations }): string {
  const template = readFileSync(new URL("./page.html", import.meta.url), "utf8");
  const operations = savedOperations(options.schema);
  const signInDocumentId = options.persisted.idByName.get("SignIn");
  if (!signInDocumentId) throw new Error("The persisted operations hold no SignIn operation for GraphiQL's sign-in bar; run npm run codegen");
  // The page opens its WebSocket on its own location's scheme and host (see page.html).
  const config = { httpUrl: "/graphql", savedOperations: operations, signInDocumentId };
  // The JSON is placed inside a <script>: escape "<" so no value can close the tag.
  return template.replace("__CONFIG__", JSON.stringify(config).replace(/</g, "\\u003c")).replace("__DEFAULT_EMAIL__", options.defaultEmail.replace(/[^\w@.+-]/g, ""));
}

/**
 * Adds GraphiQL's routes to `router` (an Express router, which the server loads with its first
 * request off /graphql): the page (`html`, from `graphiqlPage`) and its browser files.
 */
export function graphiqlRoutes(router: Router, html: string): Router {
  router.get(GRAPHIQL_PATH, (_req, res) => {
    res.type("html").set("cache-control", "no-store").send(html);
  });
  router.get(`${GRAPHIQL_PATH}/assets/:file`, (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      sendError(res, new HttpRefusal(404, "No such GraphiQL file", ErrorCode.NOT_FOUND));
      return;
    }
    res.set("cache-control", "public, max-age=86400").sendFile(file);
  });
  return router;
}
