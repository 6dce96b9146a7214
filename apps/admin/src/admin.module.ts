import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ACTIVITY_EXCHANGE_CONTROLLERS, ActivitiesExchangeModule, ActivitiesModule } from '@app/activities';
import { AuthModule } from '@app/auth';
import { ClockModule, LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule, HealthController } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { MeetingsModule } from '@app/meetings';
import { OrganizationsModule } from '@app/organizations';
import { ReferralsModule } from '@app/referrals';
import { StrategyModule } from '@app/strategy';
import { UsersModule } from '@app/users';
import { PORTAL_ENTITIES } from '../../shared/entities';
import { AccountPagesController } from './account-pages.controller';
import { ActivitiesPagesModule } from './activities/activities-pages.module';
import { AdminUserGuard, SessionActorMiddleware } from './admin-user.guard';
import { DashboardController } from './dashboard.controller';
import { DirectoryPagesModule } from './directory/directory-pages.module';
import { ErrorPageFilter } from './error-page.filter';
import { LandingController } from './landing.controller';
import { MeetingsPagesController } from './meetings/meetings-pages.controller';
import { SignInController } from './sign-in.controller';
import { TrainingsPagesModule } from './trainings/trainings-pages.module';

@Module({
  imports: [
    ConfigModule,
    ClockModule,
    LoggingModule,
    DatabaseModule.forRoot({ entities: PORTAL_ENTITIES }),
    // Mail is queued here but delivered by the API process's worker.
    JobsModule.forRoot(),
    MailModule.forRoot({ worker: false }),
    AuthModule,
    OrganizationsModule,
    StrategyModule,
    UsersModule,
    ActivitiesModule,
    ReferralsModule,
    MeetingsModule,
    // The same CSV/XLSX exports as the API, with the session's user.
    ActivitiesExchangeModule,
    ActivitiesPagesModule, // review queue, all activities, one activity, reporting periods
    DirectoryPagesModule, TrainingsPagesModule, // organizations, users, audit log; trainings and capacity (with CapacityModule and AuditModule)
  ],
  controllers: [
    LandingController, AccountPagesController, SignInController, DashboardController, MeetingsPagesController,
    // Health, and the same CSV/XLSX exports and imports as the API, with the session's user (no RSVP pages here).
    HealthController, ...ACTIVITY_EXCHANGE_CONTROLLERS,
  ],
  providers: [AdminUserGuard, { provide: APP_FILTER, useClass: ErrorPageFilter }],
})
export class AdminModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionActorMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
