import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InputType, OmitType } from '@nestjs/graphql';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { AuditModule } from '@app/audit';
import { toFieldErrors } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { InviteUserInput, UsersModule, UsersService } from '@app/users';
import { PORTAL_ENTITIES } from '../../shared/entities';

/** The invitation's fields but the organization, which the command line names by short name. */
class CreateUserInput extends OmitType(InviteUserInput, ['organizationId'] as const, InputType) {}

/** What the command line's account commands need: the users' service on the configured database, mail queued only. */
@Module({ imports: [ConfigModule, DatabaseModule.forRoot({ entities: PORTAL_ENTITIES }), AuditModule, JobsModule.forRoot({ work: false }), MailModule.forRoot({ worker: false }), UsersModule] })
export class UsersCliModule {}

export interface CreateUserOptions {
  email: string;
  org: string;
  role: string;
  name?: string;
  language?: string;
}

/**
 * `npm run cli -- create-user --email … --org ASTRA --role COORDINATOR`: the first coordinator
 * of an installation. Prints the single-use set-password link and queues it by mail too.
 */
export async function createUser(options: CreateUserOptions, out: (line: string) => void): Promise<void> {
  const input = plainToInstance(CreateUserInput, {
    email: options.email,
    fullName: options.name ?? options.email.slice(0, 120),
    role: options.role?.toUpperCase(),
    // Unset: English for partners abroad, Serbian for everyone else.
    language: options.language?.toLowerCase(),
  });
  const errors = toFieldErrors(await validate(input));
  if (errors.length) throw new Error(errors.map((e) => `--${e.field === 'fullName' ? 'name' : e.field}: ${e.reason}`).join('\n'));

  const app = await NestFactory.createApplicationContext(UsersCliModule, { logger: ['error', 'warn'] });
  try {
    const { user, link } = await app.get(UsersService).createFromCommandLine({ ...input, organizationShortName: options.org });
    out(`Created ${user.email} (${user.role}).`);
    out(`Set-password link (single use, valid 72 hours; also queued by e-mail):\n${link}`);
  } finally {
    await app.close();
  }
}
