import type { Viewer } from "../platform/auth/viewer.ts";
import { forbidden } from "../platform/errors.ts";
import { customerAccessThroughSession, mayReadCustomerField, type CustomerAccess, type CustomerField } from "./customer-access.ts";

/**
 * Filters and orderings are reads: a caller who may not read a field may not filter, sort or
 * count by it either, at any depth, or a yes/no answer would leak the value one guess at a time.
 */

interface CustomerFilter {
  AND?: CustomerFilter[] | null;
  OR?: CustomerFilter[] | null;
  NOT?: CustomerFilter | null;
}

interface SessionFilter {
  customer?: CustomerFilter | null;
  AND?: SessionFilter[] | null;
  OR?: SessionFilter[] | null;
  NOT?: SessionFilter | null;
}

const COMBINATORS = new Set(["AND", "OR", "NOT"]);

function children<T extends { AND?: T[] | null; OR?: T[] | null; NOT?: T | null }>(filter: T): T[] {
  return [...(filter.AND ?? []), ...(filter.OR ?? []), ...(filter.NOT ? [filter.NOT] : [])];
}

function refuse(field: string): never {
  throw forbidden(`Not allowed to filter or sort by the customer's ${field}`);
}

/** Every customer field a filter names, through AND/OR/NOT, must be readable through `access`. */
export function assertCustomerFilterReadable(filter: CustomerFilter | null | undefined, access: CustomerAccess | null): void {
  if (!filter) return;
  for (const [key, value] of Object.entries(filter)) {
    if (value == null || COMBINATORS.has(key)) continue;
    if (!access || !mayReadCustomerField(access, key as CustomerField)) refuse(key);
  }
  for (const child of children(filter)) assertCustomerFilterReadable(child, access);
}

/** A session filter's customer conditions, at any depth, are checked as the viewer reaches that customer. */
export function assertSessionFilterReadable(filter: SessionFilter | null | undefined, viewer: Viewer): void {
  if (!filter) return;
  if (filter.customer) assertCustomerFilterReadable(filter.customer, customerAccessThroughSession(viewer));
  for (const child of children(filter)) assertSessionFilterReadable(child, viewer);
}

/** Ordering by a customer field is allowed only to those who may read it. */
export function assertCustomerOrderReadable(field: CustomerField, access: CustomerAccess | null): void {
  if (!access || !mayReadCustomerField(access, field)) refuse(field);
}
