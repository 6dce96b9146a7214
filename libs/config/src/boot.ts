import { existsSync } from 'node:fs';
import { AppConfig, ConfigError, loadConfig } from './app-config';

/**
 * Reads `.env` when present (real environment variables win) and validates the
 * configuration; on a bad variable prints one line naming it and exits with code 1.
 */
export function loadConfigOrExit(envFile = '.env'): AppConfig {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A URL a person can open for a server listening on host:port. */
export function localUrl(host: string, port: number, path = ''): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
  return `http://${shown}:${port}${path}`;
}
