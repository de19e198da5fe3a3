// The contact detector of the working tree or of a git commit, for the benches comparing two
// versions (detection-ab.ts both in one process, detection-gc-tail.ts one per process). A commit's
// src/ and package.json are unpacked in a temporary directory beside this checkout's node_modules.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DetectionOptions, detectContactDetails } from "../src/domain/contacts/contact-detector.ts";

export type Detect = (message: string) => ReturnType<typeof detectContactDetails>;
type DetectWith = (message: string, options?: DetectionOptions) => ReturnType<typeof detectContactDetails>;
type SecondStage = DetectionOptions["secondStage"];

/** This checkout's root. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** `detect` with `defaults` plus `secondStage` when `trained`, otherwise as called by the product. */
export function configured(detect: DetectWith, defaults: DetectionOptions, secondStage: SecondStage, trained: boolean): Detect {
  if (!trained) return (message) => detect(message);
  const options: DetectionOptions = { ...defaults, secondStage };
  return (message) => detect(message, options);
}

/** The detector of the checkout at `dir` (with its own trained second stage when `trained`). */
export async function detectorIn(dir: string, trained: boolean): Promise<Detect> {
  const at = (path: string): string => pathToFileURL(join(dir, path)).href;
  const module = (await import(at("src/domain/contacts/contact-detector.ts"))) as { detectContactDetails: DetectWith; DEFAULT_DETECTION_OPTIONS: DetectionOptions };
  const secondStage = trained ? ((await import(at("src/domain/contacts/second-stage/classifier.ts"))) as { TRAINED_STAGE: SecondStage }).TRAINED_STAGE : undefined;
  return configured(module.detectContactDetails, module.DEFAULT_DETECTION_OPTIONS, secondStage, trained);
}

/** The detector as it was at `commit`; `remove` deletes its unpacked copy (call it when done). */
export async function detectorAt(commit: string, trained: boolean): Promise<{ detect: Detect; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "detector-at-"));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    // With its package.json: without `"type": "module"` tsx loads the files as CommonJS, where a
    // named import of a dual package (libphonenumber-js/max's Metadata) is undefined.
    const archive = execFileSync("git", ["archive", commit, "src", "package.json"], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    return { detect: await detectorIn(dir, trained), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
