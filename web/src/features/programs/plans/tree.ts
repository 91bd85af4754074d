/**
 * How deep each plan item sits, from the parent links of a list already in tree order (every
 * parent before its children). An item whose parent is missing from the list starts at the top.
 */
export function itemDepths(items: readonly { id: string; parentId: string | null }[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const item of items) {
    const parentDepth = item.parentId === null ? undefined : depths.get(item.parentId);
    depths.set(item.id, parentDepth === undefined ? 0 : parentDepth + 1);
  }
  return depths;
}
