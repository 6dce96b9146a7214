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
