import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, ConnectionType, Language } from '@app/common';
import { MailStatus } from '../mail-status.enum';
import { MailOutbox } from '../mail-outbox.entity';

registerEnumType(MailStatus, { name: 'MailStatus' });

/**
 * A queued mail as coordinators see it. Never its parameters: they hold the single-use links
 * (invitations, resets), which would let whoever reads them into the account.
 */
@ObjectType('QueuedMail')
export class QueuedMail {
  @Field(() => ID)
  id: string;

  @Field()
  recipient: string;

  @Field()
  template: string;

  @Field(() => Language)
  language: Language;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: "The mail server's last error" })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

@ObjectType()
export class QueuedMailConnection extends ConnectionType(QueuedMail) {}

export function toQueuedMail(mail: MailOutbox): QueuedMail {
  const { id, recipient, template, language, status, attempts, lastError, createdAt, sentAt } = mail;
  return { id, recipient, template, language, status, attempts, lastError, createdAt, sentAt };
}

export function toQueuedMailConnection(connection: Connection<MailOutbox>): Connection<QueuedMail> {
  return { ...connection, edges: connection.edges.map(({ node, cursor }) => ({ node: toQueuedMail(node), cursor })) };
}
