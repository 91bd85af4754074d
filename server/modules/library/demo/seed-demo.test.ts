import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_RECORD_TYPES } from '../../../../common/contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { directoryModule } from '../../directory/index.ts';
import { seedDemoLibrary } from './seed-demo.ts';

describe.each(testDialects)('demo library on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await directoryModule.seedDemo?.(t.platform);
    await seedDemoLibrary(t.platform);
    await t.platform.jobs.drain();
  }, 240_000);
  afterAll(async () => {
    await t.close();
  });

  it('holds a few hundred records of every type, linked to the demo directory', async () => {
    const { db } = t.platform;
    const byType = await db.selectFrom('library_records').select(['type', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('type').execute();
    expect(byType.map((row) => row.type).sort()).toEqual([...LIBRARY_RECORD_TYPES].sort());
    const total = byType.reduce((sum, row) => sum + Number(row.n), 0);
    expect(total).toBeGreaterThanOrEqual(300);
    const statuses = await db.selectFrom('library_records').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
    const count = Object.fromEntries(statuses.map((row) => [row.status, Number(row.n)]));
    expect(count['published']).toBeGreaterThan(total * 0.8);
    expect(count['withdrawn']).toBeGreaterThan(0);
    expect(count['draft']).toBeGreaterThan(0);
    const linked = await db.selectFrom('library_contributors').select((eb) => eb.fn.countAll<number | string>().as('n')).where('person_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(linked.n)).toBeGreaterThan(total);
    const levels = await db.selectFrom('library_records').select('access_level').distinct().execute();
    expect(levels.map((row) => row.access_level).sort()).toEqual(['public', 'registered', 'restricted']);
    expect(await db.selectFrom('library_records').select('id').where('embargo_until', 'is not', null).executeTakeFirst()).toBeDefined();
  });

  it('extracts the demo files, leaving the protected one failed for the curators', async () => {
    const files = await t.platform.db.selectFrom('library_files').select(['text_status', 'text_error']).execute();
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => file.text_status === 'failed')).toEqual([{ text_status: 'failed', text_error: 'encrypted' }]);
    expect(files.filter((file) => file.text_status === 'extracted')).toHaveLength(files.length - 1);
  });

  it('is searchable without diacritics and does not seed twice', async () => {
    const result = await t.platform.search.query({ resource: 'library', text: 'che tan cuong', facetFields: ['type'] });
    expect(result.total).toBeGreaterThan(5);
    const before = await t.platform.db.selectFrom('library_records').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    await seedDemoLibrary(t.platform);
    const after = await t.platform.db.selectFrom('library_records').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
