import { Kind, parseValue } from 'graphql';
import { CalendarDate, calendarDateProblem } from './calendar-date.scalar';

describe('CalendarDate', () => {
  const sut = CalendarDate;

  it('keeps YYYY-MM-DD on the wire both ways, so clients that sent strings keep working', () => {
    expect(sut.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(sut.serialize('2024-03-14')).toBe('2024-03-14');
    expect(sut.parseLiteral({ kind: Kind.STRING, value: '2024-12-31' })).toBe('2024-12-31');
  });

  it('writes a day read by node-postgres (local midnight) as that day', () => {
    expect(sut.serialize(new Date(2024, 2, 14))).toBe('2024-03-14');
  });

  it.each(['14.3.2024.', '2024-3-14', '2023-02-29', '2024-04-31', '2024-13-01', '2024-03-14T10:00:00Z', ''])('refuses %j as bad input naming the field', (value) => {
    expect(calendarDateProblem(value)).not.toBeNull();
    expect(() => sut.parseValue(value)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    const literal = parseValue(`{ startsOn: ${JSON.stringify(value)} }`);
    const node = literal.kind === Kind.OBJECT ? literal.fields[0].value : literal;
    expect(() => sut.parseLiteral(node)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'startsOn' })] }) }));
  });

  it('refuses a number or a non-string literal', () => {
    expect(() => sut.parseValue(20240314)).toThrow();
    expect(() => sut.parseLiteral({ kind: Kind.INT, value: '20240314' })).toThrow();
  });
});
