import { Language } from '@app/common';
import { quarterDays } from '../activities/reporting-periods-pages.controller';
import { parseNumber } from './strategy-pages.controller';

describe(parseNumber.name, () => {
  it.each([
    ['12,5', Language.SR, 12.5],
    ['12.5', Language.SR, 12.5],
    ['1.000', Language.SR, 1000],
    ['1.000,25', Language.SR, 1000.25],
    ['1,000', Language.EN, 1000],
    ['1,000.25', Language.EN, 1000.25],
    ['12,5', Language.EN, 12.5],
    ['1 500', Language.EN, 1500],
    ['', Language.SR, null],
  ])('reads %p in %s as people write it', (typed, lang, expected) => {
    expect(parseNumber(typed, lang)).toBe(expected);
  });

  it('answers NaN for what is no number, for the input rules to refuse', () => {
    expect(parseNumber('x')).toBeNaN();
  });
});

describe(quarterDays.name, () => {
  it('gives the first and last day of a quarter, leap years included', () => {
    expect(quarterDays('2024-Q1')).toEqual({ startsOn: '2024-01-01', endsOn: '2024-03-31' });
    expect(quarterDays('2024-Q4')).toEqual({ startsOn: '2024-10-01', endsOn: '2024-12-31' });
    expect(quarterDays('2023-Q2')).toEqual({ startsOn: '2023-04-01', endsOn: '2023-06-30' });
    expect(quarterDays('2024-Q5')).toBeNull();
  });
});
