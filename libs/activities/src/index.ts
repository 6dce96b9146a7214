export * from './activities.module';
export * from './activities.service';
export * from './activity.enums';
export * from './activity.exception';
export * from './dto/activities.args';
export * from './dto/activity.input';
export * from './entities';
export * from './seed/seed-age-bands';
