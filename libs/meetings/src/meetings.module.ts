import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { OrganizationsModule } from '@app/organizations';
import { UsersModule } from '@app/users';
import { PolicyModule } from '@app/policy';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';
import { MeetingJobs } from './meeting-jobs';
import { MeetingLoaders } from './meeting-loaders.service';
import { MeetingMailer } from './meeting-mailer';
import { MeetingRemindersService } from './meeting-reminders.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { MeetingsService } from './meetings.service';
import { MeetingAgendaItemResolver, MeetingAttendeeResolver, MeetingInvitationResolver, MeetingsResolver } from './meetings.resolver';
import { RsvpTokens } from './rsvp-tokens';

/**
 * Network meetings: invitations with .ics, RSVP links (RsvpController, `GET /meetings/rsvp`,
 * mounted by the API app), reminders (every
 * minute by MeetingJobs, a pg-boss schedule, unless JOBS=off), attendance, minutes and action items.
 * Needs MailModule.forRoot(), ClockModule and ConfigModule in the app.
 */
@Module({
  imports: [AuditModule, OrganizationsModule, UsersModule, PolicyModule],
  providers: [
    {
      provide: RsvpTokens,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set: `npm start` provides one, production must set it');
        return new RsvpTokens(config.JWT_SECRET);
      },
    },
    MeetingsService,
    MeetingMailer,
    MeetingRsvpService,
    ActionItemsService,
    MeetingRemindersService,
    MeetingJobs,
    MeetingLoaders,
    MeetingsResolver,
    MeetingAgendaItemResolver,
    MeetingInvitationResolver,
    MeetingAttendeeResolver,
    ActionItemsResolver,
  ],
  exports: [MeetingsService, ActionItemsService, MeetingRemindersService, MeetingJobs, RsvpTokens, MeetingRsvpService, MeetingMailer],
})
export class MeetingsModule {}
