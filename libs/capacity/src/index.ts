export * from './capacity.exception';
export * from './capacity.module';
export * from './capacity-record.service';
export * from './entities';
export * from './seed/seed-training-topics';
export * from './trainings.service';
