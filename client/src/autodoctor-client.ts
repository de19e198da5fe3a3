// A small typed client for AutoDoctor front ends: HTTP for queries and mutations, graphql-ws for
// live updates, one bearer token for both, and chat that resumes after a reconnect from the last
// message's cursor, so nothing sent while offline is lost. Copy it into a front end as it is.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { ChatMessageAddedDocument, MessagesDocument, SignInDocument, type ChatMessageAddedSubscription } from "../generated/graphql.ts";

/** An error the API answered with; `code` is its stable `extensions.code`. */
export class AutoDoctorError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AutoDoctorError";
  }
}

export type ChatMessage = ChatMessageAddedSubscription["chatMessageAdded"];

export interface AutoDoctorClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (the WebSocket URL is derived). */
  url: string;
  token?: string;
  /** A WebSocket implementation outside browsers (e.g. the `ws` package in Node). */
  webSocketImpl?: unknown;
  /**
   * How queries and mutations go over HTTP. `"persisted"` (the default) sends a generated document
   * by its `documentId` (the sha256 codegen stores in `__meta__.hash`, listed in
   * persisted-documents.json), which a server running `PERSISTED_OPERATIONS=only` requires and any
   * other accepts; when the server does not know the id (`PERSISTED_QUERY_NOT_FOUND`: it was built
   * from other operations) the text follows once, which only a server in `allow` mode runs.
   * `"text"` always sends the query text. Over graphql-ws (subscriptions), which requires the text,
   * `"persisted"` sends the id beside it in `extensions.documentId`, which the server runs instead.
   */
  documents?: "persisted" | "text";
  /**
   * How the live connection (graphql-ws) comes back once lost: up to `attempts` reconnects in a row
   * (default: forever), each after a wait of 250 ms doubling up to 10 s. `onRetry` is told of each
   * (its number from 1, and the wait in ms) before the wait, `onReconnected` once one succeeds. When
   * the attempts are spent, each subscription's `error` gets CONNECTION_CLOSED.
   */
  reconnect?: { attempts?: number; onRetry?(attempt: number, waitMs: number): void; onReconnected?(): void };
}

/** The id codegen gave a generated document (client preset, `persistedDocuments`); none on hand-written ones. */
const documentIdOf = (document: unknown): string | undefined => (document as { __meta__?: { hash?: unknown } }).__meta__?.hash as string | undefined;

export function createAutoDoctorClient(options: AutoDoctorClientOptions) {
  let token = options.token ?? null;
  let socket: Client | null = null;
  const reconnectListeners = new Set<() => void>();

  const live = (): Client => {
    socket ??= createClient({
      url: options.url.replace(/^http/, "ws"),
      webSocketImpl: options.webSocketImpl,
      connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
      retryAttempts: options.reconnect?.attempts ?? Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => {
        const waitMs = Math.min(250 * 2 ** retries, 10_000);
        options.reconnect?.onRetry?.(retries + 1, waitMs);
        return new Promise((resolve) => setTimeout(resolve, waitMs));
      },
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (!wasRetry) return;
          options.reconnect?.onReconnected?.();
          reconnectListeners.forEach((listener) => listener());
        },
      },
    });
    return socket;
  };

  async function post<TResult>(operation: { query: string } | { documentId: string }, variables: unknown): Promise<TResult> {
    const response = await fetch(options.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ ...operation, variables }),
    });
    const body = (await response.json()) as { data?: TResult; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const error = body.errors?.[0];
    if (error) throw new AutoDoctorError(error.message, String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"), error.extensions);
    return body.data as TResult;
  }

  /** Runs a query or mutation over HTTP; throws AutoDoctorError with the first error's code. */
  async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const documentId = options.documents === "text" ? undefined : documentIdOf(document);
    if (documentId) {
      try {
        return await post<TResult>({ documentId }, variables);
      } catch (error) {
        if (!(error instanceof AutoDoctorError && error.code === "PERSISTED_QUERY_NOT_FOUND")) throw error;
      }
    }
    return post<TResult>({ query: print(document) }, variables);
  }

  function subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    handlers: { next(data: TResult): void; error?(error: AutoDoctorError): void },
  ): () => void {
    const documentId = options.documents === "text" ? undefined : documentIdOf(document);
    return live().subscribe<TResult>(
      { query: print(document), variables: variables as Record<string, unknown>, ...(documentId ? { extensions: { documentId } } : {}) },
      {
        next: (result) => {
          const error = result.errors?.[0];
          if (error) handlers.error?.(new AutoDoctorError(error.message, String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"), error.extensions as Record<string, unknown>));
          else if (result.data) handlers.next(result.data as TResult);
        },
        error: (error) => handlers.error?.(new AutoDoctorError(String((error as { reason?: string }).reason ?? error), "CONNECTION_CLOSED")),
        complete: () => {},
      },
    );
  }

  return {
    request,
    subscribe,

    async signIn(email: string, password: string) {
      const { signIn } = await request(SignInDocument, { email, password });
      token = signIn.token;
      // A new identity needs a new connection_init.
      socket?.terminate();
      socket = null;
      return signIn;
    },

    /**
     * Every message of a session's chat, once each and in order: the history first, then live
     * messages; after a reconnect, whatever was sent meanwhile is fetched from the last cursor.
     */
    followChat(sessionId: string, onMessage: (message: ChatMessage) => void, options: { after?: string } = {}): () => void {
      let cursor = options.after ?? null;
      const seen = new Set<string>();
      const deliver = (message: ChatMessage) => {
        if (seen.has(message.id)) return;
        seen.add(message.id);
        cursor = message.cursor;
        onMessage(message);
      };
      let catchingUp = Promise.resolve();
      const catchUp = () => {
        catchingUp = catchingUp.then(async () => {
          for (let more = true; more;) {
            const { messages } = await request(MessagesDocument, { sessionId, after: cursor, first: 100 });
            messages.nodes.forEach(deliver);
            more = messages.pageInfo.hasNextPage;
          }
        });
        return catchingUp;
      };
      reconnectListeners.add(catchUp);
      const unsubscribe = subscribe(ChatMessageAddedDocument, { sessionId }, { next: ({ chatMessageAdded }) => void catchingUp.then(() => deliver(chatMessageAdded)) });
      void catchUp();
      return () => {
        reconnectListeners.delete(catchUp);
        unsubscribe();
      };
    },

    close() {
      socket?.dispose();
      socket = null;
    },

    /** Drops the live connection as a network failure would (tests and demos of resume). */
    dropConnection() {
      socket?.terminate();
    },
  };
}

export type AutoDoctorClient = ReturnType<typeof createAutoDoctorClient>;
