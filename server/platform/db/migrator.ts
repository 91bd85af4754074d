import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Dialect } from './database.ts';
import type { Db } from './client.ts';

/**
 * A migration receives the dialect so the few statements that differ (full-text tables, JSON
 * operators) can branch; everything else uses Kysely's schema builder and works on both.
 */
export interface AppMigration {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not today's types
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

class ListProvider implements MigrationProvider {
  constructor(
    private readonly migrations: readonly AppMigration[],
    private readonly dialect: Dialect,
  ) {}

  getMigrations(): Promise<Record<string, Migration>> {
    const entries = this.migrations.map((m) => [m.name, { up: (db: Kysely<unknown>) => m.up(db, this.dialect) }] as const);
    return Promise.resolve(Object.fromEntries(entries));
  }
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

export async function migrateToLatest(db: Db, dialect: Dialect, migrations: readonly AppMigration[]): Promise<string[]> {
  const names = migrations.map((m) => m.name);
  const sorted = [...names].sort();
  if (names.some((name, i) => name !== sorted[i]) || new Set(names).size !== names.length) {
    throw new Error('Migrations must be listed once each, in ascending name order (append-only)');
  }
  const migrator = new Migrator({ db, provider: new ListProvider(migrations, dialect) });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new MigrationError(`Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, failed?.migrationName, error);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
