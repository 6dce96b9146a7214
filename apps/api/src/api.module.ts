import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ValidationPipe } from '@nestjs/common';
import { createRequestContext, GraphqlErrorFilter, LoggingModule, validationExceptionFactory } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { OrganizationsModule } from '@app/organizations';
import { StrategyModule } from '@app/strategy';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        // The IDE and introspection help developers; in production they only help attackers.
        graphiql: !config.isProduction,
        playground: false,
        introspection: !config.isProduction,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
        context: createRequestContext,
      }),
    }),
    OrganizationsModule,
    StrategyModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: true, exceptionFactory: validationExceptionFactory }),
    },
  ],
})
export class ApiModule {}
