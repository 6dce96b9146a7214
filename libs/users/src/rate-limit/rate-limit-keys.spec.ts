import { accountBucket, ipBucket } from './rate-limit-keys';

describe('rate limit keys', () => {
  it('counts an IPv4 address alone, also when it arrives mapped into IPv6', () => {
    expect(ipBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(ipBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    const bucket = '2001:db8:0:1::/64';
    expect(ipBucket('2001:db8:0:1::1')).toBe(bucket);
    expect(ipBucket('2001:0DB8:0000:0001:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(ipBucket('2001:db8::1:0:0:0:7')).toBe(bucket);
    expect(ipBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(ipBucket('::1')).toBe('0:0:0:0::/64');
    expect(ipBucket('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(ipBucket('2001:db8:0:2::1')).not.toBe(bucket);
  });

  it('puts a missing or malformed address in one shared bucket rather than none', () => {
    expect(ipBucket(undefined)).toBe('unknown');
    expect(ipBucket('')).toBe('unknown');
    expect(ipBucket('not an address')).toBe('unknown');
  });

  it('hashes the e-mail address, ignoring case and surrounding spaces', () => {
    const bucket = accountBucket('ana@example.org');
    expect(bucket).toMatch(/^[0-9a-f]{64}$/);
    expect(accountBucket('  Ana@Example.ORG ')).toBe(bucket);
    expect(accountBucket('ana2@example.org')).not.toBe(bucket);
  });
});
