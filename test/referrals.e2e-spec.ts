import { Clock } from '@app/common';
import { Network, Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference status version hasDetails } }`;
const step = (name: string, args = '') => `mutation($id: ID!) { ${name}(id: $id${args}) { status } }`;
const DETAIL = `query($id: ID!) {
  referral(id: $id) {
    reference status category urgency acknowledgeDueAt declineReason outcome outcomeReason hasDetails
    caseCode ageBroad gender citizenship countryOfExploitation typeOfExploitation
    sendingOrganization { shortName } partnerOrganization { shortName } network { code }
    timeline { fromStatus toStatus actorUserId note }
    messages { body authorOrganizationId }
    detailReads { actorUserId occurredAt summary }
  }
}`;

describe('cross-border referrals', () => {
  let t: TestApp;
  let paor: Organization;
  let partner: Organization;
  let otherPartner: Organization;
  let lsi: Network;
  let member: GqlOptions;
  let memberId: string;
  let otherMember: GqlOptions;
  let partnerUser: GqlOptions;
  let otherPartnerUser: GqlOptions;
  let coordinator: GqlOptions;
  let evaluator: GqlOptions;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    paor = await org('PAOR');
    lsi = await t.db.dataSource.getRepository(Network).findOneByOrFail({ code: 'LSI' });
    partner = await t.factory.newOrganization({ shortName: 'LS Kyiv', city: 'Kyiv', country: 'UA' });
    otherPartner = await t.factory.newOrganization({ shortName: 'LS Praha', city: 'Praha', country: 'CZ' });
    for (const p of [partner, otherPartner]) {
      await t.factory.newMembership(lsi, p);
      await t.db.dataSource.query(
        `INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, '{VICTIM_ASSISTANCE_ABROAD,MISSING_CHILD,SAFE_RETURN}', '{uk,en}', $2)`,
        [p.id, `{intake@${p.shortName.replace(' ', '').toLowerCase()}.example}`],
      );
    }
    const memberUser = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor });
    memberId = memberUser.id;
    member = await t.as(memberUser);
    otherMember = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: await org('CZD Niš') }));
    partnerUser = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: partner }));
    otherPartnerUser = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: otherPartner }));
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') }));
    evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: await org('ASTRA') }));
  });

  afterAll(() => t.close());

  const victimReferral = (overrides: Record<string, unknown> = {}) => ({
    partnerOrganizationId: partner.id,
    category: 'VICTIM_ASSISTANCE_ABROAD',
    urgency: 'CRITICAL',
    requestedServices: ['MEDICAL', 'SHELTER'],
    person: { caseCode: 'PAOR-2026-17', ageBroad: 'AGE_18_20', gender: 'FEMALE', citizenship: 'RS', languages: ['sr'], countryOfExploitation: 'UA', typeOfExploitation: ['FORCED_LABOUR'] },
    details: { name: 'Jelena Đorđević', dateOfBirth: '2006-04-02', contact: '+381 60 000 0000' },
    consent: { givenBy: 'the person', givenAt: '2026-11-20T09:00:00Z', purpose: 'assistance abroad by the partner', method: 'written form' },
    ...overrides,
  });
  const create = async (as: GqlOptions, overrides: Record<string, unknown> = {}) => {
    const { data, errors } = await t.gql(CREATE, { input: victimReferral(overrides) }, as);
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createReferral as { id: string; reference: string; hasDetails: boolean };
  };
  const run = async (as: GqlOptions, name: string, id: string, args = '') => t.gql(step(name, args), { id }, as);
  const detail = async (id: string, as: GqlOptions) => (await t.gql(DETAIL, { id }, as)).data?.referral;

  it('runs the whole lifecycle: member sends, partner acknowledges, accepts, works and closes; every step in the timeline', async () => {
    const { id, reference, hasDetails } = await create(member);
    expect(reference).toMatch(/^AT-\d{4}-\d{6}$/);
    expect(hasDetails).toBe(true);
    expect((await run(member, 'sendReferral', id)).data.sendReferral.status).toBe('SENT');
    // Partners see it only from now on.
    for (const stepName of ['acknowledgeReferral', 'acceptReferral', 'startReferral']) {
      expect((await run(partnerUser, stepName, id)).errors).toBeUndefined();
    }
    expect((await run(partnerUser, 'closeReferral', id, ', outcome: SUCCESSFUL, reason: "Smeštena u sklonište"')).data.closeReferral.status).toBe('CLOSED');
    const referral = await detail(id, member);
    expect(referral).toMatchObject({ status: 'CLOSED', outcome: 'SUCCESSFUL', outcomeReason: 'Smeštena u sklonište', network: { code: 'LSI' }, partnerOrganization: { shortName: 'LS Kyiv' } });
    expect(referral.timeline.map((e: any) => e.toStatus)).toEqual(['DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED']);
    expect(referral.timeline[1]).toMatchObject({ fromStatus: 'DRAFT', actorUserId: memberId });
  });

  it('numbers referrals sequentially within the year, never reusing a number', async () => {
    const first = await create(member);
    const second = await create(member);
    const number = (r: string) => Number(r.split('-')[2]);
    expect(number(second.reference)).toBe(number(first.reference) + 1);
  });

  it('sets the acknowledgment due time by urgency, and lists overdue referrals', async () => {
    const clock = t.app.get(Clock);
    const sentAt = new Date('2026-11-24T10:00:00Z');
    const now = jest.spyOn(clock, 'now').mockReturnValue(sentAt);
    try {
      const { id } = await create(member);
      await run(member, 'sendReferral', id);
      expect((await detail(id, member)).acknowledgeDueAt).toBe('2026-11-24T12:00:00.000Z');
      now.mockReturnValue(new Date('2026-11-24T12:30:00Z'));
      const overdue = await t.gql(`{ referrals(filter: { overdue: true }) { edges { node { id } } } }`, {}, coordinator);
      expect(overdue.data.referrals.edges.map((e: any) => e.node.id)).toContain(id);
    } finally {
      now.mockRestore();
    }
  });

  it("tells the partner's contacts in their language, with reference, urgency and link, never personal data", async () => {
    const { id, reference } = await create(member);
    await run(member, 'sendReferral', id);
    const [mail] = await t.db.dataSource.query(`SELECT recipient, language, template, params FROM mail_outbox WHERE params->>'reference' = $1`, [reference]);
    expect(mail).toMatchObject({ recipient: 'intake@lskyiv.example', language: 'en', template: 'referral-sent' });
    expect(mail.params).toEqual({ reference, category: 'VICTIM_ASSISTANCE_ABROAD', urgency: 'CRITICAL', dueAt: expect.any(String), link: expect.stringContaining(`/referrals/${id}`) });
    expect(JSON.stringify(mail)).not.toMatch(/Jelena|Đorđević|PAOR-2026-17|2006-04-02/);
  });

  it('lets the partner decline with a reason, and the sender withdraw before closing', async () => {
    const declined = await create(member);
    await run(member, 'sendReferral', declined.id);
    await run(partnerUser, 'acknowledgeReferral', declined.id);
    const refusal = await run(partnerUser, 'declineReferral', declined.id, ', reason: "Nemamo kapacitet"');
    expect(refusal.data.declineReferral.status).toBe('DECLINED');
    expect((await detail(declined.id, member)).declineReason).toBe('Nemamo kapacitet');

    const withdrawn = await create(member);
    await run(member, 'sendReferral', withdrawn.id);
    expect((await run(member, 'withdrawReferral', withdrawn.id, ', reason: "Osoba se vratila"')).data.withdrawReferral.status).toBe('WITHDRAWN');
    expect((await run(partnerUser, 'acknowledgeReferral', withdrawn.id)).errors?.[0].extensions?.reason).toBe('ILLEGAL_TRANSITION');
  });

  it('rejects a transition out of order with a clear conflict', async () => {
    const { id } = await create(member);
    await run(member, 'sendReferral', id);
    const { errors } = await run(partnerUser, 'acceptReferral', id);
    expect(errors?.[0]).toMatchObject({ message: 'A referral in status SENT cannot become ACCEPTED', extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' } });
  });

  it('keeps identifying details encrypted in the database', async () => {
    const { id } = await create(member);
    const [row] = await t.db.dataSource.query(`SELECT details_ciphertext, details_key_id FROM referrals WHERE id = $1`, [id]);
    expect(row.details_key_id).toBe('test1');
    const raw = Buffer.from(row.details_ciphertext);
    for (const text of ['Jelena', 'Đorđević', '2006-04-02', '+381']) {
      expect(raw.includes(Buffer.from(text, 'utf8'))).toBe(false);
    }
  });

  it('shows details only by a separate, audited read that the sender sees, and to the partner only once it accepted', async () => {
    const { id } = await create(member);
    await run(member, 'sendReferral', id);
    await run(partnerUser, 'acknowledgeReferral', id);
    const reveal = (as: GqlOptions) => t.gql(`mutation($id: ID!) { revealReferralDetails(id: $id, reason: "Planning the reception") { name dateOfBirth contact } }`, { id }, as);
    expect((await reveal(partnerUser)).errors?.[0].extensions?.fields?.[0].field).toBe('id');
    await run(partnerUser, 'acceptReferral', id);
    const revealed = await reveal(partnerUser);
    expect(revealed.data.revealReferralDetails).toEqual({ name: 'Jelena Đorđević', dateOfBirth: '2006-04-02', contact: '+381 60 000 0000' });
    const reads = (await detail(id, member)).detailReads;
    expect(reads).toHaveLength(1);
    expect(reads[0].summary).toContain('Planning the reception');
    expect((await detail(id, partnerUser)).detailReads).toBeNull();
  });

  it('refuses to show identifying details without a reason, and records nothing', async () => {
    const { id } = await create(member);
    await run(member, 'sendReferral', id);
    await run(partnerUser, 'acknowledgeReferral', id);
    await run(partnerUser, 'acceptReferral', id);
    const { data, errors } = await t.gql(`mutation($id: ID!) { revealReferralDetails(id: $id, reason: " ") { name } }`, { id }, partnerUser);
    expect(data?.revealReferralDetails ?? null).toBeNull();
    expect(errors?.[0].extensions?.fields?.[0].field).toBe('reason');
    expect((await detail(id, member)).detailReads).toEqual([]);
  });

  it("orders a partner's inbox: unacknowledged first, then by urgency, then by the least time left", async () => {
    const inboxPartner = await t.factory.newOrganization({ shortName: 'LS Wien', city: 'Wien', country: 'AT' });
    await t.factory.newMembership(lsi, inboxPartner);
    await t.db.dataSource.query(`INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, '{VICTIM_ASSISTANCE_ABROAD}', '{en}', '{intake@lswien.example}')`, [
      inboxPartner.id,
    ]);
    const inboxUser = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: inboxPartner }));
    const sent = async (urgency: string) => {
      const { id } = await create(member, { partnerOrganizationId: inboxPartner.id, urgency });
      await run(member, 'sendReferral', id);
      return id;
    };
    const routine = await sent('ROUTINE');
    const acknowledgedCritical = await sent('CRITICAL');
    await run(inboxUser, 'acknowledgeReferral', acknowledgedCritical);
    const urgent = await sent('URGENT');
    const critical = await sent('CRITICAL');
    const INBOX = `query($after: String) { referrals(orderBy: INBOX, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await t.gql(INBOX, {}, inboxUser)).data.referrals;
    const second = (await t.gql(INBOX, { after: first.pageInfo.endCursor }, inboxUser)).data.referrals;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual([critical, urgent, routine, acknowledgedCritical]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lets sender and partner exchange messages on the referral', async () => {
    const { id } = await create(member);
    await run(member, 'sendReferral', id);
    await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Da li je potreban prevodilac?") { id } }`, { id }, partnerUser);
    await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Da, za srpski.") { id } }`, { id }, member);
    expect((await detail(id, member)).messages.map((m: any) => m.body)).toEqual(['Da li je potreban prevodilac?', 'Da, za srpski.']);
  });

  it('security: stores messages, decline and close reasons and timeline notes only encrypted: raw SQL finds none of their words', async () => {
    const closed = await create(member);
    await run(member, 'sendReferral', closed.id);
    for (const name of ['acknowledgeReferral', 'acceptReferral', 'startReferral']) await run(partnerUser, name, closed.id);
    await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Jelena stiže autobusom u Kijev u 6:40") { body } }`, { id: closed.id }, member);
    await run(partnerUser, 'closeReferral', closed.id, ', outcome: SUCCESSFUL, reason: "Jelena smeštena kod tetke u Lavovu"');
    const declined = await create(member);
    await run(member, 'sendReferral', declined.id);
    await run(partnerUser, 'acknowledgeReferral', declined.id);
    await run(partnerUser, 'declineReferral', declined.id, ', reason: "Trudnoća u sedmom mesecu, nemamo smeštaj"');

    const rows = await t.db.dataSource.query(
      `SELECT r::text AS row FROM referrals r WHERE id = ANY($1)
       UNION ALL SELECT e::text FROM referral_events e WHERE referral_id = ANY($1)
       UNION ALL SELECT m::text FROM referral_messages m WHERE referral_id = ANY($1)`,
      [[closed.id, declined.id]],
    );
    const raw = rows.map((r: { row: string }) => r.row).join('\n');
    for (const words of ['autobusom', 'Kijev', 'tetke', 'Lavovu', 'Trudnoća', 'smeštaj', 'Jelena']) expect([words, raw.includes(words)]).toEqual([words, false]);
    const [columns] = await t.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM referral_messages WHERE referral_id = $1 AND body_ciphertext IS NOT NULL) AS messages,
              (SELECT count(*)::int FROM referral_events WHERE referral_id = $1 AND note_ciphertext IS NOT NULL) AS notes,
              (SELECT outcome_reason_key_id FROM referrals WHERE id = $1) AS key`,
      [closed.id],
    );
    expect(columns).toEqual({ messages: 1, notes: 1, key: 'test1' });
    // Those who may read the referral read them as written.
    const shown = await detail(closed.id, member);
    expect(shown.outcomeReason).toBe('Jelena smeštena kod tetke u Lavovu');
    expect(shown.messages.map((m: { body: string }) => m.body)).toEqual(['Jelena stiže autobusom u Kijev u 6:40']);
    expect((await detail(declined.id, partnerUser)).declineReason).toBe('Trudnoća u sedmom mesecu, nemamo smeštaj');
  });

  it("security: reading a referral's thread is an audited read, once per referral and request; a list without the texts is not", async () => {
    const { id } = await create(member);
    await run(member, 'sendReferral', id);
    await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Da li je potreban prevodilac?") { id } }`, { id }, partnerUser);
    const reads = () => t.db.dataSource.query(`SELECT actor_user_id, actor_organization_id, summary FROM audit_log WHERE action = 'referral.thread_read' AND entity_id = $1`, [id]);
    expect(await reads()).toEqual([]);

    await t.gql(`query { referrals(first: 50) { edges { node { id status timeline { toStatus } } } } }`, {}, member);
    await t.gql(`query($id: ID!) { referral(id: $id) { status hasDetails } }`, { id }, coordinator);
    expect(await reads()).toEqual([]);

    await t.gql(`query($id: ID!) { referral(id: $id) { declineReason outcomeReason timeline { note } messages { body } } }`, { id }, member);
    expect(await reads()).toEqual([{ actor_user_id: memberId, actor_organization_id: paor.id, summary: expect.any(String) }]);
    await t.gql(`query { referrals(first: 50) { edges { node { id messages { body } } } } }`, {}, coordinator);
    expect(await reads()).toHaveLength(2);
    // Someone who may not see the referral reads nothing, and leaves no entry.
    const hidden = await t.gql(`query($id: ID!) { referral(id: $id) { messages { body } } }`, { id }, otherMember);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await reads()).toHaveLength(2);
  });

  describe('who sees what', () => {
    it("hides another member's referral and another partner's as if they did not exist", async () => {
      const { id } = await create(member);
      await run(member, 'sendReferral', id);
      expect((await t.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, otherMember)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, otherPartnerUser)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await run(otherPartnerUser, 'acknowledgeReferral', id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('shows partners nothing before it is sent, coordinators everything, evaluators no single referral', async () => {
      const { id } = await create(member);
      expect((await t.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, partnerUser)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, coordinator)).data.referral.id).toBe(id);
      expect((await t.gql(`{ referrals { totalCount } }`, {}, evaluator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input changes nothing', () => {
    const count = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM referrals`))[0].n;

    it.each([
      ['an unknown partner', () => ({ partnerOrganizationId: '00000000-0000-4000-8000-000000000000' }), 'partnerOrganizationId'],
      ['a member organization as partner', () => ({ partnerOrganizationId: paor.id }), 'partnerOrganizationId'],
      ['a category the partner does not accept', () => ({ category: 'LEGAL_AID' }), 'category'],
      ['identifying details without consent', () => ({ consent: undefined }), 'consent'],
      ['identifying details on a policy-monitoring referral', () => ({ category: 'POLICY_MONITORING', person: undefined }), 'details'],
      ['a person on a policy-monitoring referral', () => ({ category: 'POLICY_MONITORING', details: undefined, consent: undefined }), 'person'],
      ['a malformed country', () => ({ person: { citizenship: 'Serbia' } }), 'person.citizenship'],
    ])('refuses %s, naming the field', async (_, overrides, field) => {
      const before = await count();
      const { errors } = await t.gql(CREATE, { input: victimReferral(overrides()) }, member);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('accepts details of a missing child with a legal basis instead of consent', async () => {
      const { hasDetails } = await create(member, {
        category: 'MISSING_CHILD',
        consent: undefined,
        legalBasis: 'Zakon o policiji, čl. 73 – potraga za nestalim detetom',
        details: { name: 'Dete X', photoLink: 'https://photos.example/x.jpg' },
      });
      expect(hasDetails).toBe(true);
    });
  });
});
