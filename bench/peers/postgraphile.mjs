// PostGraphile v4, a peer in the `peers` scenario: the best-known automatic GraphQL-over-PostgreSQL
// engine in Node, serving the same tables (schema "public") with its defaults for production: no
// query log, no GraphiQL, no watch; a pg pool of DB_POOL_SIZE connections like the API's. It has
// no privacy rules: the query names the mechanic. Prints "ready at http://127.0.0.1:PORT/graphql".
//
// PostGraphile 4 needs graphql 15 (the project has 16), and npm installs two copies of 15, under
// postgraphile and under graphile-build-pg; two copies fail its `instanceof` checks ("Unexpected
// input type"). This process serves nothing else, so every `graphql` import resolves to one copy.
import { createServer } from "node:http";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";

const postgraphileMain = createRequire(import.meta.url).resolve("postgraphile");
const anchor = { id: postgraphileMain, filename: postgraphileMain, paths: Module._nodeModulePaths(dirname(postgraphileMain)) };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const graphql = request === "graphql" || request.startsWith("graphql/");
  return resolveFilename.call(this, request, graphql ? anchor : parent, ...rest);
};
const { default: pg } = await import("pg");
const { postgraphile } = createRequire(import.meta.url)("postgraphile");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const middleware = postgraphile(pool, "public", { graphqlRoute: "/graphql", graphiql: false, disableQueryLog: true, retryOnInitFail: false });
const server = createServer(middleware);
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log(`ready at http://127.0.0.1:${server.address().port}/graphql`));
