import { ActivityType, Gender, InstitutionKind, TargetGroup } from '../activity.enums';
import { SheetColumn } from './spreadsheet-writer';

/** Age bands as the columns need them, in their order (`position`). */
export interface BandCode {
  code: string;
}

/** Column-name prefix of each gender in the import's participant columns, e.g. `female_15_17`. */
export const GENDER_PREFIXES: Record<Gender, string> = {
  [Gender.FEMALE]: 'female',
  [Gender.MALE]: 'male',
  [Gender.OTHER_UNKNOWN]: 'otherUnknown',
};

/** Separator of several values in one cell (target groups, goals, institutions, co-organizers). */
export const LIST_SEPARATOR = ';';

/** The columns of the activity export; the per-band columns follow the age_bands table. */
export function exportColumns(bands: BandCode[]): SheetColumn[] {
  return [
    { header: 'id', width: 38 },
    { header: 'organization', width: 16 },
    { header: 'coOrganizers', width: 20 },
    { header: 'type', width: 22 },
    { header: 'title', width: 50 },
    { header: 'startsOn', kind: 'date', width: 12 },
    { header: 'endsOn', kind: 'date', width: 12 },
    { header: 'city', width: 16 },
    { header: 'online', kind: 'boolean' },
    { header: 'status', width: 12 },
    { header: 'targetGroups', width: 28 },
    { header: 'participantsTotal', kind: 'number' },
    { header: 'female', kind: 'number' },
    { header: 'male', kind: 'number' },
    { header: 'otherUnknown', kind: 'number' },
    ...bands.map((band): SheetColumn => ({ header: `age_${band.code}`, kind: 'number' })),
    { header: 'goals', width: 12 },
    { header: 'institutions', width: 40 },
    { header: 'mediaOutlets', kind: 'number' },
    { header: 'mediaAudience', kind: 'number' },
  ];
}

/** One import column, with the help text the template's second sheet shows. */
export interface ImportColumn extends SheetColumn {
  help: string;
  /** For participant columns: which count the cell holds. */
  participant?: { gender: Gender; ageBand: string };
}

/**
 * The import columns, in the template's order. The header must name exactly these columns
 * (in any order): nothing missing, nothing unknown, nothing twice.
 */
export function importColumns(bands: BandCode[]): ImportColumn[] {
  const participantColumns = Object.values(Gender).flatMap((gender) =>
    bands.map((band): ImportColumn => ({
      header: `${GENDER_PREFIXES[gender]}_${band.code}`,
      kind: 'number',
      participant: { gender, ageBand: band.code },
      help: `Broj učesnika (${GENDER_PREFIXES[gender]}, uzrast ${band.code}); prazno ako nije poznato`,
    })),
  );
  return [
    { header: 'type', width: 22, help: `Vrsta aktivnosti, jedna od: ${Object.values(ActivityType).join(', ')}` },
    { header: 'title', width: 50, help: 'Naziv, 3–200 znakova (obavezno)' },
    { header: 'description', width: 50, help: 'Opis (nije obavezno)' },
    { header: 'startsOn', kind: 'date', width: 12, help: 'Datum početka, GGGG-MM-DD ili D.M.GGGG. (obavezno)' },
    { header: 'endsOn', kind: 'date', width: 12, help: 'Datum završetka; prazno znači isti dan' },
    { header: 'city', width: 16, help: 'Grad ili opština; prazno za onlajn aktivnost' },
    { header: 'online', help: 'da ili ne (prazno znači ne)' },
    { header: 'targetGroups', width: 28, help: `Ciljne grupe odvojene sa "${LIST_SEPARATOR}": ${Object.values(TargetGroup).join(', ')}` },
    { header: 'participantsTotal', kind: 'number', help: 'Ukupan broj učesnika; ako su dati brojevi po polu i uzrastu, moraju se sabrati u ovaj broj' },
    ...participantColumns,
    { header: 'goals', width: 12, help: `Šifre strateških ciljeva plana koji pokriva datum početka, odvojene sa "${LIST_SEPARATOR}", npr. 1${LIST_SEPARATOR}4` },
    { header: 'institutions', width: 40, help: `Institucije kao VRSTA: naziv, odvojene sa "${LIST_SEPARATOR}"; vrste: ${Object.values(InstitutionKind).join(', ')}` },
    { header: 'mediaOutlets', kind: 'number', help: 'Broj medija koji su preneli kampanju (nije obavezno)' },
    { header: 'mediaAudience', kind: 'number', help: 'Procenjena publika kampanje (nije obavezno)' },
  ];
}

/** The template's example row, in Serbian; the counts add up to the total. */
export function templateExample(columns: ImportColumn[]): (string | number | boolean | null)[] {
  const example: Record<string, string | number> = {
    type: ActivityType.YOUTH_WORKSHOP,
    title: 'Radionica o bezbednom zapošljavanju u inostranstvu',
    description: 'Radionica za učenike srednjih škola o rizicima trgovine ljudima',
    startsOn: '2024-03-14',
    endsOn: '2024-03-14',
    city: 'Čačak',
    online: 'ne',
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
