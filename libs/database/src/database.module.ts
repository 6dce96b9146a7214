import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { dataSourceOptions, PortalDataSourceSettings } from './data-source-options';

/**
 * The PostgreSQL connection of an app. The app hands in its entities (and mounts the
 * HealthController's /health and /ready itself), so this library knows no domain.
 */
@Module({})
export class DatabaseModule {
  /** One module per entity list: TypeORM registers each forRoot under its (default) name, once. */
  private static readonly modules = new Map<PortalDataSourceSettings['entities'], DynamicModule>();

  static forRoot({ entities }: Pick<PortalDataSourceSettings, 'entities'>): DynamicModule {
    const known = DatabaseModule.modules.get(entities);
    if (known) return known;
    const module: DynamicModule = {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides one');
            return {
              ...dataSourceOptions(config.DATABASE_URL, { entities, poolSize: config.DATABASE_POOL_SIZE, applicationName: process.env.APP_NAME }),
              retryAttempts: 3,
              retryDelay: 1_000,
            };
          },
        }),
      ],
    };
    DatabaseModule.modules.set(entities, module);
    return module;
  }
}
