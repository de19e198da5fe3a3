// `npm start`: the server from its build cache (scripts/start-bundle.mjs), rebuilt first when a
// source file changed since the last start.
import { pathToFileURL } from "node:url";
import { startBundle } from "./start-bundle.mjs";

await import(pathToFileURL(await startBundle()).href);
