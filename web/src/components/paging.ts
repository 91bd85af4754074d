/** The 1-based span of rows a page shows and the number of pages, for "Showing 26–50 of 134". */
export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  const current = Math.min(Math.max(1, page), pages);
  if (total === 0) {
    return { from: 0, to: 0, pages };
  }
  const from = (current - 1) * pageSize + 1;
  return { from, to: Math.min(total, current * pageSize), pages };
}

/** Reads a positive page number from a URL parameter, falling back to the first page. */
export function pageParam(value: string | null): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 100_000 ? parsed : 1;
}
