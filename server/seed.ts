import { sql } from 'kysely';
import type { Platform } from './platform/platform.ts';
import type { ModuleManifest } from './platform/module.ts';

export async function seedReference(platform: Platform, modules: readonly ModuleManifest[]): Promise<void> {
  for (const module of modules) {
    await module.seedReference?.(platform);
  }
}

/** True when no account exists yet: the first start of a new installation. */
export async function isEmptyInstallation(platform: Platform): Promise<boolean> {
  const row = await platform.db.selectFrom('users').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export async function seedDemo(platform: Platform, modules: readonly ModuleManifest[]): Promise<void> {
  await seedReference(platform, modules);
  for (const module of modules) {
    await module.seedDemo?.(platform);
  }
}
