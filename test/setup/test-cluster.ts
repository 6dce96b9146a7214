/**
 * Where the test databases live, shared by global setup, teardown and the per-file helper.
 * Imports nothing that needs jest's module mapping: global setup runs outside it.
 */
export const ADMIN_URL_VAR = 'ATNP_TEST_ADMIN_URL';
export const TEMPLATE_VAR = 'ATNP_TEST_TEMPLATE';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
