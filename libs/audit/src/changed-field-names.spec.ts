import { changedFieldNames } from './changed-field-names';

describe(changedFieldNames.name, () => {
  const before = {
    id: '3f0c6f3e-8d0e-4d8e-9a57-0a8f7c1b2d3e',
    email: 'jelena@example.org',
    city: 'Niš',
    website: null as string | null,
    tags: ['prevention'],
    since: new Date('2021-01-01T00:00:00Z'),
    updatedAt: new Date('2024-05-01T10:00:00Z'),
  };

  it('names the fields whose values changed, and nothing else', () => {
    expect(changedFieldNames(before, { ...before, email: 'jelena@astra.rs', city: 'Beograd' })).toEqual(['email', 'city']);
  });

  it('returns names only, never the old or new values', () => {
    const names = changedFieldNames(before, { ...before, email: 'jelena@astra.rs' });
    expect(JSON.stringify(names)).not.toContain('@');
  });

  it('ignores updatedAt, which changes on every save', () => {
    expect(changedFieldNames(before, { ...before, updatedAt: new Date() })).toEqual([]);
  });

  it('ignores further bookkeeping fields when asked', () => {
    expect(changedFieldNames(before, { ...before, city: 'Vranje', tags: ['outreach'] }, ['tags'])).toEqual(['city']);
  });

  it('treats a partial patch as touching only the keys it has; undefined means "not part of the update"', () => {
    expect(changedFieldNames(before, { city: 'Niš', website: undefined })).toEqual([]);
    expect(changedFieldNames(before, { city: 'Užice' })).toEqual(['city']);
  });

  it('counts clearing a field (null) and setting a new one as changes', () => {
    expect(changedFieldNames(before, { website: 'https://astra.rs', email: null })).toEqual(['website', 'email']);
    expect(changedFieldNames(before, { phone: '+381' })).toEqual(['phone']);
  });

  it('compares dates by instant and arrays and plain objects by content', () => {
    expect(changedFieldNames(before, { since: new Date('2021-01-01T00:00:00Z'), tags: ['prevention'] })).toEqual([]);
    expect(changedFieldNames(before, { since: new Date('2022-01-01T00:00:00Z'), tags: ['prevention', 'outreach'] })).toEqual(['since', 'tags']);
    expect(changedFieldNames({ address: { city: 'Niš', zip: '18000' } }, { address: { zip: '18000', city: 'Niš' } })).toEqual([]);
    expect(changedFieldNames({ address: { city: 'Niš' } }, { address: { city: 'Pirot' } })).toEqual(['address']);
  });
});
