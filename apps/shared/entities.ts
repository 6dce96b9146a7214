import { Activity, ActivityAttachment, ActivityCoOrganizer, ActivityGoal, ActivityIndicatorValue, ActivityInstitution, ActivityParticipants, AgeBand, ReportingPeriodLock } from '@app/activities';
import { AuditEntry } from '@app/audit';
import { CapacityDimension, SelfAssessment, SelfAssessmentScore, Training, TrainingParticipant, TrainingTopic, TrainingTopicLink, TrainingTrainer } from '@app/capacity';
import { PartnerProfile, Referral, ReferralCounter, ReferralEvent, ReferralMessage } from '@app/referrals';
import { MailOutbox } from '@app/mail';
import { ActionItem, Meeting, MeetingAgendaItem, MeetingAttachment, MeetingAttendee, MeetingInvitation, MeetingInvitedOrganization, MeetingRsvpUse } from '@app/meetings';
import { Network, NetworkMembership, Organization } from '@app/organizations';
import { Indicator, StrategicGoal, StrategyPeriod } from '@app/strategy';
import { RefreshToken, User, UserToken } from '@app/users';

/**
 * Every entity of the portal, in one list, handed by the apps (the composition root) to the
 * database layer, which knows no domain: the data source, the migration generator and the test
 * proving that entities and migrations agree all read it.
 */
export const PORTAL_ENTITIES = [Organization, Network, NetworkMembership, StrategyPeriod, StrategicGoal, Indicator, User, RefreshToken, UserToken, AuditEntry, MailOutbox,
  AgeBand, Activity, ActivityParticipants, ActivityCoOrganizer, ActivityGoal, ActivityIndicatorValue, ActivityInstitution, ActivityAttachment, ReportingPeriodLock,
  PartnerProfile, Referral, ReferralEvent, ReferralMessage, ReferralCounter,
  TrainingTopic, CapacityDimension, Training, TrainingTopicLink, TrainingTrainer, TrainingParticipant, SelfAssessment, SelfAssessmentScore,
  Meeting, MeetingAgendaItem, MeetingAttachment, MeetingInvitedOrganization, MeetingInvitation, MeetingAttendee, MeetingRsvpUse, ActionItem];
