import { ErrorKind } from './domain.exception';
import { errorKindOfHttpStatus, httpStatusOf } from './http-status';

describe(httpStatusOf.name, () => {
  it('answers each kind of refusal with its HTTP status, a rate limit with 429', () => {
    expect(Object.values(ErrorKind).map((kind) => [kind, httpStatusOf(kind)])).toEqual([
      [ErrorKind.BAD_USER_INPUT, 400],
      [ErrorKind.NOT_FOUND, 404],
      [ErrorKind.FORBIDDEN, 403],
      [ErrorKind.CONFLICT, 409],
      [ErrorKind.UNAUTHENTICATED, 401],
      [ErrorKind.TOO_MANY_REQUESTS, 429],
    ]);
  });

  it('reads a status of Nest or Express back as its kind, and any other refusal as bad input', () => {
    for (const kind of Object.values(ErrorKind)) expect(errorKindOfHttpStatus(httpStatusOf(kind))).toBe(kind);
    expect(errorKindOfHttpStatus(413)).toBe(ErrorKind.BAD_USER_INPUT);
  });
});
