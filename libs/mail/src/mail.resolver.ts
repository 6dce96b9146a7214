import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { ConnectionArgs } from '@app/common';
import { QueuedMail, QueuedMailConnection, toQueuedMail, toQueuedMailConnection } from './dto/queued-mail.type';
import { MailService } from './mail.service';

/** The dead-letter queue: mails that failed for good, for coordinators to see and send again. */
@Resolver(() => QueuedMail)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => QueuedMailConnection, { description: 'Mails whose delivery failed for good, newest first' })
  async undeliveredMails(@CurrentUser() actor: Actor | null, @Args() args: ConnectionArgs) {
    authorize(actor, Action.MAIL_OUTBOX_READ);
    return toQueuedMailConnection(await this.mail.listDead(args));
  }

  @Mutation(() => QueuedMail, { description: 'Send an undelivered mail again, with a fresh set of attempts' })
  async retryMail(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    authorize(actor, Action.MAIL_RETRY);
    return toQueuedMail(await this.mail.retry(id));
  }
}
