/** The largest page any connection returns (`first`), shared by the resolvers and the query limits (which must not load decorated types). */
export const MAX_PAGE_SIZE = 100;
