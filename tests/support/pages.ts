import { expect } from "vitest";
import { decodeCursor, type Page, type PageRequest } from "../../src/modules/shared/pagination.ts";
import type { GraphQLResponse, TestApp } from "../setup/test-app.ts";

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

/**
 * Follows `endCursor` from the first page to the last, keeping every node and each page's
 * totalCount (which must not change while walking).
 */
export async function walkPages<T>(page: (after: string | null) => Promise<Connection<T>>): Promise<{ nodes: T[]; pages: number; totalCounts: number[] }> {
  const nodes: T[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 100; pages++) {
    const connection: Connection<T> = await page(after);
    nodes.push(...connection.nodes);
    totalCounts.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { nodes, pages, totalCounts };
    after = connection.pageInfo.endCursor ?? null;
  }
  throw new Error("more than 100 pages: the cursor does not advance");
}

/** A list query called with one bad paging argument: BAD_USER_INPUT naming that argument. */
export async function expectBadPaging(app: TestApp, query: string, variables: Record<string, unknown>, token: string, field: "first" | "after"): Promise<void> {
  const { errors, data } = await app.gql(query, variables, token);
  expect(data ?? null, query).toBeNull();
  expect(errors?.[0]?.extensions, `${query} ${JSON.stringify(variables)}`).toMatchObject({ code: "BAD_USER_INPUT", field });
}

/**
 * Every page of a store's list, `take` rows at a time from the first, following each page's end
 * cursor: how a list-equivalence test reads a list through both of its forms (SQL and Prisma).
 */
export async function walkStorePages<T>(list: (page: PageRequest) => Promise<Page<T>>, take = 2): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: PageRequest["after"] = null;
  for (;;) {
    const page = await list({ take, after });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = decodeCursor(page.pageInfo.endCursor!);
  }
}

/** Pages with every Instant (a Date, or its ISO text) as the ISO text the DateTimeISO scalar writes. */
export const asAnswered = (pages: unknown): unknown => JSON.parse(JSON.stringify(pages)) as unknown;
