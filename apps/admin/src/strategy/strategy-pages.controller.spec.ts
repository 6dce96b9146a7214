import { quarterDays } from '../activities/reporting-periods-pages.controller';

describe(quarterDays.name, () => {
  it('gives the first and last day of a quarter, leap years included', () => {
    expect(quarterDays('2024-Q1')).toEqual({ startsOn: '2024-01-01', endsOn: '2024-03-31' });
    expect(quarterDays('2024-Q4')).toEqual({ startsOn: '2024-10-01', endsOn: '2024-12-31' });
    expect(quarterDays('2023-Q2')).toEqual({ startsOn: '2023-04-01', endsOn: '2023-06-30' });
    expect(quarterDays('2024-Q5')).toBeNull();
  });
});
