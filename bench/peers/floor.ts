// The floor of the `peers` scenario: the nested session list from hand-written SQL through `pg`,
// the same JSON the API answers, over bare node:http, for the mechanic MECHANIC_ID (no token, no
// GraphQL). Run as its own process; prints "ready at http://127.0.0.1:PORT/graphql".
import "reflect-metadata";
import { createServer } from "node:http";
import pg from "pg";
import { handWritten } from "../scenarios/data-access.ts";
import { sendJson } from "../support.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const mechanicId = process.env.MECHANIC_ID!;
const first = Number(process.env.FIRST ?? 100);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => void handWritten(pool, mechanicId, first).then((body) => sendJson(res, body)));
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(`ready at http://127.0.0.1:${address.port}/graphql`);
});
