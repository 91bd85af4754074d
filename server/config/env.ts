import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable OpenSTI reads. `.env.sample` documents the same list; a test keeps the
 * two in step.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    TRUST_PROXY: booleanFromString.default(false),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    SQLITE_PATH: z.string().min(1).default('./data/opensti.db'),
    DATA_DIR: z.string().min(1).default('./data'),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
    COOKIE_SECURE: booleanFromString.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(25 * 1024 * 1024),
    FILE_STORAGE: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFromString.default(true),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().default('OpenSTI <no-reply@opensti.local>'),
    JOBS_IN_PROCESS: booleanFromString.default(true),
    JOBS_POLL_MS: z.coerce.number().int().min(50).default(1000),
    DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
    TIME_ZONE: z.string().default('Asia/Ho_Chi_Minh'),
  });

/**
 * Rules between variables, checked on the raw values so they are reported together with any
 * type errors rather than after them.
 */
function crossFieldProblems(raw: Record<string, string>): string[] {
  const problems: string[] = [];
  if (raw['FILE_STORAGE'] === 's3') {
    for (const key of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
      if (!raw[key]) {
        problems.push(`${key}: is required when FILE_STORAGE=s3`);
      }
    }
  }
  if (raw['NODE_ENV'] === 'production' && !raw['PUBLIC_URL']) {
    problems.push('PUBLIC_URL: is required in production (links in emails use it)');
  }
  return problems;
}

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env;
  isProduction: boolean;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  cookieSecure: boolean;
  publicUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates configuration once; every problem is reported together. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = source[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = envSchema.safeParse(relevant);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...crossFieldProblems(relevant),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return {
    env,
    isProduction,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'sqlite', path: env.SQLITE_PATH },
    cookieSecure: env.COOKIE_SECURE ?? isProduction,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  };
}
