import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError, ValidationContext } from 'graphql';
import { ArgumentsValidationPipe, ClockModule, CompiledApolloDriver, createRequestContext, formatGraphqlError, GraphqlErrorFilter, LoggingModule, NulArgumentsInterceptor } from '@app/common';
import { ACTIVITY_EXCHANGE_CONTROLLERS, ActivitiesExchangeModule, ActivitiesModule } from '@app/activities';
import { AuthModule } from '@app/auth';
import { CapacityModule } from '@app/capacity';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, HealthController } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { MeetingsModule, RsvpController } from '@app/meetings';
import { OrganizationsModule } from '@app/organizations';
import { ReferralsModule } from '@app/referrals';
import { StrategyModule } from '@app/strategy';
import { UsersModule } from '@app/users';
import { PORTAL_ENTITIES } from '../../shared/entities';
import { AuditActorResolver } from './audit-actor.resolver';
import { WebAppModule } from './web-app/web-app.module';
import { NetworkPageModule } from './network-page/network-page.module';

/**
 * graphql-armor words each refusal as a "Syntax Error"; this reports what was wrong instead (the
 * cost, the depth, the aliases), as a validation error (400, GRAPHQL_VALIDATION_FAILED).
 */
function sayingWhy(explain: (found: string) => string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(explain(error.message.replace(/^Syntax Error:\s*/, '').replace(/\.$/, '')))),
    ],
  };
}

@Module({
  imports: [
    ConfigModule,
    ClockModule,
    LoggingModule,
    DatabaseModule.forRoot({ entities: PORTAL_ENTITIES }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: CompiledApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // Limits on what one operation may ask for, so no request can tie the server up.
        const armor = new ApolloArmor({
          maxDepth: { n: 10, ...sayingWhy((found) => `The query is nested too deeply: ${found}. Ask for fewer levels of related objects.`) },
          costLimit: {
            maxCost: 5_000,
            ...sayingWhy((found) => {
              const [limit, cost] = (found.match(/[\d.]+/g) ?? []).map((n) => Math.ceil(Number(n)));
              return `The query asks for too much at once: it costs ${cost}, over the limit of ${limit}. Ask for fewer items per page (a smaller \`first\`) or fewer nested lists.`;
            }),
          },
          maxAliases: { n: 15, ...sayingWhy((found) => `The query uses too many aliases: ${found}.`) },
          // Token counting happens in graphql-js' parser (parseOptions below), which answers 400.
          maxTokens: { enabled: false },
          maxDirectives: { n: 20 },
          blockFieldSuggestion: { enabled: config.isProduction },
        }).protect();
        return {
          path: '/graphql',
          // No HTTP caching of answers (they depend on who asks), so no per-field cache hint work either.
          // The plugins' types come from @apollo/server's ESM and CommonJS typings; the shape is the same.
          plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()] as NonNullable<ApolloDriverConfig['plugins']>,
          parseOptions: { maxTokens: 2_000 },
          validationRules: armor.validationRules,
          autoSchemaFile: true,
          sortSchema: true,
          // The IDE and introspection help developers; in production they only help attackers.
          graphiql: !config.isProduction,
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          // Keep the status an error asks for (503 while the database is down), instead of always 200.
          preserveHttpStatusForExecutionErrors: false,
          context: createRequestContext,
          formatError: formatGraphqlError,
        };
      },
    }),
    JobsModule.forRoot(),
    MailModule.forRoot(),
    AuthModule,
    UsersModule,
    OrganizationsModule,
    StrategyModule,
    ActivitiesModule,
    ReferralsModule,
    ActivitiesExchangeModule,
    CapacityModule,
    MeetingsModule,
    WebAppModule,
    NetworkPageModule,
  ],
  // The app mounts the HTTP endpoints of the libraries it serves: health, exports and imports, RSVP links.
  controllers: [HealthController, ...ACTIVITY_EXCHANGE_CONTROLLERS, RsvpController],
  providers: [
    AuditActorResolver,
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
    { provide: APP_PIPE, useValue: new ArgumentsValidationPipe() },
    { provide: APP_INTERCEPTOR, useClass: NulArgumentsInterceptor },
  ],
})
export class ApiModule {}
