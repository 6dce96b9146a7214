import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { Action, Reach, rolesWith } from '@app/policy';
import { Activity } from './activity.entity';

export type ReviewDecisionMail = 'activity-returned' | 'activity-approved';

/**
 * Tells an activity's organization of a coordinator's decision: each active person of it gets a
 * mail in their own language, queued in the decision's transaction (sent only if it commits), once
 * per decision (the key names the activity's version after it). It names the activity, the
 * organization and the comment: no person. The link opens the activity in the web app, where
 * member staff sign in (they have no account in the admin app).
 */
@Injectable()
export class ActivityReviewMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  async queue(manager: EntityManager, activity: Activity, template: ReviewDecisionMail): Promise<void> {
    const organization = await this.organizations.findByIdOrFail(activity.organizationId, manager);
    const people = await this.users.activeInRoles(activity.organizationId, rolesWith(Action.ACTIVITY_WRITE, Reach.OWN_ORGANIZATION), manager);
    const params = {
      title: activity.title,
      organization: organization.shortName,
      reviewedAt: (activity.reviewedAt ?? new Date()).toISOString(),
      link: this.config.webLink('activities', activity.id),
      ...(template === 'activity-returned' && { comment: activity.reviewComment ?? '' }),
    };
    for (const person of people) {
      await this.mail.enqueue(manager, {
        to: person.email,
        language: person.language ?? Language.SR,
        template,
        params,
        idempotencyKey: `${template}:${activity.id}:${activity.version}:${person.id}`,
      });
    }
  }
}
