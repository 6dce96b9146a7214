import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ActivitiesExchangeModule } from '@app/activities/exchange';
import { ActivitiesModule } from '@app/activities';
import { AuthModule } from '@app/auth';
import { ClockModule, LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { OrganizationsModule } from '@app/organizations';
import { ReferralsModule } from '@app/referrals';
import { StrategyModule } from '@app/strategy';
import { UsersModule } from '@app/users';
import { AccountPagesController } from './account-pages.controller';
import { AdminUserGuard, SessionActorMiddleware } from './admin-user.guard';
import { DashboardController } from './dashboard.controller';
import { LandingController } from './landing.controller';
import { SignInController } from './sign-in.controller';

@Module({
  imports: [
    ConfigModule,
    ClockModule,
    LoggingModule,
    DatabaseModule,
    // Mail is queued here but delivered by the API process's worker.
    MailModule.forRoot({ worker: false }),
    AuthModule,
    OrganizationsModule,
    StrategyModule,
    UsersModule,
    ActivitiesModule,
    ReferralsModule,
    // The same CSV/XLSX exports as the API, with the session's user.
    ActivitiesExchangeModule,
  ],
  controllers: [LandingController, AccountPagesController, SignInController, DashboardController],
  providers: [AdminUserGuard],
})
export class AdminModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionActorMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
