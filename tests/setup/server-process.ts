import { spawn, type ChildProcess } from "node:child_process";

/** The API as its own process, started the way `npm start` does (`tsx src/main.ts`). */
export interface ServerProcess {
  child: ChildProcess;
  /** http://host:port, read from the "ready at" line. */
  url: string;
  /** The exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

/** Starts `node --import tsx src/main.ts` on a free port with `env` over this process's, and waits until it is ready. */
export async function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url, exited };
}
