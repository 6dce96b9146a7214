import { EntityManager } from 'typeorm';
import { insertMissing } from '@app/common';
import { TrainingTopic } from '../catalog.entity';

/** The topics of the network's capacity-building programme; rows, so coordinators can add and retire them. */
export const TRAINING_TOPICS = [
  { code: 'VICTIM_IDENTIFICATION', nameSr: 'Identifikacija žrtava', nameEn: 'Victim identification', position: 1 },
  { code: 'ASSISTANCE_AND_REFERRAL', nameSr: 'Pomoć i upućivanje', nameEn: 'Assistance and referral', position: 2 },
  { code: 'INSTITUTIONAL_COOPERATION', nameSr: 'Saradnja sa institucijama', nameEn: 'Cooperation with institutions', position: 3 },
  { code: 'MEDIA_VISIBILITY', nameSr: 'Vidljivost u medijima', nameEn: 'Media visibility', position: 4 },
  { code: 'PREVENTION_METHODS', nameSr: 'Metode prevencije', nameEn: 'Prevention methods', position: 5 },
  { code: 'DATA_PROTECTION', nameSr: 'Zaštita podataka', nameEn: 'Data protection', position: 6 },
  { code: 'OTHER', nameSr: 'Drugo', nameEn: 'Other', position: 7 },
];

export function seedTrainingTopics(manager: EntityManager): Promise<number> {
  return insertMissing(manager, TrainingTopic, TRAINING_TOPICS);
}
