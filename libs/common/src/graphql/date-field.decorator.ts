import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, ValidateBy, ValidationOptions } from 'class-validator';
import { CalendarDate, calendarDateProblem } from './calendar-date.scalar';

/**
 * A calendar day, YYYY-MM-DD of a day that exists, checked like the `Date` scalar checks it and
 * refused with the field's name and the reason: `startsOn must be a date, YYYY-MM-DD (e.g.
 * 2024-03-14)`, `endsOn is not a day of the calendar (2024-02-30)`. `optional` lets null and
 * undefined through.
 */
export function IsCalendarDate(options: { optional?: boolean } & ValidationOptions = {}): PropertyDecorator {
  const { optional, ...validation } = options;
  const check = ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => calendarDateProblem(value) === null,
        defaultMessage: (args) => `${args?.property ?? 'date'} ${calendarDateProblem(args?.value)}`,
      },
    },
    validation,
  );
  return optional ? applyDecorators(IsOptional(), check) : check;
}

/**
 * A calendar-day field of an input or args class: the `Date` scalar in the schema and the same
 * check in class-validator (for callers that are not GraphQL, e.g. the admin app's forms).
 */
export function DateField(options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  const { nullable = false, description = 'YYYY-MM-DD' } = options;
  return applyDecorators(Field(() => CalendarDate, { nullable, description }), IsCalendarDate({ optional: nullable }));
}
