import WebSocket from "ws";

/**
 * A minimal graphql-transport-ws client: thousands of them run in the benchmark process, so each
 * is one socket and a message handler, without graphql-ws's client machinery.
 */
export interface LiveSocket {
  socket: WebSocket;
  subscribe(id: string, query: string, variables: Record<string, unknown>, onNext: (data: any, receivedAt: number) => void): void;
  close(): void;
  /** How the server closed the socket after `connection_ack` (code and reason), null while open. */
  readonly closedBy: { code: number; reason: string } | null;
}

/**
 * Opens a socket and completes `connection_init` with the token; resolves on `connection_ack`.
 * A close before the ack rejects with its code, reason and how long after `open` the init went
 * out (graphql-ws and the API both close with 4408, for a late init and an idle anonymous socket:
 * only the reason tells them apart).
 */
export function openLiveSocket(wsUrl: string, token: string | null, timeoutMs = 30_000): Promise<LiveSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    const handlers = new Map<string, (data: any, receivedAt: number) => void>();
    const started = performance.now();
    let openedAt: number | null = null;
    let closedBy: { code: number; reason: string } | null = null;
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error("no connection_ack"));
    }, timeoutMs);
    socket.on("open", () => {
      openedAt = performance.now();
      socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} }));
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("close", (code, reason) => {
      clearTimeout(timer);
      closedBy = { code, reason: reason.toString() };
      const opened = openedAt === null ? "never opened" : `init sent ${Math.round(openedAt - started)} ms after connecting`;
      reject(new Error(`closed with ${code} "${closedBy.reason}" (${opened}, ${Math.round(performance.now() - started)} ms ago)`));
    });
    socket.on("message", (raw) => {
      const receivedAt = performance.now();
      const message = JSON.parse(raw.toString());
      if (message.type === "connection_ack") {
        clearTimeout(timer);
        resolve({
          socket,
          subscribe(id, query, variables, onNext) {
            handlers.set(id, onNext);
            socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
          },
          close: () => socket.terminate(),
          get closedBy() {
            return closedBy;
          },
        });
      } else if (message.type === "next") handlers.get(message.id)?.(message.payload.data, receivedAt);
      else if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
    });
  });
}

/** Opens `count` sockets, `batch` at a time (a burst of thousands of handshakes only measures the backlog). */
export async function openMany(count: number, open: (index: number) => Promise<LiveSocket>, batch = 100): Promise<LiveSocket[]> {
  const sockets: LiveSocket[] = [];
  for (let start = 0; start < count; start += batch) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, i) => open(start + i)))));
  }
  return sockets;
}
