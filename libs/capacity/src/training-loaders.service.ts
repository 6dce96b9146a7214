import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, LoaderRegistry } from '@app/common';
import { TrainingTopic } from './catalog.entity';
import { TrainingParticipantType, TrainingTrainerType } from './dto/training-person.type';

/** One query per relation per request, whatever the page size. */
@Injectable()
export class TrainingLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  topics(registry: LoaderRegistry) {
    return registry.get<string, TrainingTopic[]>('training:topics', async (ids) => {
      const rows: (TrainingTopic & { trainingId: string })[] = await this.dataSource.query(
        `SELECT l.training_id AS "trainingId", t.id, t.code, t.name_sr AS "nameSr", t.name_en AS "nameEn", t.position, t.active
           FROM training_topic_links l JOIN training_topics t ON t.id = l.topic_id WHERE l.training_id = ANY($1) ORDER BY t.position, t.code`,
        [ids],
      );
      return groupByKeys(ids, rows, (row) => row.trainingId);
    });
  }

  /** Trainers, a user's name taken from their account. */
  trainers(registry: LoaderRegistry) {
    return registry.get<string, TrainingTrainerType[]>('training:trainers', async (ids) => {
      const rows: (TrainingTrainerType & { trainingId: string })[] = await this.dataSource.query(
        `SELECT r.training_id AS "trainingId", r.id, r.user_id AS "userId", COALESCE(u.full_name, r.full_name) AS "fullName",
                COALESCE(u.organization_id, r.organization_id) AS "organizationId"
           FROM training_trainers r LEFT JOIN users u ON u.id = r.user_id WHERE r.training_id = ANY($1) ORDER BY 4`,
        [ids],
      );
      return groupByKeys(ids, rows, (row) => row.trainingId);
    });
  }

  /** Participants, a user's name taken from their account; the type hides names per field. */
  participants(registry: LoaderRegistry) {
    return registry.get<string, TrainingParticipantType[]>('training:participants', async (ids) => {
      const rows: (TrainingParticipantType & { trainingId: string })[] = await this.dataSource.query(
        `SELECT p.training_id AS "trainingId", p.id, p.organization_id AS "organizationId", p.user_id AS "userId",
                COALESCE(u.full_name, p.full_name) AS "fullName", p.certificate_number AS "certificateNumber",
                to_char(p.certificate_issued_on, 'YYYY-MM-DD') AS "certificateIssuedOn"
           FROM training_participants p LEFT JOIN users u ON u.id = p.user_id WHERE p.training_id = ANY($1) ORDER BY p.organization_id, p.id`,
        [ids],
      );
      return groupByKeys(ids, rows, (row) => row.trainingId);
    });
  }
}
