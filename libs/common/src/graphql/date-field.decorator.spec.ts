import { Field, InputType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors } from '../errors/validation';
import { DateField, IsCalendarDate } from './date-field.decorator';

@InputType()
class PeriodInput {
  @DateField()
  startsOn: string;

  @DateField({ nullable: true, description: 'YYYY-MM-DD; the start date when omitted' })
  endsOn?: string | null;

  @Field({ nullable: true })
  note?: string;
}

class CertificateForm {
  @IsCalendarDate()
  issuedOn: string;
}

async function problems<T extends object>(type: new () => T, plain: Record<string, unknown>) {
  return toFieldErrors(await validate(plainToInstance(type, plain)));
}

describe('DateField', () => {
  it('accepts a day of the calendar, and leaves an optional one out', async () => {
    expect(await problems(PeriodInput, { startsOn: '2024-02-29', endsOn: '2024-03-01' })).toEqual([]);
    expect(await problems(PeriodInput, { startsOn: '2024-02-29', endsOn: null })).toEqual([]);
    expect(await problems(PeriodInput, { startsOn: '2024-02-29' })).toEqual([]);
  });

  it('names the field and why, once per field', async () => {
    expect(await problems(PeriodInput, { startsOn: '14.3.2024.', endsOn: '2023-02-29' })).toEqual([
      { field: 'startsOn', reason: 'startsOn must be a date, YYYY-MM-DD (e.g. 2024-03-14)' },
      { field: 'endsOn', reason: 'endsOn is not a day of the calendar (2023-02-29)' },
    ]);
  });

  it('requires a field that is not nullable', async () => {
    expect(await problems(PeriodInput, {})).toEqual([{ field: 'startsOn', reason: 'startsOn must be a date, YYYY-MM-DD (e.g. 2024-03-14)' }]);
  });
});

describe('IsCalendarDate', () => {
  it('checks a form outside GraphQL the same way', async () => {
    expect(await problems(CertificateForm, { issuedOn: '2024-03-14' })).toEqual([]);
    expect(await problems(CertificateForm, { issuedOn: '2024-04-31' })).toEqual([{ field: 'issuedOn', reason: 'issuedOn is not a day of the calendar (2024-04-31)' }]);
    expect(await problems(CertificateForm, { issuedOn: 20240314 })).toEqual([{ field: 'issuedOn', reason: 'issuedOn must be a date, YYYY-MM-DD (e.g. 2024-03-14)' }]);
  });
});
