import {
  Activity,
  ActivityAttachment,
  ActivityCoOrganizer,
  ActivityGoal,
  ActivityIndicatorValue,
  ActivityInstitution,
  ActivityParticipants,
  AgeBand,
  ReportingPeriodLock,
} from '@app/activities/entities';
import { AuditEntry } from '@app/audit/entities';
import { CapacityDimension, SelfAssessment, SelfAssessmentScore, Training, TrainingParticipant, TrainingTopic, TrainingTopicLink, TrainingTrainer } from '@app/capacity/entities';
import { PartnerProfile, Referral, ReferralCounter, ReferralEvent, ReferralMessage } from '@app/referrals/entities';
import { MailOutbox } from '@app/mail/entities';
import { ActionItem, Meeting, MeetingAgendaItem, MeetingAttachment, MeetingAttendee, MeetingInvitation, MeetingInvitedOrganization, MeetingRsvpUse } from '@app/meetings/entities';
import { Network, NetworkMembership, Organization } from '@app/organizations/entities';
import { Indicator, StrategicGoal, StrategyPeriod } from '@app/strategy/entities';
import { RefreshToken, User, UserToken } from '@app/users/entities';

/**
 * Every entity of the portal, in one list: the data source, the migration generator and
 * the test proving that entities and migrations agree all read it.
 */
export const ENTITIES = [Organization, Network, NetworkMembership, StrategyPeriod, StrategicGoal, Indicator, User, RefreshToken, UserToken, AuditEntry, MailOutbox,
  AgeBand, Activity, ActivityParticipants, ActivityCoOrganizer, ActivityGoal, ActivityIndicatorValue, ActivityInstitution, ActivityAttachment, ReportingPeriodLock,
  PartnerProfile, Referral, ReferralEvent, ReferralMessage, ReferralCounter,
  TrainingTopic, CapacityDimension, Training, TrainingTopicLink, TrainingTrainer, TrainingParticipant, SelfAssessment, SelfAssessmentScore,
  Meeting, MeetingAgendaItem, MeetingAttachment, MeetingInvitedOrganization, MeetingInvitation, MeetingAttendee, MeetingRsvpUse, ActionItem];
