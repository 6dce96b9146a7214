import { EntityManager } from 'typeorm';
import { insertMissing } from '@app/common';
import { AgeBand } from '../age-band.entity';

/** The age bands the network reports participants in; rows, so they can change without a release. */
export const AGE_BANDS = [
  { code: 'UNDER_15', labelSr: 'mlađi od 15', labelEn: 'under 15', position: 1 },
  { code: '15_17', labelSr: '15–17', labelEn: '15–17', position: 2 },
  { code: '18_29', labelSr: '18–29', labelEn: '18–29', position: 3 },
  { code: '30_PLUS', labelSr: '30 i stariji', labelEn: '30 and older', position: 4 },
];

export function seedAgeBands(manager: EntityManager): Promise<number> {
  return insertMissing(manager, AgeBand, AGE_BANDS);
}
