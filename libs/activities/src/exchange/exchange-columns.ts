import { Language } from '@app/common';
import { ActivityType, Gender, InstitutionKind, TargetGroup } from '../activity.enums';
import { SheetColumn } from './spreadsheet-writer';

/** Age bands as the columns need them, in their order (`position`). */
export interface BandCode {
  code: string;
  labelSr?: string;
  labelEn?: string;
}

/** Key prefix of each gender in the participant columns, e.g. `female_15_17`. */
export const GENDER_PREFIXES: Record<Gender, string> = {
  [Gender.FEMALE]: 'female',
  [Gender.MALE]: 'male',
  [Gender.OTHER_UNKNOWN]: 'otherUnknown',
};

const GENDER_LABELS: Record<Gender, Record<Language, string>> = {
  [Gender.FEMALE]: { [Language.SR]: 'Žene', [Language.EN]: 'Female' },
  [Gender.MALE]: { [Language.SR]: 'Muškarci', [Language.EN]: 'Male' },
  [Gender.OTHER_UNKNOWN]: { [Language.SR]: 'Drugo ili nepoznato', [Language.EN]: 'Other or unknown' },
};

/** Separator of several values in one cell (target groups, goals, institutions, co-organizers). */
export const LIST_SEPARATOR = ';';

/**
 * What the first cell of the template's example row says, in either language; a row whose `id`
 * cell starts so is the example and is never imported.
 */
export const EXAMPLE_MARK: Record<Language, string> = {
  [Language.SR]: 'PRIMER (ovaj red se ne uvozi)',
  [Language.EN]: 'EXAMPLE (this row is not imported)',
};

export function isExampleMark(value: unknown): boolean {
  return typeof value === 'string' && /^(primer|example)\b/i.test(value.trim());
}

/**
 * One column of the activity spreadsheet: the export writes it and the import reads it, under a
 * header in the user's language (`header` is the stable key, which the import also accepts).
 */
export interface ActivityColumn extends SheetColumn {
  /** Stable key: what the import maps the column to, whichever header named it. */
  header: string;
  labels: Record<Language, string>;
  help: Record<Language, string>;
  /** Shown for information; the import leaves it as it is. */
  readOnly?: boolean;
  required?: boolean;
  /** For participant columns: which count the cell holds. */
  participant?: { gender: Gender; ageBand: string };
}

const both = (sr: string, en: string): Record<Language, string> => ({ [Language.SR]: sr, [Language.EN]: en });

/**
 * The one layout of the activity spreadsheet, export and import alike (export, edit, import: rows
 * with an `id` update that activity, rows without one create a new one). Per-band columns follow
 * the age_bands table.
 */
export function activityColumns(bands: BandCode[]): ActivityColumn[] {
  const participantColumns = Object.values(Gender).flatMap((gender) =>
    bands.map((band): ActivityColumn => {
      const sr = `${GENDER_LABELS[gender][Language.SR]} ${band.labelSr ?? band.code}`;
      const en = `${GENDER_LABELS[gender][Language.EN]} ${band.labelEn ?? band.code}`;
      return {
        header: `${GENDER_PREFIXES[gender]}_${band.code}`,
        labels: both(sr, en),
        kind: 'number',
        width: Math.max(12, sr.length + 2),
        participant: { gender, ageBand: band.code },
        help: both(`Broj učesnika (${sr.toLowerCase()}); prazno ako nije poznato`, `Number of participants (${en.toLowerCase()}); empty if not known`),
      };
    }),
  );
  const list = (values: string[]) => values.join(', ');
  return [
    {
      header: 'id',
      labels: both('ID', 'ID'),
      width: 38,
      help: both(
        'Prazno za novu aktivnost; kod postojeće aktivnosti ostavite ID iz izvoza i ona se menja, ne duplira',
        'Empty for a new activity; for an existing one keep the ID from the export and it is updated, not duplicated',
      ),
    },
    {
      header: 'version',
      labels: both('Verzija', 'Version'),
      kind: 'number',
      help: both(
        'Verzija iz izvoza (uz ID); ako je neko u međuvremenu sačuvao aktivnost, red se odbija',
        'The version from the export (with the ID); if someone saved the activity in between, the row is refused',
      ),
    },
    { header: 'organization', labels: both('Organizacija', 'Organization'), width: 16, readOnly: true, help: both('Samo za pregled; uvoz ga ne menja', 'For information; the import does not change it') },
    {
      header: 'coOrganizers',
      labels: both('Suorganizatori', 'Co-organizers'),
      width: 20,
      help: both(`Kratki nazivi drugih članica mreže, odvojeni sa "${LIST_SEPARATOR}"`, `Short names of other network members, separated by "${LIST_SEPARATOR}"`),
    },
    { header: 'status', labels: both('Status', 'Status'), width: 12, readOnly: true, help: both('Samo za pregled; uvoz ga ne menja', 'For information; the import does not change it') },
    {
      header: 'type',
      labels: both('Vrsta', 'Type'),
      width: 22,
      required: true,
      help: both(`Vrsta aktivnosti (obavezno), jedna od: ${list(Object.values(ActivityType))}`, `Type of activity (required), one of: ${list(Object.values(ActivityType))}`),
    },
    { header: 'title', labels: both('Naziv', 'Title'), width: 50, required: true, help: both('Naziv, 3–200 znakova (obavezno)', 'Title, 3–200 characters (required)') },
    { header: 'description', labels: both('Opis', 'Description'), width: 50, help: both('Opis (nije obavezno)', 'Description (optional)') },
    {
      header: 'startsOn',
      labels: both('Datum početka', 'Start date'),
      kind: 'date',
      width: 14,
      required: true,
      help: both('Datum početka (obavezno): 2024-03-14 ili 14.3.2024. ili datum u ćeliji', 'Start date (required): 2024-03-14 or 14.3.2024. or a date cell'),
    },
    {
      header: 'endsOn',
      labels: both('Datum završetka', 'End date'),
      kind: 'date',
      width: 14,
      help: both('Datum završetka, kao datum početka; prazno znači isti dan', 'End date, written like the start date; empty means the same day'),
    },
    { header: 'city', labels: both('Grad', 'City'), width: 16, help: both('Grad ili opština; prazno za onlajn aktivnost', 'Town or municipality; empty for an online activity') },
    { header: 'online', labels: both('Onlajn', 'Online'), kind: 'boolean', help: both('da ili ne (prazno znači ne)', 'yes or no (empty means no)') },
    {
      header: 'targetGroups',
      labels: both('Ciljne grupe', 'Target groups'),
      width: 28,
      help: both(`Ciljne grupe odvojene sa "${LIST_SEPARATOR}": ${list(Object.values(TargetGroup))}`, `Target groups separated by "${LIST_SEPARATOR}": ${list(Object.values(TargetGroup))}`),
    },
    {
      header: 'participantsTotal',
      labels: both('Ukupno učesnika', 'Participants in total'),
      kind: 'number',
      width: 16,
      help: both(
        'Ukupan broj učesnika; ako su dati brojevi po polu i uzrastu, moraju se sabrati u ovaj broj',
        'Total number of participants; when counts by gender and age are given, they must add up to it',
      ),
    },
    ...participantColumns,
    {
      header: 'goals',
      labels: both('Ciljevi', 'Goals'),
      width: 12,
      help: both(
        `Šifre strateških ciljeva plana koji pokriva datum početka, odvojene sa "${LIST_SEPARATOR}", npr. 1${LIST_SEPARATOR}4`,
        `Codes of the strategic goals of the plan covering the start date, separated by "${LIST_SEPARATOR}", e.g. 1${LIST_SEPARATOR}4`,
      ),
    },
    {
      header: 'institutions',
      labels: both('Institucije', 'Institutions'),
      width: 40,
      help: both(
        `Institucije kao VRSTA: naziv, odvojene sa "${LIST_SEPARATOR}"; vrste: ${list(Object.values(InstitutionKind))}`,
        `Institutions as KIND: name, separated by "${LIST_SEPARATOR}"; kinds: ${list(Object.values(InstitutionKind))}`,
      ),
    },
    { header: 'mediaOutlets', labels: both('Broj medija', 'Media outlets'), kind: 'number', width: 14, help: both('Broj medija koji su preneli kampanju (nije obavezno)', 'Media outlets that carried the campaign (optional)') },
    { header: 'mediaAudience', labels: both('Medijska publika', 'Media audience'), kind: 'number', width: 16, help: both('Procenjena publika kampanje (nije obavezno)', 'Estimated audience of the campaign (optional)') },
  ];
}

/** The columns the import reads: the export's layout. */
export const importColumns = activityColumns;

/** A column as written in a file for a language: its header in that language. */
export function localizedColumns(columns: ActivityColumn[], language: Language): SheetColumn[] {
  return columns.map((column) => ({ header: column.labels[language], kind: column.kind, width: column.width }));
}

/** Header text as compared: case, spacing and Unicode form do not matter. */
export function normalizedHeader(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every header the import accepts for a column (its key and its label in either language), to the column. */
export function columnsByHeader(columns: ActivityColumn[]): Map<string, ActivityColumn> {
  const byHeader = new Map<string, ActivityColumn>();
  for (const column of columns) {
    for (const name of [column.header, column.labels[Language.SR], column.labels[Language.EN]]) byHeader.set(normalizedHeader(name), column);
  }
  return byHeader;
}

/** The template's example row, marked as the example in its first cell; the counts add up to the total. */
export function templateExample(columns: ActivityColumn[], language: Language): (string | number | boolean | null)[] {
  const example: Record<string, string | number> = {
    id: EXAMPLE_MARK[language],
    type: ActivityType.YOUTH_WORKSHOP,
    title: language === Language.EN ? 'Workshop on safe employment abroad' : 'Radionica o bezbednom zapošljavanju u inostranstvu',
    description: language === Language.EN ? 'Workshop for secondary school pupils on the risks of human trafficking' : 'Radionica za učenike srednjih škola o rizicima trgovine ljudima',
    startsOn: '2024-03-14',
    endsOn: '2024-03-14',
    city: 'Čačak',
    online: language === Language.EN ? 'no' : 'ne',
    targetGroups: `${TargetGroup.PUPILS}${LIST_SEPARATOR}${TargetGroup.YOUNG_PEOPLE}`,
    participantsTotal: 25,
    female_15_17: 14,
    male_15_17: 10,
    otherUnknown_18_29: 1,
    goals: `1${LIST_SEPARATOR}4`,
    institutions: `${InstitutionKind.SCHOOL}: Gimnazija Čačak${LIST_SEPARATOR} ${InstitutionKind.SOCIAL_WORK_CENTRE}: Centar za socijalni rad Čačak`,
  };
  return columns.map((column) => example[column.header] ?? null);
}
