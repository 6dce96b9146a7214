import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { FieldError, InvalidInputException } from './domain.exception';

/** Flattens class-validator's nested errors into `field: reason` pairs with dotted paths. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): InvalidInputException {
  return new InvalidInputException(toFieldErrors(errors));
}

/** Parameters that carry what a client sent: GraphQL arguments, and a REST body, query or path. */
const CLIENT_INPUT = new Set(['args', 'body', 'query', 'param']);

/**
 * The API's validation of what clients send, and only that. Nest hands every resolver parameter
 * to the global pipe, also the parent object of each field of each row of a list
 * (`@Parent() activity: Activity`), which came from the database and needs no checking.
 */
export class ArgumentsValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: true, exceptionFactory: validationExceptionFactory });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(metadata.type as string) && super.toValidate(metadata);
  }
}

/** A NUL character in a client's string: PostgreSQL cannot store it in text. */
export function nulCharacterError(field: string): InvalidInputException {
  return InvalidInputException.field(field || 'input', 'must not contain a NUL character (\\u0000)', 'NUL_CHARACTER');
}

/** The dotted path of the first string holding a NUL character in a value, or null when there is none. */
export function pathToNul(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathToNul(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
