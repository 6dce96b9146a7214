import 'reflect-metadata';
import { isIP } from 'node:net';
import { plainToInstance } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, ValidateIf, validateSync, ValidationError } from 'class-validator';

export enum NodeEnvironment {
  DEVELOPMENT = 'development',
  PRODUCTION = 'production',
  TEST = 'test',
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Names proxy-addr (which Express and Fastify both use) knows for groups of proxy addresses. */
const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/** One trusted proxy: a preset name, an IP address, or a subnet in CIDR notation. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_PRESETS.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * TRUST_PROXY: `off`, a number of proxy hops (1-10), or a comma-separated list of proxy addresses,
 * subnets and presets. Trusting every address (`true`) is not offered: any client could then claim
 * any address in X-Forwarded-For.
 */
function isTrustProxy(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === 'off') return true;
  if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 10;
  return value.split(',').every((entry) => isProxyAddress(entry.trim()));
}

/** What Express's `trust proxy` setting (admin app) and Fastify's `trustProxy` (API, hops as a function) get for a TRUST_PROXY value. */
export function trustProxySetting(value: string): false | number | string[] {
  if (value === 'off') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
const SMTP_URL = /^smtps?:\/\/[^\s]+$/;
const JOB_NAMES = '(mail|referral-jobs|meeting-reminders)';
const JOBS = new RegExp(`^(on|off|${JOB_NAMES}(,${JOB_NAMES})*)$`);

const CLOCK_OFFSET = /^(0|[+-]?[1-9]\d{0,6}(s|m|h|d))$/;
const CLOCK_UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The furthest CLOCK_OFFSET may move the clock either way: ten years. */
const MAX_CLOCK_OFFSET_MS = 3_660 * 86_400_000;

/** What a CLOCK_OFFSET value (`0`, `40d`, `-2h`, `+90m`, `30s`) moves the clock by, in milliseconds. */
export function clockOffsetMs(value: string): number {
  const match = /^([+-]?\d+)(s|m|h|d)?$/.exec(value);
  if (!match) throw new Error(`Not a clock offset: ${value}`);
  return Number(match[1]) * (match[2] ? CLOCK_UNIT_MS[match[2]] : 0);
}

/**
 * Every variable the portal reads, validated once at boot. `.env.example` lists the same
 * variables; a wrong or missing one stops the process with one line naming it.
 */
export class AppConfig {
  @IsEnum(NodeEnvironment, { message: 'NODE_ENV must be one of development, production, test' })
  NODE_ENV: NodeEnvironment = NodeEnvironment.DEVELOPMENT;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsInt({ message: 'PORT must be a whole number (the API port)' })
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  /** API processes sharing PORT (node:cluster): 1 by default, 0 for one per CPU core. */
  @IsInt({ message: 'API_WORKERS must be a whole number: how many API processes share the port, 0 for one per CPU core' })
  @Min(0)
  @Max(64)
  API_WORKERS: number = 1;

  @IsInt({ message: 'ADMIN_PORT must be a whole number (the admin app port)' })
  @Min(1)
  @Max(65535)
  ADMIN_PORT: number = 3001;

  /** When unset, `npm start` runs an embedded PostgreSQL with its data under DATA_DIR. */
  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string = undefined;

  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE: number = 10;

  /** Embedded database, outgoing mail files and other local state. */
  @IsString()
  @MinLength(1)
  DATA_DIR: string = '.data';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /**
   * Signs access tokens (HS256). Required in production; `npm start` generates one for local
   * use and keeps it under DATA_DIR.
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === NodeEnvironment.PRODUCTION || config.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET must be set in production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string = undefined;

  /** Lifetime of an access token, in seconds. */
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  /** Lifetime of a refresh token (a sign-in session), in days. */
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS: number = 14;

  /** Outgoing mail server (smtp:// or smtps://). When unset, mails are written as .eml files under DATA_DIR/mail. */
  @IsOptional()
  @Matches(SMTP_URL, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  /** Sender of every mail the portal sends. */
  @IsString()
  @MinLength(3)
  MAIL_FROM: string = 'AT mreža <no-reply@at-portal.local>';

  /** Sign-in and password-reset attempts allowed per client IP, and per e-mail address, in 15 minutes. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  ATTEMPTS_PER_IP: number = 20;

  @IsInt()
  @Min(1)
  @Max(100_000)
  ATTEMPTS_PER_ACCOUNT: number = 10;

  /**
   * The reverse proxies in front of the apps, whose X-Forwarded-For and X-Forwarded-Proto are
   * believed: `off` (connections come straight from clients), the number of proxy hops, or the
   * proxies' addresses, subnets or `loopback` / `linklocal` / `uniquelocal`, comma-separated. The
   * client address it yields keys the sign-in limits per IP and goes into the audit log.
   */
  @ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: isTrustProxy,
      defaultMessage: () => 'TRUST_PROXY must be off, a number of proxy hops (1-10), or proxy addresses, CIDR subnets or loopback/linklocal/uniquelocal separated by commas',
    },
  })
  TRUST_PROXY: string = 'off';

  /**
   * Keys that encrypt referrals' identifying details (AES-256-GCM): `id:base64key` pairs separated
   * by commas, each key 32 bytes. The first encrypts; all decrypt, so keys can rotate. Required in
   * production; `npm start` generates one for local use under DATA_DIR.
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === NodeEnvironment.PRODUCTION || config.REFERRAL_DATA_KEYS !== undefined)
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'REFERRAL_DATA_KEYS must be id:base64key pairs separated by commas, each key 32 bytes (set in production)',
  })
  REFERRAL_DATA_KEYS?: string = undefined;

  /** How soon a partner must acknowledge a referral, by urgency. */
  @IsInt()
  @Min(1)
  @Max(720)
  REFERRAL_ACK_HOURS_CRITICAL: number = 2;

  @IsInt()
  @Min(1)
  @Max(720)
  REFERRAL_ACK_HOURS_URGENT: number = 24;

  @IsInt()
  @Min(1)
  @Max(60)
  REFERRAL_ACK_WORKING_DAYS_ROUTINE: number = 5;

  /** Identifying details are erased this many months after a referral is closed or withdrawn. */
  @IsInt()
  @Min(1)
  @Max(120)
  REFERRAL_RETENTION_MONTHS: number = 24;

  /**
   * Referrals that never end are erased too: a draft this many days after its last change, and a
   * sent referral still open (never closed, withdrawn or declined) this many months after anyone last
   * wrote on it; their identifying details and free texts go, as for ended ones.
   */
  @IsInt({ message: 'REFERRAL_DRAFT_RETENTION_DAYS must be a whole number of days (30-3650)' })
  @Min(30)
  @Max(3650)
  REFERRAL_DRAFT_RETENTION_DAYS: number = 180;

  @IsInt({ message: 'REFERRAL_STALE_RETENTION_MONTHS must be a whole number of months (3-120)' })
  @Min(3)
  @Max(120)
  REFERRAL_STALE_RETENTION_MONTHS: number = 12;

  /** How many days before erasing a draft or a stale open referral its sender is warned by mail (shorter than the shortest retention). */
  @IsInt({ message: 'REFERRAL_RETENTION_WARNING_DAYS must be a whole number of days (1-28)' })
  @Min(1)
  @Max(28)
  REFERRAL_RETENTION_WARNING_DAYS: number = 14;

  /**
   * Which jobs this process works: "on" all of them, "off" none (it only queues them), or a
   * comma-separated list of `mail` (delivering queued mail), `referral-jobs` (referral reminders,
   * alerts and erasure after retention) and `meeting-reminders`. Any number of processes may work
   * the same jobs: pg-boss hands each job to one of them and fires each schedule once per minute.
   * "off" in tests, which run passes themselves.
   */
  @Matches(JOBS, { message: 'JOBS must be on, off, or a comma-separated list of mail, referral-jobs, meeting-reminders' })
  JOBS: string = 'on';

  /**
   * Moves the portal's clock (what due times, reminders, alerts and retention count from) by this
   * much: `0`, or a whole number of seconds, minutes, hours or days with a sign (`40d`, `-2h`).
   * For tests and rehearsals that need time to have passed; sessions and tokens keep real time.
   * Refused in production unless ALLOW_CLOCK_OFFSET is on.
   */
  @Matches(CLOCK_OFFSET, { message: 'CLOCK_OFFSET must be 0 or a whole number of s, m, h or d with an optional sign, e.g. 40d or -2h' })
  @ValidateBy({
    name: 'isClockOffsetInRange',
    validator: { validate: (value: unknown) => typeof value !== 'string' || !CLOCK_OFFSET.test(value) || Math.abs(clockOffsetMs(value)) <= MAX_CLOCK_OFFSET_MS, defaultMessage: () => 'CLOCK_OFFSET must be at most ten years either way' },
  })
  @ValidateBy({
    name: 'isClockOffsetAllowed',
    validator: {
      validate: (value: unknown, args) => {
        const config = args?.object as AppConfig;
        return config.NODE_ENV !== NodeEnvironment.PRODUCTION || config.ALLOW_CLOCK_OFFSET === 'on' || typeof value !== 'string' || !CLOCK_OFFSET.test(value) || clockOffsetMs(value) === 0;
      },
      defaultMessage: () => 'CLOCK_OFFSET must be 0 in production (a moved clock sends reminders and erases data early); set ALLOW_CLOCK_OFFSET=on to run a rehearsal',
    },
  })
  CLOCK_OFFSET: string = '0';

  /** Lets production run with a CLOCK_OFFSET other than 0 (a rehearsal on a copy of the data): on or off. */
  @IsIn(['on', 'off'], { message: 'ALLOW_CLOCK_OFFSET must be on or off' })
  ALLOW_CLOCK_OFFSET: 'on' | 'off' = 'off';

  /** CLOCK_OFFSET in milliseconds. */
  get clockOffsetMs(): number {
    return clockOffsetMs(this.CLOCK_OFFSET);
  }

  /** How long before a meeting its invitees are reminded, with the agenda and the .ics, in hours. */
  @IsInt()
  @Min(1)
  @Max(336)
  MEETING_REMINDER_HOURS: number = 24;

  /** How many days before its due date an open action item is reminded to its owner organization. */
  @IsInt()
  @Min(1)
  @Max(60)
  ACTION_ITEM_REMINDER_DAYS: number = 3;

  /** Where the API answers links in mails that it serves itself: meeting RSVP links (/meetings/rsvp) and the web app at `/` (account links of everyone but coordinators). */
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/[^\s]*)?$/, { message: 'API_PUBLIC_URL must be an http(s) URL, e.g. https://api.portal.astra.rs' })
  API_PUBLIC_URL: string = 'http://localhost:3000';

  /** Where the admin app's pages open: coordinators' invitation and password-reset links point here. */
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL, e.g. https://portal.astra.rs' })
  PUBLIC_URL: string = 'http://localhost:3001';

  /**
   * Where people open the web app (partners' and members' pages): referral and activity links in
   * mails point to WEB_PUBLIC_URL/referrals/<id> and WEB_PUBLIC_URL/activities/<id> (see webLink). Unset, the API's public URL, since the API serves the web app at `/`.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/[^\s]*)?$/, { message: 'WEB_PUBLIC_URL must be an http(s) URL, e.g. https://portal.astra.rs' })
  WEB_PUBLIC_URL?: string = undefined;

  /** WEB_PUBLIC_URL, or API_PUBLIC_URL when unset, without a trailing slash. */
  get webPublicUrl(): string {
    return (this.WEB_PUBLIC_URL ?? this.API_PUBLIC_URL).replace(/\/$/, '');
  }

  /**
   * A page of the web app for mails to members and partners, who cannot sign in to the admin app:
   * `webLink('activities', id)` is WEB_PUBLIC_URL/activities/<id>. Each segment is URL-encoded.
   */
  webLink(...segments: string[]): string {
    return [this.webPublicUrl, ...segments.map(encodeURIComponent)].join('/');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnvironment.PRODUCTION;
  }
}

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid configuration: ${reason}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the configuration from an environment. Throws ConfigError naming the first bad
 * variable; the value itself is never echoed, since it may be a secret.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  // An empty variable (`PORT=`) means "not set", so the default applies.
  const source = Object.fromEntries(known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, source, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const [first] = errors;
    throw new ConfigError(first.property, describe(first));
  }
  return config;
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {});
  const reason = reasons[0] ?? 'is invalid';
  return reason.startsWith(error.property) ? reason : `${error.property} ${reason}`;
}
