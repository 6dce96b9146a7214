export * from './entities';
export * from './seed/seed-strategy';
export * from './seed/strategy.seed-data';
export * from './strategy.module';
export * from './strategy.service';
export * from './dto/strategy.input';
export * from './strategy-admin.service';
