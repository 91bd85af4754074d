import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, loadConfig } from './env.ts';

describe('configuration', () => {
  it('defaults to SQLite under ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/opensti.db' });
    expect(config.env.PORT).toBe(3000);
    expect(config.cookieSecure).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', FILE_STORAGE: 's3', NODE_ENV: 'production' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'DATABASE_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'PUBLIC_URL']) {
        expect(problems).toContain(key);
      }
    }
  });

  it('documents every variable in .env.sample', () => {
    const sample = readFileSync(new URL('../../.env.sample', import.meta.url), 'utf8');
    const documented = new Set([...sample.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(envSchema.shape).filter((key) => !documented.has(key))).toEqual([]);
  });
});
