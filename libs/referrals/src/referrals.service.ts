import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { AccessService, Action, Actor, authorize, can, Reach, scopeOf, Subject, SubjectRow } from '@app/policy';
import { Clock, Connection, FieldError, InvalidInputException, isUuid, KeysetOrder, NotFoundException, paginate } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService, ReferralUpdateEvent } from '@app/mail';
import { NetworkKind, NetworksService, OrganizationKind, OrganizationsService } from '@app/organizations';
import { DetailsCipher } from './details-cipher';
import { acknowledgeDueAt } from './due-time';
import { ReferralMessageType } from './dto/referral-types';
import { ReferralOrder, ReferralsArgs } from './dto/referrals.args';
import { CreateReferralInput, ReferralDetailsInput, UpdateReferralInput } from './dto/referral.input';
import { PartnerProfile } from './partner-profile.entity';
import { ReferralEvent, ReferralMessage } from './referral-log.entity';
import { Referral } from './referral.entity';
import { ReferralCategory, ReferralOutcome, ReferralStatus, ReferralUrgency } from './referral.enums';
import { ReferralErrorCode, ReferralException } from './referral.exception';
import { openText, sealText } from './referral-texts';
import { ReferralNotifications } from './referral-notifications';

const NEWEST_FIRST: KeysetOrder = { sortExpression: 'r.reference', idExpression: 'r.id', direction: 'DESC', keyOf: (r: Referral) => [r.reference, r.id] };

const URGENCY_RANK: Record<ReferralUrgency, number> = { [ReferralUrgency.CRITICAL]: 0, [ReferralUrgency.URGENT]: 1, [ReferralUrgency.ROUTINE]: 2 };
/** Past any due time: referrals without one come last among their kind. */
const NO_DUE_TIME_MS = 9_999_999_999_999;
/**
 * A partner's inbox as one keyset-pageable text key: unacknowledged (SENT) first, then by urgency,
 * then by the due time (least time left first), each part fixed-width so text order is that order.
 */
const INBOX: KeysetOrder = {
  sortExpression: `(CASE WHEN r.status = 'SENT' THEN '0' ELSE '1' END
    || CASE r.urgency WHEN 'CRITICAL' THEN '0' WHEN 'URGENT' THEN '1' ELSE '2' END
    || lpad(COALESCE(floor(extract(epoch FROM r.acknowledge_due_at) * 1000)::bigint, ${NO_DUE_TIME_MS})::text, 13, '0')) COLLATE "C"`,
  idExpression: 'r.id',
  keyOf: (r: Referral) => [
    `${r.status === ReferralStatus.SENT ? 0 : 1}${URGENCY_RANK[r.urgency]}${String(r.acknowledgeDueAt?.getTime() ?? NO_DUE_TIME_MS).padStart(13, '0')}`,
    r.id,
  ],
};

/**
 * A referral as the policy's subject: owned by its sending organization, addressed to its
 * partner once sent (a draft is addressed to nobody yet, nor is a draft withdrawn without ever
 * having been sent, `sent_at` empty). The side an action is taken from is
 * the reach of its row in the policy table (REFERRAL_WRITE: the sender's; REFERRAL_RESPOND: the addressee's).
 */
export const referralSubject = (referral: Pick<Referral, 'sendingOrganizationId' | 'partnerOrganizationId' | 'status' | 'sentAt'>): Subject => ({
  type: 'Referral',
  organizationId: referral.sendingOrganizationId,
  addresseeOrganizationId: reachedPartner(referral) ? referral.partnerOrganizationId : null,
});

/** Whether a referral ever reached its partner; `REACHED_PARTNER_SQL` says the same of the row `r`. */
const reachedPartner = (referral: Pick<Referral, 'status' | 'sentAt'>): boolean =>
  referral.status !== ReferralStatus.DRAFT && !(referral.status === ReferralStatus.WITHDRAWN && !referral.sentAt);
const REACHED_PARTNER_SQL = `(r.status <> 'DRAFT' AND (r.status <> 'WITHDRAWN' OR r.sent_at IS NOT NULL))`;

/** The lifecycle: from which statuses each step may be taken, and by whom (the action's row says which side). */
const STEPS = {
  send: { action: Action.REFERRAL_WRITE, from: [ReferralStatus.DRAFT], to: ReferralStatus.SENT },
  acknowledge: { action: Action.REFERRAL_RESPOND, from: [ReferralStatus.SENT], to: ReferralStatus.ACKNOWLEDGED },
  accept: { action: Action.REFERRAL_RESPOND, from: [ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.ACCEPTED },
  decline: { action: Action.REFERRAL_RESPOND, from: [ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.DECLINED },
  start: { action: Action.REFERRAL_RESPOND, from: [ReferralStatus.ACCEPTED], to: ReferralStatus.IN_PROGRESS },
  close: { action: Action.REFERRAL_RESPOND, from: [ReferralStatus.IN_PROGRESS], to: ReferralStatus.CLOSED },
  withdraw: {
    action: Action.REFERRAL_WRITE,
    from: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS],
    to: ReferralStatus.WITHDRAWN,
  },
} as const;
export type ReferralStep = keyof typeof STEPS;

/** The partner's steps its sending organization is told of by mail. */
const TOLD_TO_SENDER: Partial<Record<ReferralStep, ReferralUpdateEvent>> = { acknowledge: 'ACKNOWLEDGED', accept: 'ACCEPTED', decline: 'DECLINED' };

/** Statuses in which a partner may read identifying details: once it has taken the case on. */
const PARTNER_DETAIL_STATUSES = [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED];

export type ReferralDetails = ReferralDetailsInput;

/** What people wrote on a referral, decrypted: the reasons, the timeline's notes by event id, the messages. */
export interface ReferralThread {
  referralId: string;
  declineReason: string | null;
  outcomeReason: string | null;
  notes: Map<string, string | null>;
  messages: ReferralMessageType[];
}

@Injectable()
export class ReferralsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: DetailsCipher,
    private readonly notifications: ReferralNotifications,
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
    private readonly access: AccessService,
  ) {}

  onModuleInit(): void {
    this.access.registerSubject('Referral', (ids) => this.subjectsByIds(ids));
  }

  /** Referrals as the policy's subjects (see `referralSubject`), in one query. */
  private subjectsByIds(ids: string[]): Promise<SubjectRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.sending_organization_id AS "organizationId", CASE WHEN ${REACHED_PARTNER_SQL} THEN r.partner_organization_id END AS "addresseeOrganizationId"
       FROM referrals r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Referrals (alias `r`) the actor may see, filtered in SQL: the sender's own, or those addressed to a partner (once sent, as `referralSubject`). */
  restrictToVisible<T extends object>(actor: Actor | null, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const scope = scopeOf(actor, Action.REFERRAL_READ);
    if (scope.all) return query;
    if (scope.relation === 'addressee') {
      return query.andWhere(`r.partner_organization_id IN (:...visibleOrgs) AND ${REACHED_PARTNER_SQL}`, { visibleOrgs: scope.organizationIds });
    }
    return query.andWhere('r.sending_organization_id IN (:...visibleOrgs)', { visibleOrgs: scope.organizationIds });
  }

  list(actor: Actor | null, { filter = {}, first, after, orderBy }: Omit<ReferralsArgs, 'orderBy'> & Partial<Pick<ReferralsArgs, 'orderBy'>>): Promise<Connection<Referral>> {
    const query = this.restrictToVisible(actor, this.dataSource.getRepository(Referral).createQueryBuilder('r'));
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('r.category = :category', { category: filter.category });
    if (filter.partnerOrganizationId) query.andWhere('r.partner_organization_id = :partner', { partner: filter.partnerOrganizationId });
    if (filter.overdue) query.andWhere(`r.status = 'SENT' AND r.acknowledge_due_at < :now`, { now: this.clock.now() });
    return paginate(query, orderBy === ReferralOrder.INBOX ? INBOX : NEWEST_FIRST, { first, after });
  }

  async get(actor: Actor | null, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Referral> {
    const query = this.restrictToVisible(actor, manager.getRepository(Referral).createQueryBuilder('r')).andWhere('r.id = :id', { id: isUuid(id) ? id : null });
    if (lock) query.setLock('pessimistic_write', undefined, ['r']);
    const referral = isUuid(id) ? await query.getOne() : null;
    if (!referral) throw new NotFoundException('Referral');
    return referral;
  }

  findByIds(ids: readonly string[]): Promise<Referral[]> {
    return this.dataSource.getRepository(Referral).findBy({ id: In([...ids]) });
  }

  /** A draft referral of the actor's organization; nothing about the person is stored in clear. */
  async create(actor: Actor | null, input: CreateReferralInput): Promise<Referral> {
    authorize(actor, Action.REFERRAL_WRITE);
    return this.dataSource.transaction(async (manager) => {
      checkPersonalData(input.category, input);
      const { networkId } = await this.checkPartner(manager, input);
      const id = randomUUID();
      const repository = manager.getRepository(Referral);
      const referral = repository.create({
        id,
        reference: await this.nextReference(manager),
        sendingOrganizationId: actor.organizationId,
        senderUserId: actor.id,
        partnerOrganizationId: input.partnerOrganizationId,
        networkId,
        category: input.category,
        urgency: input.urgency,
        requestedServices: [...new Set(input.requestedServices)],
        ...personColumns(input.person),
        ...this.detailColumns(id, input),
      });
      await repository.insert(referral);
      await this.record(manager, actor, referral, null, ReferralStatus.DRAFT);
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'Referral', entityId: id, summary: referral.reference }, manager);
      return repository.findOneByOrFail({ id });
    });
  }

  /** Changes a draft; the version it was read at must still be current. */
  async update(actor: Actor | null, id: string, input: UpdateReferralInput): Promise<Referral> {
    await this.access.require(actor, Action.REFERRAL_WRITE, { type: 'Referral', id });
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.locked(manager, id);
      if (referral.status !== ReferralStatus.DRAFT) throw new ReferralException(ReferralErrorCode.NOT_EDITABLE, 'Only a draft referral can be edited');
      if (input.version !== referral.version) throw new ReferralException(ReferralErrorCode.STALE_VERSION, 'Someone saved this referral after you opened it: reload it');
      const consent = input.consent ?? (referral.consentGivenAt ? { givenAt: referral.consentGivenAt.toISOString() } : undefined);
      checkPersonalData(referral.category, { ...input, consent: consent as never, legalBasis: input.legalBasis ?? referral.legalBasis ?? undefined });
      const changes: Partial<Referral> = {
        ...(input.urgency && { urgency: input.urgency }),
        ...(input.requestedServices && { requestedServices: [...new Set(input.requestedServices)] }),
        ...(input.person && personColumns(input.person)),
        ...((input.details || input.consent || input.legalBasis) && this.detailColumns(id, input)),
      };
      const saved = await manager.getRepository(Referral).save({ ...referral, ...changes });
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Referral', entityId: id, changedFields: Object.keys(changes).filter((f) => !f.startsWith('details')) }, manager);
      return saved;
    });
  }

  /** One lifecycle step; illegal ones are refused with a clear CONFLICT, and each is in the timeline. */
  async step(actor: Actor | null, id: string, step: ReferralStep, extra: { reason?: string; outcome?: ReferralOutcome } = {}): Promise<Referral> {
    const rule = STEPS[step];
    await this.access.require(actor, rule.action, { type: 'Referral', id });
    const result = await this.dataSource.transaction(async (manager) => {
      const referral = await this.locked(manager, id);
      if (!(rule.from as readonly ReferralStatus[]).includes(referral.status)) {
        throw new ReferralException(ReferralErrorCode.ILLEGAL_TRANSITION, `A referral in status ${referral.status} cannot become ${rule.to}`);
      }
      if (step === 'decline' && !extra.reason) throw InvalidInputException.field('reason', 'say why the referral is declined');
      if (step === 'close' && !extra.outcome) throw InvalidInputException.field('outcome', 'say whether the referral succeeded');
      const now = this.clock.now();
      const changes: Partial<Referral> = { status: rule.to };
      if (step === 'send') {
        changes.sentAt = now;
        changes.acknowledgeDueAt = acknowledgeDueAt(now, referral.urgency, {
          criticalHours: this.config.REFERRAL_ACK_HOURS_CRITICAL,
          urgentHours: this.config.REFERRAL_ACK_HOURS_URGENT,
          routineWorkingDays: this.config.REFERRAL_ACK_WORKING_DAYS_ROUTINE,
        });
      }
      if (step === 'acknowledge') changes.acknowledgedAt = now;
      if (step === 'decline') {
        const { ciphertext, keyId } = sealText(this.cipher, 'declineReason', id, extra.reason);
        Object.assign(changes, { declineReasonCiphertext: ciphertext, declineReasonKeyId: keyId });
      }
      if (step === 'close' || step === 'withdraw') changes.closedAt = now;
      if (step === 'close') {
        const { ciphertext, keyId } = sealText(this.cipher, 'outcomeReason', id, extra.reason);
        Object.assign(changes, { outcome: extra.outcome, outcomeReasonCiphertext: ciphertext, outcomeReasonKeyId: keyId });
      }
      const saved = await manager.getRepository(Referral).save({ ...referral, ...changes });
      await this.record(manager, actor, saved, referral.status, rule.to, extra.reason ?? null);
      await this.audit.record(
        {
          action: AuditAction.ENTITY_UPDATED,
          actor: auditActor(actor),
          entityType: 'Referral',
          entityId: id,
          changedFields: Object.keys(changes).map((field) => field.replace(/Ciphertext$/, '')).filter((field) => !field.endsWith('KeyId')),
          summary: `${referral.status} -> ${rule.to}`,
        },
        manager,
      );
      if (step === 'send') await this.notifyPartner(manager, saved, 'referral-sent');
      const told = TOLD_TO_SENDER[step];
      if (told) await this.notifications.tellSender(manager, saved, told, `${id}:${told}`);
      return saved;
    });
    return result;
  }

  /** Writes a message on the referral, encrypted; its author gets it back in clear. */
  async addMessage(actor: Actor | null, id: string, body: string): Promise<ReferralMessageType> {
    const reach = await this.access.require(actor, Action.REFERRAL_MESSAGE_WRITE, { type: 'Referral', id });
    const fromPartner = reach === Reach.ADDRESSED_TO_OWN_ORGANIZATION;
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.getRepository(Referral).findOneByOrFail({ id });
      const repository = manager.getRepository(ReferralMessage);
      const messageId = randomUUID();
      const text = body.trim();
      const { ciphertext, keyId } = sealText(this.cipher, 'body', messageId, text);
      const saved = await repository.save(
        repository.create({ id: messageId, referralId: id, authorUserId: actor!.id, authorOrganizationId: actor!.organizationId, bodyCiphertext: ciphertext!, bodyKeyId: keyId! }),
      );
      // The other side hears that there is a message, never what it says.
      if (fromPartner) await this.notifications.tellSender(manager, referral, 'MESSAGE', `message:${saved.id}`);
      else await this.notifications.tellPartner(manager, referral, `message:${saved.id}`);
      return { id: saved.id, authorUserId: saved.authorUserId, authorOrganizationId: saved.authorOrganizationId, body: text, createdAt: saved.createdAt };
    });
  }

  /**
   * The threads of the referrals with these ids that the actor may see, decrypted: messages,
   * decline and close reasons, the timeline's notes. Free text about a person, so each read is
   * audited (`referral.thread_read`, one entry per referral), as the details read is.
   */
  async readThreads(actor: Actor | null, ids: readonly string[]): Promise<ReferralThread[]> {
    const visibleReferrals = this.restrictToVisible(actor, this.dataSource.getRepository(Referral).createQueryBuilder('r'));
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return [];
    const referrals = await visibleReferrals
      .andWhere('r.id IN (:...wanted)', { wanted })
      .getMany();
    const visible = referrals.map((r) => r.id);
    if (visible.length === 0) return [];
    const [events, messages] = await Promise.all([
      this.dataSource.getRepository(ReferralEvent).find({ where: { referralId: In(visible) }, order: { occurredAt: 'ASC' } }),
      this.dataSource.getRepository(ReferralMessage).find({ where: { referralId: In(visible) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    await this.dataSource.transaction(async (manager) => {
      for (const referralId of visible) {
        await this.audit.record({ action: AuditAction.REFERRAL_THREAD_READ, actor: auditActor(actor), entityType: 'Referral', entityId: referralId, summary: 'messages, reasons and notes read' }, manager);
      }
    });
    return referrals.map((r) => ({
      referralId: r.id,
      declineReason: openText(this.cipher, 'declineReason', r.id, r.declineReasonCiphertext, r.declineReasonKeyId),
      outcomeReason: openText(this.cipher, 'outcomeReason', r.id, r.outcomeReasonCiphertext, r.outcomeReasonKeyId),
      notes: new Map(events.filter((e) => e.referralId === r.id).map((e) => [e.id, openText(this.cipher, 'note', e.id, e.noteCiphertext, e.noteKeyId)])),
      messages: messages
        .filter((m) => m.referralId === r.id)
        .map((m) => ({ id: m.id, authorUserId: m.authorUserId, authorOrganizationId: m.authorOrganizationId, body: openText(this.cipher, 'body', m.id, m.bodyCiphertext, m.bodyKeyId)!, createdAt: m.createdAt })),
    }));
  }

  /**
   * The identifying details, decrypted: a separate read that is audited, for the sending
   * organization, coordinators, and the partner once it has accepted the case.
   */
  async revealDetails(actor: Actor | null, id: string, reason: string): Promise<ReferralDetails | null> {
    const reach = await this.access.require(actor, Action.REFERRAL_DETAILS_READ, { type: 'Referral', id });
    const referral = await this.dataSource.getRepository(Referral).findOneByOrFail({ id });
    if (reach === Reach.ADDRESSED_TO_OWN_ORGANIZATION && !PARTNER_DETAIL_STATUSES.includes(referral.status)) {
      throw InvalidInputException.field('id', 'identifying details are shared with the partner once it has accepted the referral');
    }
    await this.audit.record({ action: AuditAction.PERSONAL_DATA_READ, actor: auditActor(actor), entityType: 'Referral', entityId: id, summary: `identifying details read: ${reason.trim()}` });
    if (!referral.detailsCiphertext || !referral.detailsKeyId) return null;
    return JSON.parse(this.cipher.decrypt({ keyId: referral.detailsKeyId, ciphertext: referral.detailsCiphertext }, id)) as ReferralDetails;
  }

  /** Who read the identifying details and when: for the sending organization and coordinators. */
  async detailReads(actor: Actor | null, referral: Pick<Referral, 'id' | 'sendingOrganizationId' | 'partnerOrganizationId' | 'status' | 'sentAt'>) {
    if (!can(actor, Action.REFERRAL_WRITE, referralSubject(referral))) return null;
    const { edges } = await this.audit.list({ entityType: 'Referral', entityId: referral.id, action: AuditAction.PERSONAL_DATA_READ }, { first: 100 });
    return edges.map(({ node }) => node);
  }

  eventsOf(ids: readonly string[]): Promise<ReferralEvent[]> {
    return this.dataSource.getRepository(ReferralEvent).find({ where: { referralId: In([...ids]) }, order: { occurredAt: 'ASC' } });
  }

  /** Mails the partner's contacts, each in their language: reference, category, urgency, due time, link. */
  async notifyPartner(manager: EntityManager, referral: Referral, template: 'referral-sent' | 'referral-reminder'): Promise<void> {
    for (const { to, language } of await this.notifications.partnerRecipients(manager, referral.partnerOrganizationId)) {
      await this.mail.enqueue(manager, {
        to,
        language,
        template,
        params: this.mailParams(referral),
        idempotencyKey: `${template}:${referral.id}:${to}`,
      });
    }
  }

  mailParams(referral: Referral) {
    return {
      reference: referral.reference,
      category: referral.category,
      urgency: referral.urgency,
      dueAt: (referral.acknowledgeDueAt ?? this.clock.now()).toISOString(),
      link: this.config.webLink('referrals', referral.id),
    };
  }

  /** A referral the actor was authorized for, locked for the rest of the transaction. */
  private async locked(manager: EntityManager, id: string): Promise<Referral> {
    const referral = await manager.getRepository(Referral).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!referral) throw new NotFoundException('Referral');
    return referral;
  }

  private async checkPartner(manager: EntityManager, input: CreateReferralInput): Promise<{ networkId: string }> {
    const partner = await this.organizations.findById(input.partnerOrganizationId, manager);
    if (!partner || partner.kind !== OrganizationKind.PARTNER_ORGANIZATION || !partner.active) {
      throw InvalidInputException.field('partnerOrganizationId', 'is not an active partner organization');
    }
    const profile = await manager.getRepository(PartnerProfile).findOneBy({ organizationId: partner.id });
    if (!profile?.acceptedCategories.includes(input.category)) {
      throw InvalidInputException.field('category', `${partner.shortName} does not accept referrals of this category`);
    }
    const memberships = await this.networks.membershipsOfKind([partner.id], NetworkKind.PARTNER_NETWORK, manager);
    const networkIds = memberships.map((m) => m.networkId);
    if (input.networkId) {
      if (!networkIds.includes(input.networkId)) throw InvalidInputException.field('networkId', `${partner.shortName} is not in that partner network`);
      return { networkId: input.networkId };
    }
    if (networkIds.length !== 1) throw InvalidInputException.field('networkId', 'name the partner network the referral goes through');
    return { networkId: networkIds[0] };
  }

  /** AT-<year>-<6 digits>, from a per-year counter row locked for the transaction: never reused. */
  private async nextReference(manager: EntityManager): Promise<string> {
    const year = this.clock.now().getUTCFullYear();
    const [row] = await manager.query(
      `INSERT INTO referral_counters (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = referral_counters.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return `AT-${year}-${String(row.last_number).padStart(6, '0')}`;
  }

  private detailColumns(id: string, input: Pick<CreateReferralInput, 'details' | 'consent' | 'legalBasis'>): Partial<Referral> {
    const columns: Partial<Referral> = {};
    if (input.details) {
      const { keyId, ciphertext } = this.cipher.encrypt(JSON.stringify(input.details), id);
      Object.assign(columns, { detailsCiphertext: ciphertext, detailsKeyId: keyId });
    }
    if (input.consent) {
      Object.assign(columns, {
        consentGivenBy: input.consent.givenBy,
        consentGivenAt: new Date(input.consent.givenAt),
        consentPurpose: input.consent.purpose,
        consentMethod: input.consent.method,
      });
    }
    if (input.legalBasis) columns.legalBasis = input.legalBasis;
    return columns;
  }

  private record(manager: EntityManager, actor: Actor | null, referral: Referral, from: ReferralStatus | null, to: ReferralStatus, note: string | null = null) {
    const id = randomUUID();
    const { ciphertext, keyId } = sealText(this.cipher, 'note', id, note);
    return manager.getRepository(ReferralEvent).insert({
      id,
      referralId: referral.id,
      actorUserId: actor?.id ?? null,
      actorOrganizationId: actor?.organizationId ?? null,
      fromStatus: from,
      toStatus: to,
      noteCiphertext: ciphertext,
      noteKeyId: keyId,
    });
  }

}

/** Personal data only where it may be: never on policy monitoring; details only with consent or, for a missing child, a legal basis. */
function checkPersonalData(
  category: ReferralCategory,
  input: { person?: object | null; details?: object | null; consent?: object | null; legalBasis?: string | null },
): void {
  const problems: FieldError[] = [];
  if (category === ReferralCategory.POLICY_MONITORING) {
    if (input.person && Object.values(input.person).some((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) {
      problems.push({ field: 'person', reason: 'information for policy monitoring carries no data about a person' });
    }
    if (input.details) problems.push({ field: 'details', reason: 'information for policy monitoring carries no identifying details' });
  } else if (input.details && !input.consent && !(category === ReferralCategory.MISSING_CHILD && input.legalBasis)) {
    problems.push({
      field: 'consent',
      reason: category === ReferralCategory.MISSING_CHILD ? 'record the consent, or the legal basis, before attaching identifying details' : 'record the consent before attaching identifying details',
    });
  }
  if (problems.length) throw new InvalidInputException(problems);
}

function personColumns(person: CreateReferralInput['person']): Partial<Referral> {
  return {
    caseCode: person?.caseCode ?? null,
    ageBroad: person?.ageBroad ?? null,
    gender: person?.gender ?? null,
    citizenship: person?.citizenship ?? null,
    languages: person?.languages ?? [],
    countryOfOrigin: person?.countryOfOrigin ?? null,
    transitCountries: person?.transitCountries ?? [],
    countryOfExploitation: person?.countryOfExploitation ?? null,
    typeOfExploitation: person?.typeOfExploitation ?? [],
  };
}
