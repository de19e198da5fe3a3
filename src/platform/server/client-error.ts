import { maxHeaderSize, STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors.ts";

/** What Node's HTTP parser refuses before any handler sees the request, by its error code: the status and the message. */
const REFUSALS: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    message: `Request headers and URL exceed the limit of ${maxHeaderSize / 1024} KiB (${maxHeaderSize} bytes); send a long query by POST, and a token of ordinary size`,
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, message: "A chunk's extensions exceed the limit of 16 KiB" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: "The request was not received in time" },
};
const MALFORMED = { status: 400, message: "Malformed HTTP request" };

/**
 * Answers a request Node's HTTP parser refuses (headers and URL over `maxHeaderSize`, a malformed
 * request line, a request too slow to arrive) with the GraphQL-shaped JSON error every other
 * refusal gets, a code and a message naming the limit, instead of Node's default: a status line
 * and an empty body. The connection closes after it, as Node's own answer does.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client reset, or one already answered, gets nothing more.
    if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
    const { status, message } = REFUSALS[error.code ?? ""] ?? MALFORMED;
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
