import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { idsByKey } from '@app/common';
import { organizationsByShortNames } from '@app/organizations';
import { goalIdsOfPeriod, STRATEGY_2021_2024 } from '@app/strategy';
import { Activity } from '../activity.entity';
import { ActivityStatus, ActivityType, Gender, InstitutionKind, TargetGroup } from '../activity.enums';
import { ActivityCoOrganizer, ActivityGoal, ActivityInstitution, ActivityParticipants } from '../activity-parts.entity';
import { AgeBand } from '../age-band.entity';

const { APPROVED, SUBMITTED, RETURNED, DRAFT } = ActivityStatus;
const { FEMALE, MALE } = Gender;

interface DemoActivity {
  organization: string;
  title: string;
  type: ActivityType;
  startsOn: string;
  city: string;
  targetGroups: TargetGroup[];
  status: ActivityStatus;
  goals: string[];
  /** [gender, age band code, count] */
  participants?: [Gender, string, number][];
  coOrganizers?: string[];
  institution?: [InstitutionKind, string];
  media?: [outlets: number, audience: number];
  reviewComment?: string;
}

/**
 * Prevention work to look at on a local, embedded installation, next to the demo accounts: a few
 * approved activities of every member in the 2021–2024 plan (so progress, statistics and lists
 * have figures), and the demo member's own organization (CZD Niš) with one of each status: one
 * returned with a coordinator's comment, one waiting for review, one draft after the plan.
 * Fictional, and only ever added to an embedded database that has no activities yet.
 */
const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    organization: 'CZD Niš', title: 'Radionica „Bezbedan posao u inostranstvu” u Gimnaziji Svetozar Marković', type: ActivityType.YOUTH_WORKSHOP, startsOn: '2024-03-12', city: 'Niš',
    targetGroups: [TargetGroup.PUPILS], status: APPROVED, goals: ['1'], participants: [[FEMALE, '15_17', 14], [MALE, '15_17', 11]], institution: [InstitutionKind.SCHOOL, 'Gimnazija Svetozar Marković'],
  },
  {
    organization: 'CZD Niš', title: 'Obuka za stručne radnike Centra za socijalni rad Niš', type: ActivityType.PROFESSIONAL_TRAINING, startsOn: '2024-05-21', city: 'Niš',
    targetGroups: [TargetGroup.SOCIAL_PROTECTION], status: APPROVED, goals: ['2', '3'], participants: [[FEMALE, '30_PLUS', 16], [MALE, '30_PLUS', 3]], institution: [InstitutionKind.SOCIAL_WORK_CENTRE, 'Centar za socijalni rad Niš'],
  },
  {
    organization: 'CZD Niš', title: 'Tribina „Trgovina ljudima i društvene mreže”', type: ActivityType.PUBLIC_FORUM, startsOn: '2024-10-08', city: 'Niš',
    targetGroups: [TargetGroup.YOUNG_PEOPLE, TargetGroup.PARENTS], status: APPROVED, goals: ['1', '4'], participants: [[FEMALE, '18_29', 22], [MALE, '18_29', 9], [FEMALE, '30_PLUS', 12]], coOrganizers: ['ASTRA'],
  },
  {
    organization: 'CZD Niš', title: 'Medijska kampanja za Evropski dan borbe protiv trgovine ljudima', type: ActivityType.MEDIA_CAMPAIGN, startsOn: '2024-10-18', city: 'Niš',
    targetGroups: [TargetGroup.GENERAL_PUBLIC], status: SUBMITTED, goals: ['4'], media: [6, 40_000],
  },
  {
    organization: 'CZD Niš', title: 'Okrugli sto sa Gradskom upravom Niša', type: ActivityType.ROUND_TABLE, startsOn: '2024-11-19', city: 'Niš',
    targetGroups: [TargetGroup.LOCAL_GOVERNMENT], status: RETURNED, goals: ['2'], participants: [[FEMALE, '30_PLUS', 7], [MALE, '30_PLUS', 5]],
    reviewComment: 'Dodajte instituciju koja je učestvovala (Gradska uprava) i kratak opis zaključaka.',
  },
  {
    organization: 'CZD Niš', title: 'Radionica za roditelje o bezbednosti dece na internetu', type: ActivityType.YOUTH_WORKSHOP, startsOn: '2026-03-10', city: 'Niš',
    targetGroups: [TargetGroup.PARENTS], status: DRAFT, goals: [], participants: [[FEMALE, '30_PLUS', 18], [MALE, '30_PLUS', 6]],
  },
  {
    organization: 'ASTRA', title: 'Obuka za policijske službenike o identifikaciji žrtava', type: ActivityType.PROFESSIONAL_TRAINING, startsOn: '2023-04-18', city: 'Beograd',
    targetGroups: [TargetGroup.POLICE], status: APPROVED, goals: ['2', '3'], participants: [[FEMALE, '30_PLUS', 9], [MALE, '30_PLUS', 17]], institution: [InstitutionKind.POLICE, 'PU za Grad Beograd'],
  },
  {
    organization: 'ASTRA', title: 'Kampanja „Posao iz snova”', type: ActivityType.MEDIA_CAMPAIGN, startsOn: '2024-07-30', city: 'Beograd',
    targetGroups: [TargetGroup.GENERAL_PUBLIC, TargetGroup.YOUNG_PEOPLE], status: APPROVED, goals: ['1', '4'], media: [24, 350_000],
  },
  {
    organization: 'SOS Vlasotince', title: 'Radionica u Tehničkoj školi Vlasotince', type: ActivityType.YOUTH_WORKSHOP, startsOn: '2023-11-07', city: 'Vlasotince',
    targetGroups: [TargetGroup.PUPILS], status: APPROVED, goals: ['1'], participants: [[FEMALE, '15_17', 10], [MALE, '15_17', 15]],
  },
  {
    organization: 'NŽC Dimitrovgrad', title: 'Okrugli sto o migracijama i radu u inostranstvu', type: ActivityType.ROUND_TABLE, startsOn: '2024-02-22', city: 'Dimitrovgrad',
    targetGroups: [TargetGroup.LOCAL_GOVERNMENT, TargetGroup.SOCIAL_PROTECTION], status: APPROVED, goals: ['2'], participants: [[FEMALE, '30_PLUS', 8], [MALE, '30_PLUS', 4]],
  },
  {
    organization: 'Odbor Vranje', title: 'Predavanje za studente o radnoj eksploataciji', type: ActivityType.LECTURE, startsOn: '2023-05-16', city: 'Vranje',
    targetGroups: [TargetGroup.STUDENTS], status: APPROVED, goals: ['1'], participants: [[FEMALE, '18_29', 19], [MALE, '18_29', 13]],
  },
  {
    organization: 'PAOR', title: 'Info-štand na Danima Zrenjanina', type: ActivityType.INFO_STAND, startsOn: '2024-09-14', city: 'Zrenjanin',
    targetGroups: [TargetGroup.GENERAL_PUBLIC], status: APPROVED, goals: ['4'], participants: [[FEMALE, '18_29', 30], [MALE, '18_29', 21], [FEMALE, '30_PLUS', 26], [MALE, '30_PLUS', 18]], coOrganizers: ['CZD Niš'],
  },
  {
    organization: 'CZD Užice', title: 'Radionica za mlade u Sevojnu', type: ActivityType.YOUTH_WORKSHOP, startsOn: '2024-04-09', city: 'Užice',
    targetGroups: [TargetGroup.YOUNG_PEOPLE], status: APPROVED, goals: ['1'], participants: [[FEMALE, 'UNDER_15', 12], [MALE, 'UNDER_15', 10]],
  },
  {
    organization: 'Forum žena Prijepolje', title: 'Obuka za zdravstvene radnike Doma zdravlja Prijepolje', type: ActivityType.PROFESSIONAL_TRAINING, startsOn: '2023-10-03', city: 'Prijepolje',
    targetGroups: [TargetGroup.HEALTH], status: APPROVED, goals: ['3'], participants: [[FEMALE, '30_PLUS', 14], [MALE, '30_PLUS', 2]], institution: [InstitutionKind.HEALTH, 'Dom zdravlja Prijepolje'],
  },
];

/** Adds the demo activities when the database has none at all; returns how many it added. */
export async function seedDemoActivities(manager: EntityManager): Promise<number> {
  if (await manager.getRepository(Activity).exists()) return 0;
  const organizations = await organizationsByShortNames(manager, [...new Set(DEMO_ACTIVITIES.flatMap((a) => [a.organization, ...(a.coOrganizers ?? [])]))]);
  const orgId = new Map(organizations.map((o) => [o.shortName, o.id]));
  const goalId = await goalIdsOfPeriod(manager, STRATEGY_2021_2024.code);
  const bandId = await idsByKey(manager, AgeBand, 'code', ['UNDER_15', '15_17', '18_29', '30_PLUS']);
  const usable = DEMO_ACTIVITIES.filter((a) => orgId.has(a.organization) && a.goals.every((g) => goalId.has(g)));
  for (const a of usable) {
    const submitted = a.status === DRAFT ? null : new Date(`${a.startsOn}T16:00:00Z`);
    const activity = await manager.getRepository(Activity).save({
      organizationId: orgId.get(a.organization)!,
      type: a.type,
      title: a.title,
      startsOn: a.startsOn,
      endsOn: a.startsOn,
      city: a.city,
      targetGroups: a.targetGroups,
      status: a.status,
      mediaOutlets: a.media?.[0] ?? null,
      mediaAudience: a.media?.[1] ?? null,
      submittedAt: submitted,
      reviewedAt: a.status === APPROVED || a.status === RETURNED ? submitted : null,
      reviewComment: a.reviewComment ?? null,
    });
    const parts: [EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
      [ActivityGoal, a.goals.map((code) => ({ activityId: activity.id, goalId: goalId.get(code)! }))],
      [ActivityParticipants, (a.participants ?? []).map(([gender, band, count]) => ({ activityId: activity.id, gender, ageBandId: bandId.get(band)!, count }))],
      [ActivityCoOrganizer, (a.coOrganizers ?? []).filter((o) => orgId.has(o)).map((o) => ({ activityId: activity.id, organizationId: orgId.get(o)! }))],
      [ActivityInstitution, a.institution ? [{ activityId: activity.id, kind: a.institution[0], name: a.institution[1] }] : []],
    ];
    for (const [entity, values] of parts) if (values.length) await manager.getRepository(entity).insert(values);
  }
  return usable.length;
}
