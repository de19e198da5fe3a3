import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { Role } from "../db/generated/enums.ts";
import { unauthenticated } from "../errors.ts";

/** Who a verified token says the caller is. */
export type TokenIdentity = (
  | {
      source: "local";
      userId: string;
      /** The account's credential version when the token was issued (`cv`, 0 when absent): a password change or reset bumps it, refusing older tokens. */
      credentialVersion: number;
    }
  /** An identity from the external issuer; mapped to a user by subject, then by verified email. */
  | { source: "external"; subject: string; email?: string }
) & { expiresAt: Date | null };

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface TokenService {
  /** Issues a token for `user` at its current `credentialVersion` (0 when not given). */
  issue(user: { id: string; role: Role; credentialVersion?: number }): Promise<IssuedToken>;
  /** Verifies a bearer token; throws UNAUTHENTICATED without saying which check failed. */
  verify(token: string): Promise<TokenIdentity>;
}

/** Verified tokens kept, and for how long at most (an entry also ends with its token). */
const VERIFIED_MAX_ENTRIES = 10_000;
const VERIFIED_MAX_AGE_MS = 60_000;
/** Our own tokens' subject: a user id. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How tokens are issued (HS256 with `jwtSecret`) and which external issuer's tokens (JWKS) are also accepted. */
export interface AuthSettings {
  jwtSecret: string;
  /** Lifetime of an issued token, in seconds. */
  tokenTtlSeconds: number;
  issuer: string;
  audience: string;
  external?: { jwksUrl: string; issuer: string; audience?: string };
}

/** How far our clock may trail the one that issued a token, in seconds. */
const MAX_CLOCK_SKEW_SECONDS = 60;

export function createTokenService(auth: AuthSettings): TokenService {
  // Imported once: given raw bytes, jose imports the key again for every token it signs or checks.
  const secret = crypto.subtle.importKey("raw", new TextEncoder().encode(auth.jwtSecret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  const external = auth.external;
  const jwks = external ? createRemoteJWKSet(new URL(external.jwksUrl)) : undefined;
  const verified = new Map<string, { identity: TokenIdentity; until: number }>();

  /**
   * The full check: signature, issuer, audience, expiry. A token must expire (`exp` is required:
   * one without would be a credential for ever), and our own tokens name a user by uuid: any other
   * subject is refused here rather than reaching the database's uuid cast.
   */
  async function verifyToken(token: string): Promise<TokenIdentity> {
    let payload: JWTPayload;
    let source: "local" | "external";
    try {
      // Our own tokens are HS256; anything else can only come from the external issuer.
      source = decodeProtectedHeader(token).alg === "HS256" ? "local" : "external";
      if (source === "local") {
        ({ payload } = await jwtVerify(token, await secret, { issuer: auth.issuer, audience: auth.audience, algorithms: ["HS256"], requiredClaims: ["exp", "sub"] }));
      } else if (jwks && external) {
        ({ payload } = await jwtVerify(token, jwks, { issuer: external.issuer, audience: external.audience, requiredClaims: ["exp", "sub"] }));
      } else {
        throw unauthenticated("Invalid or expired token");
      }
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("Token expired");
      throw unauthenticated("Invalid or expired token");
    }
    if (!payload.sub || payload.exp === undefined) throw unauthenticated("Invalid or expired token");
    if (source === "local" && !UUID.test(payload.sub)) throw unauthenticated("Invalid or expired token");
    const expiresAt = new Date(payload.exp * 1000);
    // An `exp` past any date (1e20: Date's range ends in the year 275760) made an Invalid Date,
    // whose NaN passed the lifetime check below: such a token never expires, from any issuer.
    if (Number.isNaN(expiresAt.getTime())) throw unauthenticated("Invalid or expired token");
    // We issue our own tokens for JWT_TTL_SECONDS: one that lives longer was not issued by us as it
    // is (a leaked signing key, a hand-made token), so it is refused rather than trusted for years.
    // External tokens keep their issuer's lifetime.
    if (source === "local" && expiresAt.getTime() > Date.now() + (auth.tokenTtlSeconds + MAX_CLOCK_SKEW_SECONDS) * 1000) {
      throw unauthenticated("Invalid or expired token");
    }
    if (source === "local") return { source, userId: payload.sub, credentialVersion: typeof payload.cv === "number" ? payload.cv : 0, expiresAt };
    const email = typeof payload.email === "string" && payload.email_verified === true ? payload.email : undefined;
    return { source, subject: `${payload.iss}|${payload.sub}`, email, expiresAt };
  }

  return {
    async issue(user) {
      const expiresAt = new Date(Date.now() + auth.tokenTtlSeconds * 1000);
      const token = await new SignJWT({ role: user.role, cv: user.credentialVersion ?? 0 })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(user.id)
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(await secret);
      return { token, expiresAt };
    },

    async verify(token) {
      // A client sends the same token with every request, and checking its HMAC through WebCrypto
      // cost a tenth of a small request. The key is the whole token, signature included, and an
      // entry ends when the token expires: after that the full check refuses it.
      const known = verified.get(token);
      if (known && known.until > Date.now()) return known.identity;
      const identity = await verifyToken(token);
      if (verified.size >= VERIFIED_MAX_ENTRIES) verified.clear();
      verified.set(token, { identity, until: Math.min(identity.expiresAt?.getTime() ?? Infinity, Date.now() + VERIFIED_MAX_AGE_MS) });
      return identity;
    },
  };
}
