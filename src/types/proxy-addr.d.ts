// proxy-addr ships no types and @types/proxy-addr is not installed here; the two functions we use.
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http";

  type TrustFunction = (address: string, hop: number) => boolean;

  /** The client address: the socket's, or the first untrusted hop of X-Forwarded-For walking back through trusted proxies. */
  function proxyAddr(req: IncomingMessage, trust: TrustFunction | string | string[]): string;

  namespace proxyAddr {
    /** Compiles addresses, CIDRs and the names loopback/linklocal/uniquelocal; throws TypeError on an invalid one. */
    function compile(value: string | string[]): TrustFunction;
  }

  export = proxyAddr;
}
