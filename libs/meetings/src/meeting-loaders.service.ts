import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral } from 'typeorm';
import { byKeys, groupByKeys, LoaderRegistry } from '@app/common';
import { Organization, organizationsById, OrganizationsService } from '@app/organizations';
import { usersById, UsersService } from '@app/users';
import { ActionItem } from './action-item.entity';
import { MeetingAgendaItem, MeetingAttachment, MeetingAttendee, MeetingInvitation, MeetingInvitedOrganization } from './meeting-parts.entity';
import { Meeting } from './meeting.entity';

/** One query per relation per request, whatever the page size (see ActivityLoaders). */
@Injectable()
export class MeetingLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizationsService: OrganizationsService,
    private readonly usersService: UsersService,
  ) {}

  private byMeeting<T extends ObjectLiteral & { meetingId: string }>(registry: LoaderRegistry, entity: new () => T, order: Record<string, 'ASC'>) {
    return registry.get<string, T[]>(`meeting:${entity.name}`, async (ids) =>
      groupByKeys(ids, await this.dataSource.getRepository(entity).find({ where: { meetingId: In([...ids]) } as never, order: order as never }), (row) => row.meetingId),
    );
  }

  agenda(registry: LoaderRegistry) {
    return this.byMeeting(registry, MeetingAgendaItem, { position: 'ASC' });
  }

  attachments(registry: LoaderRegistry) {
    return this.byMeeting(registry, MeetingAttachment, { title: 'ASC', id: 'ASC' });
  }

  invitations(registry: LoaderRegistry) {
    return this.byMeeting(registry, MeetingInvitation, { createdAt: 'ASC', id: 'ASC' });
  }

  attendees(registry: LoaderRegistry) {
    return this.byMeeting(registry, MeetingAttendee, { fullName: 'ASC', id: 'ASC' });
  }

  actionItems(registry: LoaderRegistry) {
    return this.byMeeting(registry, ActionItem, { dueOn: 'ASC', id: 'ASC' });
  }

  invitedOrganizations(registry: LoaderRegistry) {
    return registry.get<string, Organization[]>('meeting:invitedOrganizations', async (ids) => {
      const rows = await this.dataSource.getRepository(MeetingInvitedOrganization).find({ where: { meetingId: In([...ids]) }, relations: { organization: true } });
      return groupByKeys(ids, rows, (row) => row.meetingId).map((group) => group.map((row) => row.organization!).sort((a, b) => a.shortName.localeCompare(b.shortName)));
    });
  }

  organizations(registry: LoaderRegistry) {
    return organizationsById(registry, this.organizationsService);
  }

  users(registry: LoaderRegistry) {
    return usersById(registry, this.usersService);
  }

  meetings(registry: LoaderRegistry) {
    return registry.get<string, Meeting | null>('meetingsById', async (ids) => byKeys(ids, await this.dataSource.getRepository(Meeting).findBy({ id: In([...ids]) }), (m) => m.id));
  }
}
