import { Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** The policy's one service: import it where a service authorizes a subject it names by id. */
@Module({ providers: [AccessService], exports: [AccessService] })
export class PolicyModule {}
