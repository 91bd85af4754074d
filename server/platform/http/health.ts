import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/**
 * `/healthz` says the process answers; `/readyz` says it can serve: the database answers and its
 * schema is at the version this build expects.
 */
export function installHealth(app: FastifyInstance, options: { db: Db; expectedMigrations: readonly string[] }): void {
  app.get('/healthz', { config: { access: 'public' } }, () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(options.db);
      const names = new Set(applied.rows.map((row) => row.name));
      const missing = options.expectedMigrations.filter((name) => !names.has(name));
      if (missing.length > 0) {
        return reply.code(503).send({ status: 'migrations_pending', missing });
      }
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database_unavailable' });
    }
  });
}
