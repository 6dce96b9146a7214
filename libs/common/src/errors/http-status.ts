import { ErrorKind } from './domain.exception';

/** The HTTP status of each kind of domain error: the one map for every HTTP answer and page of both apps. */
export const HTTP_STATUS_OF_ERROR_KIND: Readonly<Record<ErrorKind, number>> = {
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.CONFLICT]: 409,
  [ErrorKind.TOO_MANY_REQUESTS]: 429,
};

export function httpStatusOf(kind: ErrorKind): number {
  return HTTP_STATUS_OF_ERROR_KIND[kind] ?? 400;
}

/** The kind an HTTP status stands for (a refusal by Nest or Express, not by a service); bad input otherwise. */
export function errorKindOfHttpStatus(status: number): ErrorKind {
  return (Object.keys(HTTP_STATUS_OF_ERROR_KIND) as ErrorKind[]).find((kind) => HTTP_STATUS_OF_ERROR_KIND[kind] === status) ?? ErrorKind.BAD_USER_INPUT;
}
