/** How a domain error reaches a client; mapped to GraphQL error codes in one place. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface FieldError {
  /** Dotted path of the offending argument or input field, e.g. `filter.country`. */
  field: string;
  reason: string;
  /** Stable code for clients that show their own text, e.g. `PASSWORD_TOO_SHORT`. */
  code?: string;
}

/**
 * Base of every typed domain error. Services throw these (never HTTP exceptions);
 * the transport decides how each kind is shown.
 */
export abstract class DomainException extends Error {
  protected constructor(
    readonly kind: ErrorKind,
    /** Machine-readable reason, stable for clients, e.g. `ORGANIZATION_NOT_FOUND`. */
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** Extra facts for clients, shown as GraphQL extensions, e.g. `retryAfterSeconds`. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: names every field and why. Nothing is changed when it is thrown. */
export class InvalidInputException extends DomainException {
  constructor(fields: FieldError[]) {
    super(ErrorKind.BAD_USER_INPUT, 'INVALID_INPUT', fields.map((f) => `${f.field}: ${f.reason}`).join('; '), fields);
  }

  static field(field: string, reason: string, code?: string): InvalidInputException {
    return new InvalidInputException([{ field, reason, ...(code && { code }) }]);
  }
}

/** Something the caller asked for does not exist, or is not theirs to see: the two look alike. */
export class NotFoundException extends DomainException {
  constructor(entity: string, code = `${entity.toUpperCase()}_NOT_FOUND`) {
    super(ErrorKind.NOT_FOUND, code, `${entity} not found`);
  }
}
