import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

/** The command-line tool as an operator runs it, on SQLite files in a temporary folder. */
describe('opensti command line', () => {
  let dir: string;
  const envFor = (name: string) => ({
    ...process.env,
    SQLITE_PATH: join(dir, `${name}.db`),
    DATA_DIR: join(dir, name),
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
  });
  const opensti = (args: string[], name = 'main') =>
    run(process.execPath, ['bin/opensti.js', ...args], { cwd: root, env: envFor(name) }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'opensti-cli-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its usage and refuses an unknown command', async () => {
    expect((await opensti(['--help'])).stdout).toContain('audit-verify');
    const unknown = await opensti(['launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
  });

  it('lists every configuration problem at once and stops', async () => {
    const result = await run(process.execPath, ['bin/opensti.js', 'migrate'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', FILE_STORAGE: 's3', LOG_LEVEL: 'loud' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    for (const key of ['PORT', 'LOG_LEVEL', 'S3_BUCKET']) {
      expect(result.stderr).toContain(key);
    }
  });

  it('migrates, creates an administrator, backs up, restores and verifies the audit chain', async () => {
    expect((await opensti(['seed'])).code).toBe(0);
    const admin = await opensti(['create-admin', '--email', 'It@SoKHCN.vn', '--name', 'Quản trị']);
    expect(admin.code).toBe(0);
    expect(admin.stdout).toMatch(/Password: \S{12,}/);
    expect((await opensti(['audit-verify'])).stdout).toMatch(/Audit trail intact: \d+ entries verified/);

    const file = join(dir, 'backup.jsonl.gz');
    expect((await opensti(['backup', file])).code).toBe(0);
    const restored = await opensti(['restore', file], 'copy');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ rows/);
    expect((await opensti(['audit-verify'], 'copy')).code).toBe(0);
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    expect(copy.prepare('select email from users').all()).toEqual([{ email: 'it@sokhcn.vn' }]);
    copy.close();

    expect((await opensti(['restore', file], 'copy')).stderr).toContain('not empty');
  }, 120_000);

  it('makes audit-verify fail when an entry is changed', async () => {
    const db = new Database(join(dir, 'main.db'));
    db.prepare("update audit_log set actor_label = 'someone else' where seq = 1").run();
    db.close();
    const result = await opensti(['audit-verify']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('entry 1: content does not match its hash');
  }, 60_000);
});
