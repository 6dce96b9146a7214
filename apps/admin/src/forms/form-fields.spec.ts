import { Language } from '@app/common';
import { MESSAGES } from '../i18n/messages';
import { fieldErrors, list, namedProblems, parseNumber, text, typed } from './form-fields';

describe(text.name, () => {
  it('trims and cuts a posted value, and takes a repeated key (an array) as empty', () => {
    expect(text('  Niš  ')).toBe('Niš');
    expect(text('abcdef', 3)).toBe('abc');
    expect(text(['a', 'b'])).toBe('');
    expect(text(undefined)).toBe('');
  });
});

describe(typed.name, () => {
  it('keeps a password or Markdown as typed, spaces included, cut only where asked', () => {
    expect(typed('  secret  ')).toBe('  secret  ');
    expect(typed('abcdef', 3)).toBe('abc');
    expect(typed(['a'])).toBe('');
  });
});

describe(list.name, () => {
  it('reads one checked box, several, or none as a list', () => {
    expect(list('A')).toEqual(['A']);
    expect(list(['A', 'B'])).toEqual(['A', 'B']);
    expect(list(undefined)).toEqual([]);
  });
});

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

describe(fieldErrors.name, () => {
  const t = MESSAGES[Language.EN];

  it('shows the text for the code first, then for the field, then for the field without its row number', () => {
    const sut = fieldErrors(
      [
        { field: 'startsAt', reason: 'a new meeting must start in the future', code: 'startsAtPast' },
        { field: 'title', reason: 'too short' },
        { field: 'agenda.2.title', reason: 'too short' },
        { field: 'nonsense', reason: 'no text for it' },
      ],
      t,
      'meetingErr_',
    );
    expect(sut).toEqual({ startsAt: t.meetingErr_startsAtPast, title: t.meetingErr_title, 'agenda.2.title': t.meetingErr_agenda, nonsense: t.formInvalidField });
  });

  it('keeps the first error of a field, keyed where the form shows it', () => {
    const sut = fieldErrors(
      [
        { field: 'agenda.2.title', reason: 'too short' },
        { field: 'agenda.2.durationMinutes', reason: 'too long', code: 'endsAt' },
      ],
      t,
      'meetingErr_',
      (field) => field.split('.').slice(0, 2).join('.'),
    );
    expect(sut).toEqual({ 'agenda.2': t.meetingErr_agenda });
  });
});

describe(namedProblems.name, () => {
  it("names each field in the page's language, rows by their list, and keeps the reason", () => {
    const t = MESSAGES[Language.SR];
    expect(namedProblems([{ field: 'since', reason: 'since is not a day of the calendar (2024-02-30)' }, { field: 'odd', reason: 'why' }], t, 'membershipsField_')).toEqual([
      { field: t.membershipsField_since, reason: 'since is not a day of the calendar (2024-02-30)' },
      { field: 'odd', reason: 'why' },
    ]);
    expect(namedProblems([{ field: 'contactEmails.1', reason: 'must be an e-mail address' }], t, 'partnersField_')[0].field).toBe(t.partnersField_contactEmails);
  });
});
