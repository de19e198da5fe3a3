import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A request with two `Authorization` headers is refused, not answered as whoever the first names:
 * Node keeps only the first of repeated ones, so the second (a proxy's, or one slipped in beside
 * the client's) was dropped silently (round 51's walkthrough).
 */
let app: TestApp;
serverSpec((started) => (app = started));

/** POSTs `{ me { id } }` with each of `authorizations` as a header line of its own. */
function postWith(authorizations: string[]): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: "{ me { id } }" });
    const sent = request(
      app.graphqlUrl,
      {
        method: "POST",
        headers: [
          "host",
          new URL(app.graphqlUrl).host,
          "content-type",
          "application/json",
          "content-length",
          String(Buffer.byteLength(body)),
          ...authorizations.flatMap((value) => ["authorization", value]),
        ],
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}

describe("the Authorization header", () => {
  it("is refused as UNAUTHENTICATED when sent twice, even with the same token", async () => {
    const [alice, bob] = [await createCustomer(app), await createCustomer(app)];
    for (const pair of [
      [`Bearer ${alice.token}`, `Bearer ${bob.token}`],
      [`Bearer ${alice.token}`, `Bearer ${alice.token}`],
    ]) {
      const { status, body } = await postWith(pair);
      expect(status).toBe(401);
      expect(body).toEqual({ errors: [{ message: "Send one Authorization header: this request carries 2", extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });

  it("sent once is read as before", async () => {
    const alice = await createCustomer(app);
    expect((await postWith([`Bearer ${alice.token}`])).body).toEqual({ data: { me: { id: alice.id } } });
  });
});
