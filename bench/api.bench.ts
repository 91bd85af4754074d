import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, load, median, percentile, projectRoot, report, startProcess } from './harness.ts';

const ROUNDS = 3;
const SECONDS = 5;
const CONCURRENCY = 32;
const PATH = '/api/v1/directory/organisations?page=1&pageSize=25';

/**
 * Throughput of a directory list endpoint against a bare node:http JSON server answering the same
 * query from the same database, measured alternately in the same run (median of the rounds).
 */
export async function apiBenchmark(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opensti-bench-api-'));
  const env = { SQLITE_PATH: join(dir, 'opensti.db'), DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '', NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1' };
  try {
    const seeded = spawnSync(process.execPath, ['bin/opensti.js', 'seed', '--demo'], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (seeded.status !== 0) {
      throw new Error(`seeding failed: ${seeded.stderr}`);
    }
    const api = await startProcess(['bin/opensti.js', 'serve', '--role=web'], env, await freePort(), '/readyz');
    const bare = await startProcess(['bench/bare-server.js'], env, await freePort(), '/readyz');
    try {
      // Warm both (JIT, page cache) before measuring.
      await load(`${api.url}${PATH}`, { concurrency: CONCURRENCY, seconds: 2 });
      await load(`${bare.url}${PATH}`, { concurrency: CONCURRENCY, seconds: 2 });
      const apiRuns = [];
      const bareRuns = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        bareRuns.push(await load(`${bare.url}${PATH}`, { concurrency: CONCURRENCY, seconds: SECONDS }));
        apiRuns.push(await load(`${api.url}${PATH}`, { concurrency: CONCURRENCY, seconds: SECONDS }));
      }
      const apiRps = median(apiRuns.map((r) => r.rps));
      const bareRps = median(bareRuns.map((r) => r.rps));
      const apiLatencies = apiRuns.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
      report('api.rps', apiRps, 'req/s');
      report('api.bare_rps', bareRps, 'req/s');
      report('api.ratio_to_bare', apiRps / bareRps, 'ratio');
      report('api.p99_ms', percentile(apiLatencies, 99), 'ms');
      report('api.errors', apiRuns.reduce((sum, r) => sum + r.errors, 0), 'count');
    } finally {
      await api.stop();
      await bare.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
