export * from './catalog.entity';
export * from './self-assessment.entity';
export * from './training.entity';
