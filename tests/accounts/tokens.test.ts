import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "graphql-ws";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const EXTERNAL_ISSUER = "https://id.example.test/";
let app: TestApp;
let jwksServer: Server;
let externalKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

/** A stand-in identity provider: a JWKS endpoint on loopback and tokens signed with its key. */
async function startIdentityProvider(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  externalKey = privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  jwksServer = createServer((_req, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
}

const externalToken = (claims: Record<string, unknown>, subject = "ext-123") =>
  new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "test-key" }).setIssuer(EXTERNAL_ISSUER).setAudience("autodoctor-external").setSubject(subject).setExpirationTime("5m").sign(externalKey);

beforeAll(async () => {
  const jwksUrl = await startIdentityProvider();
  app = await startTestApp({ EXTERNAL_JWKS_URL: jwksUrl, EXTERNAL_JWT_ISSUER: EXTERNAL_ISSUER, EXTERNAL_JWT_AUDIENCE: "autodoctor-external" });
});
afterAll(async () => {
  await app.close();
  jwksServer.close();
});

const ME = `{ me { id } }`;

/** A token signed with the server's own secret, as an attacker who had it could not make (but a bug could). */
function localToken(subject: string, options: { exp?: boolean | string } = {}) {
  let jwt = new SignJWT({ role: "CUSTOMER" }).setProtectedHeader({ alg: "HS256" }).setIssuer(app.config.auth.issuer).setAudience(app.config.auth.audience);
  if (subject) jwt = jwt.setSubject(subject);
  if (options.exp !== false) jwt = jwt.setExpirationTime(typeof options.exp === "string" ? options.exp : "5m");
  return jwt.sign(new TextEncoder().encode(app.config.auth.jwtSecret));
}

describe("bearer tokens", () => {
  it("treats a request without a token as anonymous: protected fields say UNAUTHENTICATED", async () => {
    const { errors } = await app.gql(ME);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["a malformed header", "Token abc"],
    ["a garbage token", "Bearer not.a.token"],
    ["a token signed with another secret", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"],
  ])("rejects %s with 401 UNAUTHENTICATED and no stack trace", async (_name, header) => {
    const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", authorization: header }, body: JSON.stringify({ query: ME }) });
    const body = await response.text();
    expect(response.status).toBe(401);
    expect(JSON.parse(body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(body).not.toMatch(/stack|\.ts:\d+/);
  });

  it.each(["bearer", "BEARER", "Bearer  "])("reads the scheme in any case and after any spaces, as HTTP's authentication schemes are (%j)", async (scheme) => {
    const customer = await createCustomer(app);
    const response = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `${scheme} ${customer.token}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toEqual({ data: { me: { id: customer.id } } });
  });

  it('reads graphql-ws\'s connection_init token under "Authorization" as well as "authorization"', async () => {
    const customer = await createCustomer(app);
    const client = createClient({ url: app.graphqlUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${customer.token}` } });
    try {
      const result = await new Promise((resolve, reject) => client.subscribe({ query: ME }, { next: resolve, error: reject, complete: () => {} }));
      expect(result).toEqual({ data: { me: { id: customer.id } } });
    } finally {
      await client.dispose();
    }
  });

  it("rejects an expired token", async () => {
    const customer = await createCustomer(app);
    const expired = await new SignJWT({ role: "CUSTOMER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(customer.id)
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(app.config.auth.jwtSecret));
    const { errors, status } = await app.gql(ME, {}, expired);
    expect(status).toBe(401);
    expect(errors?.[0]).toMatchObject({ message: "Token expired", extensions: { code: "UNAUTHENTICATED" } });
  });

  it.each([
    ["without an expiry", async (id: string) => localToken(id, { exp: false })],
    ["that lives longer than the tokens we issue (a hundred years)", async (id: string) => localToken(id, { exp: "36500d" })],
    ["whose subject is not a user id", async () => localToken("not-a-uuid")],
    ["whose subject is empty", async () => localToken("")],
  ])("refuses a correctly signed token %s with 401 UNAUTHENTICATED, nothing logged at error level", async (_name, make) => {
    const customer = await createCustomer(app);
    const logged = app.logLines.length;
    const { errors, status, body } = await app.gql(ME, {}, await make(customer.id));
    expect(status, body).toBe(401);
    expect(errors?.[0]).toMatchObject({ message: "Invalid or expired token", extensions: { code: "UNAUTHENTICATED" } });
    expect(app.logLines.slice(logged).filter((line) => line.includes('"level":50'))).toEqual([]);
  });

  it("refuses a token it accepted a moment ago once that token has expired", async () => {
    const customer = await createCustomer(app);
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const shortLived = await new SignJWT({ role: "CUSTOMER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(customer.id)
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(app.config.auth.jwtSecret));
    expect((await app.gql(ME, {}, shortLived)).data?.me?.id).toBe(customer.id);
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 50));
    const { errors, status } = await app.gql(ME, {}, shortLived);
    expect(status).toBe(401);
    expect(errors?.[0]).toMatchObject({ message: "Token expired", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a still-valid token once its account is suspended, with reason and end date", async () => {
    const mechanic = await createMechanic(app);
    expect((await app.gql(ME, {}, mechanic.token)).data?.me.id).toBe(mechanic.id);
    const until = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    await app.prisma.user.update({ where: { id: mechanic.id }, data: { status: "SUSPENDED", suspendedUntil: until, statusReason: "Second contact-sharing offence" } });
    const { errors, status } = await app.gql(ME, {}, mechanic.token);
    expect(status).toBe(403);
    expect(errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", reason: "ACCOUNT_SUSPENDED", statusReason: "Second contact-sharing offence", status: "SUSPENDED", until: until.toISOString() });
  });

  it("refuses a banned account", async () => {
    const mechanic = await createMechanic(app, { status: "BANNED", statusReason: "Third offence" });
    const { errors } = await app.gql(ME, {}, mechanic.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", status: "BANNED", reason: "ACCOUNT_BANNED", statusReason: "Third offence" });
  });
});

describe("tokens from the external identity provider", () => {
  it("links a verified email to its account on first use, then by subject", async () => {
    const customer = await createCustomer(app);
    const first = await app.gql(ME, {}, await externalToken({ email: customer.email, email_verified: true }, "subject-1"));
    expect(first.data?.me.id).toBe(customer.id);
    const later = await app.gql(ME, {}, await externalToken({}, "subject-1"));
    expect(later.data?.me.id).toBe(customer.id);
  });

  it("does not link an unverified email", async () => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(ME, {}, await externalToken({ email: customer.email, email_verified: false }, "subject-2"));
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a token from another issuer's key", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "test-key" })
      .setIssuer(EXTERNAL_ISSUER)
      .setAudience("autodoctor-external")
      .setSubject("subject-1")
      .setExpirationTime("5m")
      .sign(privateKey);
    const { errors } = await app.gql(ME, {}, forged);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
