import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { pino, type Logger } from 'pino';
import type { Config } from './config/env.ts';
import { openDatabase, type DbHandle } from './platform/db/client.ts';
import { ScopeRegistry } from './platform/access/scopes.ts';
import { newId } from './platform/db/ids.ts';
import { AppError } from './platform/errors.ts';
import { installRequestContext } from './platform/http/context.ts';
import { installHealth } from './platform/http/health.ts';
import { installFormParser, installJsonParser } from './platform/http/json-body.ts';
import { buildOpenApi } from './platform/http/openapi.ts';
import { handleError, sendProblem } from './platform/http/problem.ts';
import { mountRoutes } from './platform/http/register.ts';
import { installWebAssets } from './platform/http/web-assets.ts';
import type { ModuleManifest } from './platform/module.ts';
import type { Platform } from './platform/platform.ts';
import { createJobQueue } from './platform/jobs/index.ts';
import { createMailer } from './platform/mail/index.ts';
import { createBlobStorage, createFileService } from './platform/files/index.ts';
import { createSearchIndex } from './platform/search/index.ts';
import { IndicatorRegistry } from './platform/indicators/index.ts';
import { migrations } from './migrations/index.ts';
import { accountsModule, actorOfUser, sessionAuthenticator } from './modules/accounts/index.ts';
import { directoryModule } from './modules/directory/index.ts';
import { filesModule } from './modules/files/index.ts';
import { programsModule } from './modules/programs/index.ts';
import { libraryModule } from './modules/library/index.ts';
import { systemModule } from './modules/system/index.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_ROOT = join(projectRoot, 'dist', 'web');
const packageVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Every module of the platform, in the order their reference and demo data load. */
export const modules: readonly ModuleManifest[] = [directoryModule, accountsModule, filesModule, systemModule, programsModule, libraryModule];

/** Builds the shared services for one process: used by the HTTP server, the worker and the CLI. */
export function createPlatform(config: Config, options: { database?: DbHandle; logger?: Logger } = {}): Platform {
  const logger = options.logger ?? pino({ level: config.env.LOG_LEVEL });
  const database = options.database ?? openDatabase(config.database);
  const scopes = new ScopeRegistry();
  // The queue needs to turn a job's creator back into an actor; that answer lives in accounts,
  // which needs the finished platform, so the lookup is bound once the platform exists.
  const bound: { platform?: Platform } = {};
  const jobs = createJobQueue({
    db: database.db,
    dialect: database.dialect,
    logger,
    pollMs: config.env.JOBS_POLL_MS,
    loadActor: async (userId: string) => (bound.platform ? actorOfUser(bound.platform, userId) : null),
  });
  const mail = createMailer({
    db: database.db,
    jobs,
    logger,
    config: { smtpUrl: config.env.SMTP_URL ?? null, from: config.env.MAIL_FROM, publicUrl: config.publicUrl },
  });
  const storage = createBlobStorage(config);
  const files = createFileService({ db: database.db, storage, logger, config: { uploadMaxBytes: config.env.UPLOAD_MAX_BYTES } });
  const search = createSearchIndex({ db: database.db, dialect: database.dialect, sqlite: database.sqlite });
  const indicators = new IndicatorRegistry(modules.flatMap((module) => module.indicators ?? []));
  const platform: Platform = { config, database, db: database.db, dialect: database.dialect, logger, jobs, mail, files, search, scopes, indicators };
  bound.platform = platform;
  for (const module of modules) {
    module.register?.(platform);
  }
  return platform;
}

export interface BuiltApp {
  app: FastifyInstance;
  platform: Platform;
  /** Every route with the access it declares, as Fastify registered it (the route-policy test reads this). */
  registeredRoutes: { method: string; url: string; access: string | undefined }[];
}

export async function buildApp(platform: Platform, options: { webRoot?: string } = {}): Promise<BuiltApp> {
  const { config } = platform;
  const logger: FastifyBaseLogger = platform.logger;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : newId();
    },
    trustProxy: config.env.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  const registeredRoutes: BuiltApp['registeredRoutes'] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      registeredRoutes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.decorate('routeCatalog', []);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.env.UPLOAD_MAX_BYTES, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
  });
  installJsonParser(app, 1024 * 1024);
  installFormParser(app, 64 * 1024);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendProblem(reply, request, new AppError('not_found', 404)));
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'same-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      void reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
  });

  installRequestContext(app, {
    authenticate: sessionAuthenticator(platform),
    defaultLocale: config.env.DEFAULT_LOCALE,
    cookieSecure: config.cookieSecure,
  });
  installHealth(app, { db: platform.db, expectedMigrations: migrations.map((m) => m.name) });

  for (const module of modules) {
    mountRoutes(app, module.routes(platform));
  }
  const openApi = buildOpenApi(app.routeCatalog, { version: packageVersion, serverUrl: config.publicUrl });
  app.get('/api/openapi.json', { config: { access: 'public' } }, () => openApi);
  await installWebAssets(app, { webRoot: options.webRoot ?? WEB_ROOT });
  await app.ready();
  return { app, platform, registeredRoutes };
}

