// The build cache `npm start` runs from (scripts/start.mjs): src/app/main.ts and its dependencies in
// one file, rebuilt by esbuild whenever a source file changes. Loading the server through tsx
// costs about 2 s of CPU (it transpiles and resolves hundreds of files one by one); one pre-built
// file loads in a few hundred milliseconds. Plain JavaScript, so nothing is transpiled to run it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "node_modules/.cache/autodoctor-api");
const UNUSED_MS = 24 * 3600_000;
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
function pruneUnused(outfile) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name.startsWith("start-") && !path.startsWith(outfile) && Date.now() - statSync(path).mtimeMs > UNUSED_MS) rmSync(path, { force: true });
  }
}

/** Builds the bundle and its source map (for `NODE_OPTIONS=--enable-source-maps`); a process starting meanwhile never sees half a file. */
async function bundle(outfile) {
  const { build } = await import("esbuild");
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, "src/app/main.ts")],
    outfile,
    write: false,
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
  const mapsFirst = [...outputFiles.filter((file) => file.path !== outfile), ...outputFiles.filter((file) => file.path === outfile)];
  for (const file of mapsFirst) {
    const staging = `${file.path}.${process.pid}.tmp`;
    writeFileSync(staging, file.contents);
    renameSync(staging, file.path);
  }
  pruneUnused(outfile);
}

/**
 * The path of the bundle of the current sources, built first when missing (then bundles nobody
 * used for a day are deleted). Prints one line when it builds.
 */
export async function startBundle() {
  const outfile = join(CACHE, `start-${fingerprint()}.mjs`);
  if (existsSync(outfile)) {
    const now = new Date();
    utimesSync(outfile, now, now);
  } else {
    const started = performance.now();
    mkdirSync(CACHE, { recursive: true });
    await bundle(outfile);
    console.log(`start: built ${relative(ROOT, outfile)} from src/ (${Math.round(performance.now() - started)} ms)`);
  }
  return outfile;
}
