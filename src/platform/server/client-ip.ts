import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** Resolves the address a request came from, for rate limits and per-IP socket caps. */
export type ClientIpResolver = (request: IncomingMessage) => string;

/**
 * The caller's address. Without trusted proxies, the socket's peer (X-Forwarded-For is ignored: any
 * client can write it). With them (`TRUSTED_PROXIES`), X-Forwarded-For is walked back from the
 * socket through trusted hops only, and the first untrusted hop is the client: behind a load
 * balancer each user gets their own budget, and a client cannot pick its own address by sending
 * the header. proxy-addr is what Express's `trust proxy` uses, so the address list syntax
 * (addresses, CIDRs, `loopback`, `linklocal`, `uniquelocal`) is the familiar one.
 */
export function clientIpResolver(trustedProxies: readonly string[]): ClientIpResolver {
  if (trustedProxies.length === 0) return (request) => request.socket.remoteAddress ?? "unknown";
  const trust = proxyAddr.compile([...trustedProxies]);
  return (request) => {
    if (!request.socket.remoteAddress) return "unknown";
    return proxyAddr(request, trust);
  };
}

/** Whether `value` is a list proxy-addr accepts (for the configuration's validation). */
export function invalidTrustedProxy(entries: readonly string[]): string | undefined {
  for (const entry of entries) {
    try {
      proxyAddr.compile(entry);
    } catch {
      return entry;
    }
  }
  return undefined;
}
