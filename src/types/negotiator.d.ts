// negotiator ships no types and @types/negotiator is not installed here; the one method we use.
declare module "negotiator" {
  import type { IncomingHttpHeaders } from "node:http";

  /** HTTP content negotiation (Express's and Apollo Server's own), over a request's headers. */
  class Negotiator {
    constructor(request: { headers: IncomingHttpHeaders });
    /** The most preferred of `available` by the Accept header (q-values, specificity, then list order), or undefined. */
    mediaType(available: string[]): string | undefined;
  }

  export = Negotiator;
}
