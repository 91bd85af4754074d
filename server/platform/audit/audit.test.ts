import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { systemActor } from '../access/actor.ts';
import { recordAudit, verifyAuditChain } from './audit.ts';

describe.each(testDialects)('audit chain on %s', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.drop();
  });

  async function writeEntries(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      await database.db.transaction().execute((tx) =>
        recordAudit(tx, { actor: systemActor('test'), requestId: `r${i}` }, {
          action: 'thing.update',
          subjectType: 'thing',
          subjectId: `t${i}`,
          before: { n: i },
          after: { n: i + 1 },
        }),
      );
    }
  }

  it('verifies an untouched chain', async () => {
    await writeEntries(5);
    await expect(verifyAuditChain(database.db)).resolves.toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('keeps the chain linear under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        database.db.transaction().execute((tx) =>
          recordAudit(tx, { actor: systemActor(), requestId: null }, { action: 'x', subjectType: 'x', subjectId: String(i) }),
        ),
      ),
    );
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: true, checked: 10 });
  });

  it('detects an edited entry', async () => {
    await writeEntries(3);
    await database.db.updateTable('audit_log').set({ after_json: '{"n":99}' }).where('seq', '=', 2).execute();
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('entry 2: content does not match');
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    await writeEntries(4);
    await database.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const middle = await verifyAuditChain(database.db);
    expect(middle.problems.join('\n')).toContain('entries 2–2 are missing');

    await database.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    const end = await verifyAuditChain(database.db);
    expect(end.problems.join('\n')).toContain('entries removed');
  });

  it('rolls back the entry with the transaction', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await recordAudit(tx, { actor: systemActor(), requestId: null }, { action: 'x', subjectType: 'x', subjectId: null });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true, checked: 0 });
  });
});
