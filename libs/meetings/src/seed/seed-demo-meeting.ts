import { EntityManager } from 'typeorm';
import { organizationsByShortNames } from '@app/organizations';
import { ActionItem } from '../action-item.entity';
import { Meeting } from '../meeting.entity';
import { MeetingKind, MeetingStatus } from '../meeting.enums';
import { MeetingAgendaItem, MeetingInvitation, MeetingInvitedOrganization } from '../meeting-parts.entity';

const MEMBERS = ['ASTRA', 'SOS Vlasotince', 'NŽC Dimitrovgrad', 'Odbor Vranje', 'CZD Niš', 'PAOR', 'CZD Užice', 'Forum žena Prijepolje'];
const DAY_MS = 86_400_000;

/**
 * A network meeting to look at on a local, embedded installation, next to the demo accounts: three
 * weeks after the first start, in Belgrade, every member invited, the demo people invited by name
 * (not answered yet, so the web app asks them), an agenda, and an open action item for the demo
 * member's organization. Written straight to the meetings' tables: no invitation is mailed.
 * Fictional; added only when there is no meeting at all.
 */
export async function seedDemoMeeting(manager: EntityManager, inviteeUserIds: string[], now: Date): Promise<boolean> {
  if (await manager.getRepository(Meeting).exists()) return false;
  const organizations = await organizationsByShortNames(manager, MEMBERS);
  const idOf = new Map(organizations.map((o) => [o.shortName, o.id]));
  const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + 21 * DAY_MS);
  const at = (hourUtc: number) => new Date(day.getTime() + hourUtc * 3_600_000);
  const meeting = await manager.getRepository(Meeting).save({
    title: 'Sastanak AT mreže i obuka: identifikacija žrtava radne eksploatacije',
    kind: MeetingKind.NETWORK_MEETING,
    status: MeetingStatus.SCHEDULED,
    startsAt: at(8),
    endsAt: at(14),
    timeZone: 'Europe/Belgrade',
    city: 'Beograd',
    venue: 'Kancelarija ASTRA-e',
    description: 'Razmena iskustava članica i obuka o prepoznavanju radne eksploatacije.',
  });
  await manager.getRepository(MeetingInvitedOrganization).insert(organizations.map((o) => ({ meetingId: meeting.id, organizationId: o.id })));
  if (inviteeUserIds.length) await manager.getRepository(MeetingInvitation).insert(inviteeUserIds.map((userId) => ({ meetingId: meeting.id, userId, invited: true })));
  await manager.getRepository(MeetingAgendaItem).insert(
    [
      ['Uvod i izveštaji članica o aktivnostima u protekla tri meseca', 'ASTRA'],
      ['Obuka: indikatori radne eksploatacije i upućivanje partnerima u inostranstvu', 'ASTRA'],
      ['Planiranje kampanje za Evropski dan borbe protiv trgovine ljudima', 'CZD Niš'],
    ].map(([title, presenter], i) => ({ meetingId: meeting.id, position: i + 1, title, presenterOrganizationId: idOf.get(presenter) ?? null })),
  );
  const czd = idOf.get('CZD Niš');
  if (czd) {
    await manager.getRepository(ActionItem).insert({
      meetingId: meeting.id,
      description: 'Poslati predloge tema za obuku i broj učesnica iz Niša',
      organizationId: czd,
      dueOn: new Date(day.getTime() - 7 * DAY_MS).toISOString().slice(0, 10),
    });
  }
  return true;
}
