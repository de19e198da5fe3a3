import { randomBytes } from "node:crypto";
import { connect } from "node:net";

/** A WebSocket client on a plain TCP socket: the upgrade, then masked text frames; it reads nothing itself. */
export async function rawTcpWebSocket(port: number) {
  const socket = connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(
    `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
  );
  await new Promise((resolve) => socket.once("data", resolve)); // 101 Switching Protocols
  return {
    socket,
    sendText(text: string) {
      const payload = Buffer.from(text);
      const mask = randomBytes(4);
      const header = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
      const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
      socket.write(Buffer.concat([header, mask, masked]));
    },
  };
}
