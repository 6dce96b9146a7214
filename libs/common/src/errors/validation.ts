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
