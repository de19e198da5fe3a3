import { afterAll, beforeAll } from "vitest";
import type { RunningServer } from "../../src/app/server.ts";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { startTestApp, startUnannouncedInstance, type TestApp } from "../setup/test-app.ts";

/** What a spec file against the test server works with: the server and an admin. */
export interface AppSpecWorld {
  app: TestApp;
  admin: CreatedUser;
}

/**
 * The hooks of a spec file that needs only the test server: started before its tests and handed to
 * `started` (`serverSpec((started) => (app = started))`), closed after them.
 */
export function serverSpec(started: (app: TestApp) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    started(app);
  });
  afterAll(() => app?.close());
}

/**
 * The hooks a spec file against the test server shares: serverSpec's server and an admin before its
 * tests (handed to `started`, which keeps them: `appSpec((world) => ({ app, admin } = world))`).
 * paymentsSpec is the same with payments configured.
 */
export function appSpec(started: (world: AppSpecWorld) => void): void {
  let app: TestApp;
  serverSpec((server) => (app = server));
  beforeAll(async () => started({ app, admin: await createAdmin(app) }));
}

/** What a spec file on two instances works with: the test server and a second instance that misses its announcements. */
export interface TwoInstancesWorld {
  app: TestApp;
  other: RunningServer;
}

/**
 * The hooks a spec file on a lost announcement shares: the test server and a second instance on
 * its database with its own in-process pub/sub (startUnannouncedInstance), handed to `started`
 * (`twoInstancesSpec((world) => ({ app, other } = world))`), both closed after the tests.
 */
export function twoInstancesSpec(started: (world: TwoInstancesWorld) => void): void {
  let app: TestApp | undefined;
  let closeOther: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    const other = await startUnannouncedInstance(app);
    closeOther = other.close;
    started({ app, other: other.server });
  });
  afterAll(async () => {
    await closeOther?.();
    await app?.close();
  });
}
