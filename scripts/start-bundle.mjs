// The build cache `npm start` runs from (scripts/start.mjs): src/app/main.ts and its dependencies
// bundled by esbuild into one directory, rebuilt whenever a source file changes. Loading the server
// through tsx costs about 2 s of CPU (it transpiles and resolves hundreds of files one by one);
// pre-built files load in a few hundred milliseconds. Plain JavaScript, so nothing is transpiled to
// run it. Split at the sources' dynamic imports: main.ts's own chunk is small, so it starts the
// embedded database before the server's modules are read, and what a start never imports (Apollo's
// usage reporting, Prisma's query compiler until the first query) is never read or compiled.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "node_modules/.cache/autodoctor-api");
const UNUSED_MS = 24 * 3600_000;
/** The entry's file in a bundle's directory; the others are the chunks it imports. */
const ENTRY = "main.mjs";
/**
 * Loaded from their own files: PGlite and the Prisma CLI find their WebAssembly and data files next
 * to themselves; the others are optional packages this project does not install. (With tracing on,
 * start.mjs runs the sources instead, so pg is loaded after the instrumentation hooks it.)
 */
const EXTERNAL = ["@electric-sql/pglite", "@electric-sql/pglite-socket", "prisma", "pg-native", "class-validator", "@apollo/subgraph"];

/** Every input of the bundle, by path, size and modification time (a stat per file, no reads). */
function fingerprint() {
  const hash = createHash("sha256").update(process.version);
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${relative(ROOT, path)} ${size} ${mtimeMs}\n`);
      }
    }
  };
  visit(join(ROOT, "src"));
  for (const file of ["package-lock.json", "tsconfig.json", "scripts/start-bundle.mjs"]) {
    const path = join(ROOT, file);
    if (existsSync(path)) hash.update(`${file} ${statSync(path).mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each module keeps seeing its own location: `import.meta.url`, `__dirname` and `__filename` are
 * replaced by the original file's, so code that reads files next to itself works from the bundle.
 */
const ownLocation = {
  name: "own-location",
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|js|mjs|cjs)$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!/import\.meta\.url|__dirname|__filename/.test(source)) return undefined;
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
        .replace(/(?<![.\w$])__dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/(?<![.\w$])__filename\b/g, JSON.stringify(args.path));
      const loader = args.path.endsWith(".ts") || args.path.endsWith(".mts") ? "ts" : "js";
      return { contents, loader, resolveDir: dirname(args.path) };
    });
  },
};

/** Bundles of other sources unused for a day (several checkouts may share node_modules, each with its own). */
function pruneUnused(outdir) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name.startsWith("start-") && path !== outdir && Date.now() - statSync(path).mtimeMs > UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Builds the bundle's files and source maps (for `NODE_OPTIONS=--enable-source-maps`) in a private
 * directory renamed into place: a process starting meanwhile never sees half a bundle, and of two
 * processes building at once the first rename wins.
 */
async function bundle(outdir) {
  const { build } = await import("esbuild");
  const staging = `${outdir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    entryPoints: { [ENTRY.replace(/\.mjs$/, "")]: join(ROOT, "src/app/main.ts") },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    sourcemap: "linked",
    logLevel: "error",
    external: EXTERNAL,
    plugins: [ownLocation],
    // Bundled CommonJS packages call require() for Node's built-ins.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  try {
    renameSync(staging, outdir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(outdir, ENTRY))) throw error; // another process finished first otherwise
  }
  pruneUnused(outdir);
}

/**
 * The path of the bundle's entry (main.ts) for the current sources, built first when missing (then
 * bundles nobody used for a day are deleted). Prints one JSON log line on stdout when it builds.
 */
export async function startBundle() {
  const outdir = join(CACHE, `start-${fingerprint()}`);
  if (existsSync(join(outdir, ENTRY))) {
    const now = new Date();
    utimesSync(outdir, now, now);
  } else {
    const started = performance.now();
    mkdirSync(CACHE, { recursive: true });
    await bundle(outdir);
    // A log line as the server writes them (README, Operations: JSON lines on stdout).
    const line = { level: 30, time: new Date().toISOString(), bundle: relative(ROOT, outdir), durationMs: Math.round(performance.now() - started), msg: "start bundle built from src/" };
    console.log(JSON.stringify(line));
  }
  return join(outdir, ENTRY);
}
