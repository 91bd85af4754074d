import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../common/contracts/auth.ts';
import { loadConfig } from '../config/env.ts';
import { buildApp, createPlatform, type BuiltApp } from '../app.ts';
import type { Dialect } from '../platform/db/database.ts';
import type { Platform } from '../platform/platform.ts';
import { createAdmin } from '../modules/accounts/index.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';

export const TEST_CSRF = 'test-csrf-token-0123456789abcdef';

export interface TestClient {
  /** Sends a request with this client's cookies and CSRF header. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  sessionCookie: string | null;
}

export interface TestApp extends BuiltApp {
  database: TestDatabase;
  platform: Platform;
  anonymous: TestClient;
  /** Signs in and returns a client carrying the session. */
  login(email: string, password: string): Promise<TestClient>;
  /** Creates an administrator and signs in as them. */
  admin(): Promise<TestClient>;
  close(): Promise<void>;
}

export const ADMIN_EMAIL = 'admin@test.opensti.vn';
export const ADMIN_PASSWORD = 'admin-password-123';

/** A full application on a fresh database of the given dialect, with reference data loaded. */
export async function createTestApp(
  dialect: Dialect,
  options: { env?: Record<string, string>; seedReference?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'opensti-files-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...options.env });
  const platform = createPlatform(config, { database, logger: pino({ level: 'silent' }) });
  if (options.seedReference ?? true) {
    const { modules } = await import('../app.ts');
    for (const module of modules) {
      await module.seedReference?.(platform);
    }
  }
  const built = await buildApp(platform, { webRoot: join(dataDir, 'no-web') });

  function client(sessionCookie: string | null): TestClient {
    return {
      sessionCookie,
      request: (request) => {
        const cookies: Record<string, string> = { [CSRF_COOKIE]: TEST_CSRF, ...(request.cookies as Record<string, string> | undefined) };
        if (sessionCookie) {
          cookies[SESSION_COOKIE] = sessionCookie;
        }
        return built.app.inject({
          ...request,
          cookies,
          headers: { [CSRF_HEADER]: TEST_CSRF, ...(request.headers ?? {}) },
        });
      },
    };
  }

  const anonymous = client(null);
  async function login(email: string, password: string): Promise<TestClient> {
    const response = await anonymous.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (response.statusCode !== 200 || !cookie) {
      throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
    }
    return client(cookie.value);
  }

  return {
    ...built,
    database,
    platform,
    anonymous,
    login,
    admin: async () => {
      await createAdmin(platform, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, displayName: 'Quản trị thử nghiệm' });
      return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    },
    close: async () => {
      await built.app.close();
      await platform.jobs.stop();
      await database.drop();
    },
  };
}
