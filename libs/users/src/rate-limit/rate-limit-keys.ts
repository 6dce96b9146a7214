import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The bucket an IP address is counted in. IPv4 addresses (also when mapped into IPv6) count
 * alone; IPv6 addresses count by their /64, since one subscriber is usually given a whole /64
 * and could otherwise take a fresh address for every attempt. Anything unparsable shares one bucket.
 */
export function ipBucket(ip: string | undefined): string {
  const address = (ip ?? '').trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The account bucket of an e-mail address: its SHA-256, so the table holds no address in clear. */
export function accountBucket(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** The eight groups of a valid IPv6 address, without leading zeros. */
function ipv6Groups(address: string): string[] {
  // An embedded IPv4 tail (64:ff9b::192.0.2.1) takes the place of two groups.
  const groups = (part: string) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : []);
  const [head, tail] = address.split('::');
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - before.length - after.length).fill('0');
  return [...before, ...zeros, ...after].map((group) => parseInt(group, 16).toString(16));
}
