import { decodeCursor, encodeCursor } from './paginate';

describe('cursors', () => {
  const id = '3f0c6f3e-8d0e-4d8e-9a57-0a8f7c1b2d3e';

  it('round-trip the keyset they encode', () => {
    expect(decodeCursor(encodeCursor(['Niš', id]))).toEqual(['Niš', id]);
    expect(decodeCursor(encodeCursor([42, id]))).toEqual([42, id]);
  });

  it.each(['', 'garbage', encodeCursor(['x', 'not-a-uuid']), encodeCursor(['a\u0000b', id]), Buffer.from('{"a":1}').toString('base64url')])(
    'reject %j as bad input on the `after` argument',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ kind: 'BAD_USER_INPUT', fields: [{ field: 'after', reason: expect.any(String) }] }));
    },
  );
});
