import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from './config/env.ts';
import { buildApp, createPlatform, modules, WEB_ROOT } from './app.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { backupDatabase, restoreDatabase } from './platform/db/backup.ts';
import { verifyAuditChain } from './platform/audit/audit.ts';
import type { Platform } from './platform/platform.ts';
import { migrations } from './migrations/index.ts';
import { createAdmin, DEMO_ACCOUNTS } from './modules/accounts/index.ts';
import { reportCommand } from './modules/programs/index.ts';
import { isEmptyInstallation, seedDemo, seedReference } from './seed.ts';

const USAGE = `Usage: opensti <command> [options]

Commands:
  serve [--role=all|web|worker] [--build-web-if-missing] [--seed-demo-if-empty]
                         Start the web server and/or the job worker (migrates first)
  migrate                Apply pending database migrations
  seed [--demo]          Load reference data (and the demo data set with --demo)
  create-admin --email <email> [--name <name>] [--password <password>]
                         Create or reset a system administrator
  backup <file>          Write the whole database to a compressed backup file
  restore <file>         Load a backup into an empty database
  audit-verify           Recompute the audit trail's hash chain and report any tampering
  report <program-code> <round> --format docx|xlsx [--addressee party|state] --out <file>
                         Write a reporting round's review report or data workbook
`;

async function withPlatform<T>(config: Config, work: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = createPlatform(config);
  try {
    return await work(platform);
  } finally {
    await platform.jobs.stop();
    await platform.database.close();
  }
}

async function migrate(platform: Platform): Promise<void> {
  const applied = await migrateToLatest(platform.db, platform.dialect, migrations);
  if (applied.length > 0) {
    console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
}

function printDemoLogins(config: Config): void {
  console.log('\nDemo accounts (password for all: %s):', DEMO_ACCOUNTS.password);
  for (const account of DEMO_ACCOUNTS.accounts) {
    console.log(`  ${account.email.padEnd(32)} ${account.description}`);
  }
  console.log(`\nOpen ${config.publicUrl}/ — API docs at ${config.publicUrl}/api/docs\n`);
}

async function buildWebIfMissing(): Promise<void> {
  if (existsSync(join(WEB_ROOT, 'index.html'))) {
    return;
  }
  console.log('Building the web app (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function serve(config: Config, flags: { role: string; buildWeb: boolean; seedIfEmpty: boolean }): Promise<void> {
  if (flags.buildWeb) {
    await buildWebIfMissing();
  }
  const platform = createPlatform(config);
  await migrate(platform);
  await seedReference(platform, modules);
  if (flags.seedIfEmpty && (await isEmptyInstallation(platform))) {
    console.log('Empty database: loading the demo data set…');
    await seedDemo(platform, modules);
    await platform.jobs.drain();
    printDemoLogins(config);
  }
  const runWeb = flags.role === 'all' || flags.role === 'web';
  const runWorker = flags.role === 'worker' || (flags.role === 'all' && config.env.JOBS_IN_PROCESS);
  const built = runWeb ? await buildApp(platform) : null;
  if (built) {
    await built.app.listen({ port: config.env.PORT, host: config.env.HOST });
    console.log(`OpenSTI is listening on http://${config.env.HOST}:${config.env.PORT} (${platform.dialect})`);
  }
  if (runWorker) {
    platform.jobs.start();
  }
  const shutdown = async () => {
    await built?.app.close();
    await platform.jobs.stop();
    await platform.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string', default: 'all' },
      'build-web-if-missing': { type: 'boolean', default: false },
      'seed-demo-if-empty': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      format: { type: 'string' },
      addressee: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, argument] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }

  switch (command) {
    case 'serve':
      if (!['all', 'web', 'worker'].includes(values.role)) {
        console.error('--role must be all, web or worker');
        return 2;
      }
      await serve(config, { role: values.role, buildWeb: values['build-web-if-missing'], seedIfEmpty: values['seed-demo-if-empty'] });
      return -1;
    case 'migrate':
      await withPlatform(config, migrate);
      return 0;
    case 'seed':
      await withPlatform(config, async (platform) => {
        await migrate(platform);
        if (values.demo) {
          await seedDemo(platform, modules);
          await platform.jobs.drain();
          printDemoLogins(config);
        } else {
          await seedReference(platform, modules);
        }
      });
      return 0;
    case 'create-admin': {
      if (!values.email) {
        console.error('create-admin needs --email');
        return 2;
      }
      const password = values.password ?? randomBytes(12).toString('base64url');
      await withPlatform(config, async (platform) => {
        await migrate(platform);
        await createAdmin(platform, { email: values.email ?? '', password, displayName: values.name ?? 'Quản trị hệ thống' });
      });
      console.log(`Administrator ${values.email} is ready.${values.password ? '' : ` Password: ${password}`}`);
      return 0;
    }
    case 'backup': {
      if (!argument) {
        console.error('backup needs a file name');
        return 2;
      }
      const summary = await withPlatform(config, (platform) =>
        backupDatabase(platform.database, argument, migrations.map((m) => m.name)),
      );
      console.log(`Backed up ${summary.rows} rows from ${summary.tables} tables to ${argument}`);
      return 0;
    }
    case 'restore': {
      if (!argument || !existsSync(argument)) {
        console.error('restore needs an existing backup file');
        return 2;
      }
      const summary = await withPlatform(config, async (platform) => {
        await migrate(platform);
        const restored = await restoreDatabase(platform.database, argument, migrations.map((m) => m.name));
        await platform.search.rebuild();
        return restored;
      });
      console.log(`Restored ${summary.rows} rows into ${summary.tables} tables`);
      return 0;
    }
    case 'audit-verify': {
      const result = await withPlatform(config, (platform) => verifyAuditChain(platform.db));
      if (result.ok) {
        console.log(`Audit trail intact: ${result.checked} entries verified`);
        return 0;
      }
      console.error(`Audit trail damaged (${result.checked} entries read):`);
      for (const problem of result.problems) {
        console.error(`  - ${problem}`);
      }
      return 3;
    }
    case 'report': {
      const result = await withPlatform(config, (platform) => reportCommand(platform, { programCode: argument, round: positionals[2], format: values.format, addressee: values.addressee, out: values.out }));
      (result.exitCode === 0 ? console.log : console.error)(result.message);
      return result.exitCode;
    }
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}
