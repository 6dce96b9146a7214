import { nulCharacterError, pathToNul } from './validation';

describe(pathToNul.name, () => {
  it('finds the dotted path of a NUL character deep in the arguments', () => {
    expect(pathToNul({ input: { title: 'ok', institutions: [{ name: 'ok' }, { name: 'x\u0000' }] } })).toBe('input.institutions.1.name');
    expect(pathToNul({ id: 'a\u0000b' })).toBe('id');
    expect(pathToNul({ input: { title: 'Radionica', n: 3, tags: ['a', 'b'], at: new Date() } })).toBeNull();
  });

  it('security: names the field in a BAD_USER_INPUT error', () => {
    expect(nulCharacterError('input.title')).toMatchObject({ kind: 'BAD_USER_INPUT', fields: [{ field: 'input.title', code: 'NUL_CHARACTER', reason: expect.stringContaining('NUL') }] });
  });
});
