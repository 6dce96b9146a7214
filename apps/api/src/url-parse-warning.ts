// eslint-disable-next-line no-restricted-imports -- the one call of the legacy parser, made on purpose (below)
import { parse } from 'node:url';

/**
 * Ends Node's per-request check for the legacy `url.parse()` warning (DEP0169).
 *
 * Apollo's Express integration (`@as-integrations/express5` 1.1.2, the latest for Apollo Server 5)
 * reads every request's query string with `url.parse()`. Node 24 warns about that function once
 * per process, and only for a call from outside node_modules; until it has warned, it checks every
 * call by walking the caller's stack: about 9% of the CPU of a `{ __typename }` request (214 →
 * 195 µs in one process). One call from here, with deprecation warnings muted for that call only,
 * sets Node's "warned" latch and the check stops. No warning of the portal's own is hidden: lint
 * forbids `url.parse()` in the portal's code (this file excepted).
 */
export function settleUrlParseWarning(): void {
  const muted = process.noDeprecation;
  process.noDeprecation = true;
  try {
    parse('/');
  } finally {
    process.noDeprecation = muted;
  }
}
