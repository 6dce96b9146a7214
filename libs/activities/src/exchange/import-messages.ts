import { Language } from '@app/common';

/** The date forms the import reads, as the messages name them. */
const DATE_FORMS = { [Language.SR]: '2024-03-14 ili 14.3.2024. (ili ćelija s datumom)', [Language.EN]: '2024-03-14 or 14.3.2024. (or a date cell)' };

/** What the import says about a file and its rows, in Serbian and English. */
export interface ImportMessages {
  emptyHeaderCell: string;
  unknownColumn: string;
  repeatedColumn: string;
  missingColumn: string;
  onlyExample: string;
  required: string;
  date: string;
  endsBeforeStart: (startsOn: string) => string;
  wholeNumber: string;
  notNegative: string;
  yesNo: string;
  oneOf: (values: string[]) => string;
  titleLength: string;
  tooLong: (max: number) => string;
  countsAddUp: (total: number, sum: number) => string;
  noPlanPeriod: (day: string) => string;
  unknownGoals: (codes: string[], period: string, known: string[]) => string;
  institution: (item: string) => string;
  unknownCoOrganizer: (name: string) => string;
  leadAsCoOrganizer: string;
  tooManyCells: (cells: number, columns: number) => string;
  repeatedId: (row: number) => string;
  versionNeeded: string;
  notFound: string;
  stale: (given: number, current: number) => string;
  notEditable: (status: string) => string;
  locked: (startsOn: string, endsOn: string, reason: string | null) => string;
  summary: (problems: number, rows: number) => string;
}

export const IMPORT_MESSAGES: Record<Language, ImportMessages> = {
  [Language.SR]: {
    emptyHeaderCell: 'ćelija zaglavlja je prazna',
    unknownColumn: 'nepoznata kolona: zaglavlje imenuje kolone šablona ili izvoza (na srpskom ili engleskom)',
    repeatedColumn: 'ova kolona se javlja dva puta',
    missingColumn: 'nedostaje obavezna kolona',
    onlyExample: 'sadrži samo primer iz šablona; dodajte svoje aktivnosti ispod njega',
    required: 'obavezno polje je prazno',
    date: `mora biti datum, npr. ${DATE_FORMS[Language.SR]}`,
    endsBeforeStart: (startsOn) => `ne sme biti pre datuma početka (${startsOn})`,
    wholeNumber: 'mora biti ceo broj',
    notNegative: 'ne sme biti negativan broj',
    yesNo: 'mora biti "da" ili "ne"',
    oneOf: (values) => `mora biti jedno od: ${values.join(', ')}`,
    titleLength: 'mora imati od 3 do 200 znakova',
    tooLong: (max) => `sme imati najviše ${max} znakova`,
    countsAddUp: (total, sum) => `je ${total}, a brojevi po polu i uzrastu daju zbir ${sum}`,
    noPlanPeriod: (day) => `nijedan period strateškog plana ne obuhvata ${day}`,
    unknownGoals: (codes, period, known) => `nema cilja ${codes.join(', ')} u periodu plana ${period}; njegovi ciljevi su ${known.join(', ')}`,
    institution: (item) => `"${item}": upišite svaku instituciju kao VRSTA: naziv`,
    unknownCoOrganizer: (name) => `"${name}" nije aktivna članica AT mreže (upišite njen kratki naziv)`,
    leadAsCoOrganizer: 'navodi samu organizaciju nosioca',
    tooManyCells: (cells, columns) => `red ima ${cells} ćelija, a zaglavlje ${columns} kolona`,
    repeatedId: (row) => `isti ID je već u redu ${row}`,
    versionNeeded: 'uz ID upišite i verziju iz izvoza',
    notFound: 'nema aktivnosti s ovim ID-om koju smete da menjate',
    stale: (given, current) => `neko je sačuvao ovu aktivnost posle izvoza (verzija ${current}, u tabeli ${given}): izvezite je ponovo i unesite izmenu`,
    notEditable: (status) => `aktivnost u statusu ${status} ne može da se menja (odobrenu može ponovo da otvori koordinatorka)`,
    locked: (startsOn, endsOn, reason) => `izveštajni period ${startsOn} – ${endsOn} je zaključan${reason ? ` (${reason})` : ''}: nijedna aktivnost u njemu ne može da se menja`,
    summary: (problems, rows) => `${problems} ${problems === 1 ? 'problem' : 'problema'} u ${rows} ${rows === 1 ? 'redu' : 'redova'}: ništa nije uvezeno`,
  },
  [Language.EN]: {
    emptyHeaderCell: 'the header cell is empty',
    unknownColumn: 'unknown column: the header names the columns of the template or the export (in Serbian or English)',
    repeatedColumn: 'this column appears twice',
    missingColumn: 'missing column',
    onlyExample: "holds only the template's example row; add your activities under it",
    required: 'is required',
    date: `must be a date such as ${DATE_FORMS[Language.EN]}`,
    endsBeforeStart: (startsOn) => `must not be before the start date (${startsOn})`,
    wholeNumber: 'must be a whole number',
    notNegative: 'must not be negative',
    yesNo: 'must be "yes" or "no" ("da" or "ne")',
    oneOf: (values) => `must be one of: ${values.join(', ')}`,
    titleLength: 'must have 3 to 200 characters',
    tooLong: (max) => `must have at most ${max} characters`,
    countsAddUp: (total, sum) => `is ${total} but the counts by gender and age add up to ${sum}`,
    noPlanPeriod: (day) => `no strategic plan period covers ${day}`,
    unknownGoals: (codes, period, known) => `no goal ${codes.join(', ')} in plan period ${period}; its goals are ${known.join(', ')}`,
    institution: (item) => `"${item}": write each institution as KIND: name`,
    unknownCoOrganizer: (name) => `"${name}" is not an active member of the AT network (write its short name)`,
    leadAsCoOrganizer: 'lists the lead organization itself',
    tooManyCells: (cells, columns) => `has ${cells} cells but the header has ${columns} columns`,
    repeatedId: (row) => `the same ID is already in row ${row}`,
    versionNeeded: 'write the version from the export next to the ID',
    notFound: 'no activity with this ID that you may change',
    stale: (given, current) => `someone saved this activity after the export (version ${current}, the file has ${given}): export it again and redo the change`,
    notEditable: (status) => `an activity in status ${status} cannot be changed (a coordinator can reopen an approved one)`,
    locked: (startsOn, endsOn, reason) => `The reporting period ${startsOn} – ${endsOn} is locked${reason ? ` (${reason})` : ''}: no activity in it can change`,
    summary: (problems, rows) => `${problems} problem${problems === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}: nothing was imported`,
  },
};
