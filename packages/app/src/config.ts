/**
 * Settings come from the environment, then an optional JSON file (DUALUSE_CONFIG, or
 * $DUALUSE_HOME/config.json when present); the environment wins. A bad value stops
 * start-up with a message naming the setting, never a silent default.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DUALUSE_HOME: z.string().min(1).default('.dualuse'),
  PORT: int(0, 65535).default(8080), // 0: any free port (tests, benchmarks)
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DUALUSE_ADMIN_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (generate one with: dualuse admin generate-key)')
    .optional(),
  DUALUSE_ADMIN_EMAIL: z.string().email().default('admin@dualuse.local'),
  DUALUSE_OPERATOR_NAME: z.string().min(1).max(200).default('Operator'),
  DUALUSE_MAX_BODY_BYTES: int(1024, 1024 ** 3).default(1024 * 1024),
  /** List imports over the API carry whole official files (base64). */
  DUALUSE_MAX_IMPORT_BYTES: int(1024, 4 * 1024 ** 3).default(768 * 1024 * 1024),
  /**
   * Shipment, payment and company imports (POST /diversion/{shipments,payments,companies}/import; file text in JSON).
   */
  DUALUSE_MAX_RECORDS_IMPORT_BYTES: int(1024, 4 * 1024 ** 3).default(64 * 1024 * 1024),
  /**
   * File analyses without storage (POST /diversion/trade, /diversion/network: a Eurostat extract, an FtM export;
   * base64).
   */
  DUALUSE_MAX_ANALYSIS_BYTES: int(1024, 4 * 1024 ** 3).default(160 * 1024 * 1024),
  DUALUSE_SESSION_HOURS: int(1, 24 * 30).default(12),
  DUALUSE_DB_POOL: int(1, 200).default(10),
  DUALUSE_WEB_DIR: z.string().optional(),
  /** Screening refuses to run against a list older than this (fail closed); 0 turns the check off. */
  DUALUSE_LIST_MAX_AGE_DAYS: int(0, 36500).default(30),
  /**
   * A new list version losing more than this fraction of the previous version's entries is refused unless accepted with
   * a reason (our threshold).
   */
  DUALUSE_LIST_MAX_SHRINK: z.coerce.number().min(0).max(1).default(0.1),
  /** Read kanji names in Japanese when screening (loads a dictionary: ~0.6 s, ~90 MB). */
  DUALUSE_JAPANESE_READINGS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** JSON file replacing the official list URLs used by `lists sync` (a mirror, a test server). */
  DUALUSE_LIST_SOURCES: z.string().min(1).optional(),
  /** NATS server carrying shipment/payment events (JetStream, src/stream/); unset: events are scored in-process. */
  DUALUSE_NATS_URL: z
    .string()
    .regex(/^(nats|tls):\/\/[^\s]+$/, 'must look like nats://host:4222 or tls://host:4222')
    .optional(),
  /** JetStream stream, and the first token of its subjects (<prefix>.<tenant id>.shipments / .payments). */
  DUALUSE_NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ or - (a JetStream stream name)')
    .default('DUALUSE_EVENTS'),
  DUALUSE_NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/, 'lower-case letters, digits, _ or - (one subject token)')
    .default('dualuse'),
  /**
   * How long a worker may hold an event before JetStream delivers it again, and how many deliveries before it goes to
   * the dead letters.
   */
  DUALUSE_NATS_ACK_WAIT_MS: int(1000, 3_600_000).default(30_000),
  DUALUSE_NATS_MAX_DELIVER: int(2, 100).default(5),
  /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints; kept with the secrets, never in the database. */
  DUALUSE_AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** Append-only JSON-lines file the signed checkpoints go to, and that verification reads. */
  DUALUSE_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** Public keys trusted for checkpoints (one base64url raw key a line): current and retired keys. */
  DUALUSE_AUDIT_TRUSTED_KEYS_FILE: z.string().min(1).optional(),
  /**
   * Folder of the agencies' Ed25519 notice keys (PKCS#8 PEM, one `<tenant-slug>.pem` per agency tenant, made with
   * `dualuse audit keygen --out DIR/SLUG.pem`): they sign coalition notices to partners on other deployments.
   * Kept with the secrets, never in the database or in git.
   */
  DUALUSE_COALITION_KEYS_DIR: z.string().min(1).optional(),
  /**
   * The server signs checkpoints this often when a key and a checkpoint file are set; 0: never (cron runs `dualuse
   * audit checkpoint`).
   */
  DUALUSE_AUDIT_CHECKPOINT_MINUTES: int(0, 7 * 24 * 60).default(15),
  /** Login attempts allowed per account and per client address in a 15-minute window before HTTP 429. */
  DUALUSE_LOGIN_MAX_ATTEMPTS: int(1, 10_000).default(10),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: { setting: string; message: string }[]) {
    super(`invalid configuration:\n${issues.map((i) => `  ${i.setting}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const fromEnv = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const home = (fromEnv.DUALUSE_HOME as string | undefined) ?? '.dualuse';
  const file = env.DUALUSE_CONFIG ?? resolve(home, 'config.json');
  let fromFile: Record<string, unknown> = {};
  if (env.DUALUSE_CONFIG !== undefined || existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError([
        { setting: 'DUALUSE_CONFIG', message: `cannot read ${file}: ${(error as Error).message}` },
      ]);
    }
    const unknown = Object.keys(fromFile).filter((k) => !(k in configSchema.shape));
    if (unknown.length)
      throw new ConfigError(unknown.map((k) => ({ setting: `${file}: ${k}`, message: 'unknown setting' })));
  }
  const parsed = configSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ setting: i.path.join('.') || '(root)', message: i.message })),
    );
  }
  return parsed.data;
}
