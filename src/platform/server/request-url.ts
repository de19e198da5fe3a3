/**
 * The two halves of a request URL as node:http gives it (`/graphql?query=...`): the path, which
 * routes and logs use, and the query string, which a GET /graphql carries its operation in and
 * which is never logged.
 */

/** The path, without the query string; "/" when the request has no URL. */
export function pathOf(url: string | undefined): string {
  const at = url?.indexOf("?") ?? -1;
  return (at >= 0 ? url!.slice(0, at) : url) || "/";
}

/** The query string with its leading "?", or "" when there is none. */
export function searchOf(url: string | undefined): string {
  const at = url?.indexOf("?") ?? -1;
  return at >= 0 ? url!.slice(at) : "";
}
