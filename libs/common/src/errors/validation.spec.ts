import { ArgumentsValidationPipe, pathToNul } from './validation';

describe(ArgumentsValidationPipe.name, () => {
  const sut = new ArgumentsValidationPipe();

  it('security: refuses a NUL character in a bare string argument, naming it', async () => {
    await expect(sut.transform('a\u0000b', { type: 'custom' as never, data: 'id', metatype: String })).resolves.toBe('a\u0000b');
    await expect(sut.transform('a\u0000b', { type: 'args' as never, data: 'id', metatype: String })).rejects.toMatchObject({
      kind: 'BAD_USER_INPUT',
      fields: [{ field: 'id', code: 'NUL_CHARACTER', reason: expect.stringContaining('NUL') }],
    });
  });

  it('finds the dotted path of a NUL character deep in an input', () => {
    expect(pathToNul({ title: 'ok', institutions: [{ name: 'ok' }, { name: 'x\u0000' }] }, 'input')).toBe('input.institutions.1.name');
    expect(pathToNul({ title: 'Radionica', n: 3, tags: ['a', 'b'] }, 'input')).toBeNull();
  });
});
