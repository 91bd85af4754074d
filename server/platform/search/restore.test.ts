import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { backupDatabase, restoreDatabase } from '../db/backup.ts';
import { createSearchIndex } from './search-index.ts';
import type { SearchDocument } from './types.ts';

const names = migrations.map((migration) => migration.name);
const pairs = testDialects.flatMap((from) => testDialects.map((to) => [from, to] as const));

function doc(id: string, title: string, kind: string): SearchDocument {
  return { resource: 'project', id, jurisdictionPath: '/vn/', visibility: 'public', title, body: '', facets: { kind: [kind] }, updatedAt: '2026-01-01T00:00:00.000Z' };
}

describe.each(pairs)('search after a backup from %s is restored into %s', (from, to) => {
  const opened: TestDatabase[] = [];
  let dir = '';
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.drop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('rebuild makes the restored documents searchable and writable again', async () => {
    const source = await createTestDatabase(from);
    opened.push(source);
    await createSearchIndex(source).upsert(source.db, [doc('a', 'Đấu thầu thiết bị', 'tender'), doc('b', 'Sở KH&CN', 'agency')]);
    dir = mkdtempSync(join(tmpdir(), 'opensti-search-'));
    const file = join(dir, 'backup.jsonl.gz');
    await backupDatabase(source, file, names);

    const target = await createTestDatabase(to);
    opened.push(target);
    await restoreDatabase(target, file, names);
    const search = createSearchIndex(target);
    await search.rebuild();

    const found = await search.query({ text: 'dau thau', facetFields: ['kind'] });
    expect(found.hits.map((hit) => hit.id)).toEqual(['a']);
    expect(found.facets).toEqual({ kind: [{ value: 'tender', count: 1 }] });
    expect((await search.query({ text: 'khoa học và công nghệ' })).hits.map((hit) => hit.id)).toEqual(['b']);

    // New documents get fresh keys after the restored ones; existing ones are replaced in place.
    await search.upsert(target.db, [doc('c', 'Đấu thầu dịch vụ', 'tender'), doc('a', 'Đấu giá', 'auction')]);
    const after = await search.query({ text: 'dau', facetFields: ['kind'] });
    expect(after.hits.map((hit) => hit.id).sort()).toEqual(['a', 'c']);
    expect(after.facets['kind']?.map((facet) => facet.value).sort()).toEqual(['auction', 'tender']);
  });
});
