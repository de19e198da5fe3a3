import { afterAll, beforeAll } from "vitest";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/** What a spec file against the test server works with: the server and an admin. */
export interface AppSpecWorld {
  app: TestApp;
  admin: CreatedUser;
}

/**
 * The hooks a spec file against the test server shares: the server and an admin before its tests
 * (handed to `started`, which keeps them: `appSpec((world) => ({ app, admin } = world))`), the
 * server closed after them. paymentsSpec is the same with payments configured.
 */
export function appSpec(started: (world: AppSpecWorld) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    started({ app, admin: await createAdmin(app) });
  });
  afterAll(() => app?.close());
}
