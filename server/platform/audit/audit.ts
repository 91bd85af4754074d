import { createHash } from 'node:crypto';
import type { Executor } from '../db/client.ts';
import { newId, nowIso } from '../db/ids.ts';
import { toJson } from '../db/json.ts';
import type { Actor } from '../access/actor.ts';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  actor: Actor;
  requestId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Fields that enter the hash, in a fixed order, so any edit of a stored entry changes it. */
export function auditHash(
  prevHash: string,
  row: {
    seq: number;
    id: string;
    at: string;
    actor_id: string | null;
    actor_label: string;
    action: string;
    subject_type: string;
    subject_id: string | null;
    before_json: string | null;
    after_json: string | null;
    request_id: string | null;
  },
): string {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.actor_label,
    row.action,
    row.subject_type,
    row.subject_id,
    row.before_json,
    row.after_json,
    row.request_id,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Appends one entry to the audit trail. Call it inside the transaction that makes the change: the
 * update of `audit_head` takes a row lock (PostgreSQL) or the write lock (SQLite), so concurrent
 * writers queue up and the chain stays linear.
 */
export async function recordAudit(executor: Executor, context: AuditContext, entry: AuditEntry): Promise<void> {
  const head = await executor
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const row = {
    seq: head.seq,
    id: newId(),
    at: nowIso(),
    actor_id: context.actor.userId,
    actor_label: context.actor.displayName || context.actor.kind,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    before_json: toJson(entry.before),
    after_json: toJson(entry.after),
    request_id: context.requestId,
  };
  const hash = auditHash(head.hash, row);
  await executor.insertInto('audit_log').values({ ...row, prev_hash: head.hash, hash }).execute();
  await executor.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problems: string[];
}

/** Recomputes the whole chain in batches; reports edited, missing or reordered entries. */
export async function verifyAuditChain(executor: Executor, batchSize = 5000): Promise<AuditVerification> {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await executor
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) {
      break;
    }
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        problems.push(`entries ${expectedSeq}–${row.seq - 1} are missing`);
      }
      if (row.prev_hash !== prevHash) {
        problems.push(`entry ${row.seq}: link to the previous entry is broken`);
      }
      const recomputed = auditHash(row.prev_hash, row);
      if (recomputed !== row.hash) {
        problems.push(`entry ${row.seq}: content does not match its hash (changed after it was written)`);
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      checked += 1;
    }
  }
  const head = await executor.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!head) {
    problems.push('the audit head row is missing');
  } else {
    if (head.seq !== expectedSeq - 1) {
      problems.push(`the trail should end at entry ${head.seq} but ends at ${expectedSeq - 1} (entries removed)`);
    }
    if (head.hash !== prevHash) {
      problems.push('the last entry does not match the recorded head of the chain');
    }
  }
  return { ok: problems.length === 0, checked, problems };
}
