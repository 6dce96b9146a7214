import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { HealthController } from './health.controller';

/** The PostgreSQL connection of an app, plus its /health and /ready endpoints. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides one');
        return {
          ...dataSourceOptions(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, applicationName: process.env.APP_NAME }),
          retryAttempts: 3,
          retryDelay: 1_000,
        };
      },
    }),
  ],
  controllers: [HealthController],
})
export class DatabaseModule {}
