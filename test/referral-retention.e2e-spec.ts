import { Clock, Language } from '@app/common';
import { AppConfig } from '@app/config';
import { renderMail } from '@app/mail';
import { OrganizationKind } from '@app/organizations';
import { ReferralRetentionService } from '@app/referrals';
import { Role } from '@app/policy';
import { caseWithDetails, newPartner, newReferral, step } from './factories/referral-factory';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const NAME = 'Milica Retentova';
const NOW = new Date(Date.UTC(2026, 5, 15, 12, 0, 0));
const monthsAgo = (months: number, days = 0) => {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
};

describe('retention: identifying details are erased 24 months after a referral ends', () => {
  let t: TestApp;
  let clock: jest.SpyInstance<Date, []>;
  let asStaff: GqlOptions;
  let asPartner: GqlOptions;
  let partnerId: string;

  /** A referral with details, taken through the lifecycle through the API, ending (closed) at `endedAt`. */
  const closedAt = async (endedAt: Date, name = NAME) => {
    clock.mockReturnValue(new Date(endedAt.getTime() - 3_600_000));
    const referral = await newReferral(t, asStaff, caseWithDetails(partnerId, { name, caseCode: 'ZR-44' }));
    for (const mutation of ['acknowledgeReferral', 'acceptReferral', 'startReferral']) await step(t, asPartner, mutation, referral.id);
    clock.mockReturnValue(endedAt);
    await step(t, asPartner, 'closeReferral', referral.id, ', outcome: SUCCESSFUL');
    return referral;
  };
  const row = async (id: string) => (await t.db.dataSource.query(`SELECT * FROM referrals WHERE id = $1`, [id]))[0];

  const DAY = 86_400_000;
  const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
  const MILICA = 'Milica (b. 2011) reunited with mother in Graz';
  const THREAD_QUERY = `query($id: ID!) { referral(id: $id) { declineReason outcomeReason timeline { toStatus note } messages { body } } }`;
  let sender: { id: string; email: string };

  /** Whether any referral table, or the audit log, still holds `text` anywhere, in clear or as bytes. */
  const stored = async (text: string) => {
    const [{ n }] = await t.db.dataSource.query(
      `SELECT (SELECT count(*) FROM referrals r WHERE r::text ILIKE '%' || $1 || '%')
            + (SELECT count(*) FROM referral_events e WHERE e::text ILIKE '%' || $1 || '%')
            + (SELECT count(*) FROM referral_messages m WHERE m::text ILIKE '%' || $1 || '%')
            + (SELECT count(*) FROM audit_log a WHERE a::text ILIKE '%' || $1 || '%')
            + (SELECT count(*) FROM mail_outbox o WHERE o::text ILIKE '%' || $1 || '%') AS n`,
      [text],
    );
    return Number(n) > 0;
  };
  /** Moves everything that happened on a referral back to `when`, as if nobody had touched it since. */
  const quietSince = async (id: string, when: Date) => {
    await t.db.dataSource.query(`UPDATE referrals SET updated_at = $2, created_at = $2 WHERE id = $1`, [id, when]);
    await t.db.dataSource.query(`UPDATE referral_events SET occurred_at = $2 WHERE referral_id = $1`, [id, when]);
    await t.db.dataSource.query(`UPDATE referral_messages SET created_at = $2 WHERE referral_id = $1`, [id, when]);
  };
  const warnings = (id: string): Promise<{ recipient: string; language: string; params: Record<string, string> }[]> =>
    t.db.dataSource.query(`SELECT recipient, language, params FROM mail_outbox WHERE template = 'referral-retention-warning' AND params->>'link' LIKE '%' || $1 ORDER BY created_at`, [id]);
  const message = (as: GqlOptions, id: string, body: string) => t.gql(`mutation($id: ID!, $body: String!) { addReferralMessage(id: $id, body: $body) { id } }`, { id, body }, as);

  beforeAll(async () => {
    t = await startTestApp('api');
    clock = jest.spyOn(t.app.get(Clock), 'now');
    const senderOrg = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Zrenjanin' });
    const { partner } = await newPartner(t);
    partnerId = partner.id;
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: senderOrg, language: Language.EN });
    asStaff = await t.as(staff);
    sender = staff;
    asPartner = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: partner }));
  });

  afterAll(() => t.close());

  it('never stores the details in clear: the raw column does not contain the name', async () => {
    const referral = await closedAt(monthsAgo(1));
    const { details_ciphertext: bytes, details_key_id: keyId } = await row(referral.id);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(keyId).toBe('test1');
    for (const secret of [NAME, 'Retentova', '2007-04-02', '+381 64']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(secret);
    }
  });

  it('erases the details after the retention period, keeps the statistical fields and consent, and audits each erasure', async () => {
    const old = await closedAt(monthsAgo(24, 1));
    const recent = await closedAt(monthsAgo(23));
    // Withdrawn long ago (closed_at), and declined long ago (its last change).
    clock.mockReturnValue(monthsAgo(30));
    const withdrawn = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Other Person' }));
    await step(t, asStaff, 'withdrawReferral', withdrawn.id, ', reason: "Returned home"');
    const declined = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Third Person' }));
    await step(t, asPartner, 'acknowledgeReferral', declined.id);
    await step(t, asPartner, 'declineReferral', declined.id, ', reason: "No capacity"');
    await t.db.dataSource.query(`UPDATE referrals SET updated_at = $2 WHERE id = $1`, [declined.id, monthsAgo(25)]);
    // Still open after years: the details stay while the case is worked on.
    const open = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Fourth Person' }));
    const before = await row(old.id);

    clock.mockReturnValue(NOW);
    expect(await t.app.get(ReferralRetentionService).run()).toEqual({ erased: 3, warned: 0 });

    const after = await row(old.id);
    expect(after).toMatchObject({ details_ciphertext: null, details_key_id: null, details_erased_at: NOW });
    // Everything the reports count on, and the record of the legal basis, is untouched.
    for (const column of ['status', 'category', 'urgency', 'outcome', 'gender', 'age_broad', 'citizenship', 'country_of_exploitation', 'type_of_exploitation', 'sent_at', 'acknowledged_at', 'closed_at', 'case_code', 'consent_given_at', 'consent_given_by', 'consent_purpose', 'consent_method']) {
      expect([column, after[column]]).toEqual([column, before[column]]);
    }
    expect((await row(withdrawn.id)).details_ciphertext).toBeNull();
    expect((await row(declined.id)).details_ciphertext).toBeNull();
    expect((await row(recent.id)).details_ciphertext).not.toBeNull();
    expect((await row(open.id)).details_ciphertext).not.toBeNull();

    const audit = await t.db.dataSource.query(`SELECT entity_id, actor_user_id, changed_fields, summary FROM audit_log WHERE action = 'referral.details_erase' ORDER BY entity_id`);
    expect(audit.map((a: { entity_id: string }) => a.entity_id)).toEqual([old.id, withdrawn.id, declined.id].sort());
    expect(audit[0]).toMatchObject({ actor_user_id: null, changed_fields: expect.arrayContaining(['detailsCiphertext', 'detailsKeyId', 'messages', 'timelineNotes']) });
    expect(JSON.stringify(audit)).not.toMatch(/Retentova|Other Person|Third Person|ZR-44/);

    // A second pass finds nothing more to do.
    expect(await t.app.get(ReferralRetentionService).run()).toEqual({ erased: 0, warned: 0 });
  });

  it('shows the erasure to those who may read the referral, and has no details left to reveal', async () => {
    const old = await closedAt(monthsAgo(36));
    clock.mockReturnValue(NOW);
    await t.app.get(ReferralRetentionService).run();
    const { data, errors } = await t.gql(
      `mutation($id: ID!) { revealReferralDetails(id: $id, reason: "Planning the reception") { name } }`,
      { id: old.id },
      asStaff,
    );
    expect(errors).toBeUndefined();
    expect(data.revealReferralDetails).toBeNull();
    const shown = await t.gql(`query($id: ID!) { referral(id: $id) { hasDetails detailsErasedAt gender } }`, { id: old.id }, asStaff);
    expect(shown.data.referral).toEqual({ hasDetails: false, detailsErasedAt: NOW.toISOString(), gender: 'FEMALE' });
  });

  it(`security: the close reason "${'Milica (b. 2011) reunited with mother in Graz'}", the messages and the timeline notes do not survive retention`, async () => {
    clock.mockReturnValue(monthsAgo(30));
    const referral = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Milica Grazova' }));
    for (const mutation of ['acknowledgeReferral', 'acceptReferral', 'startReferral']) await step(t, asPartner, mutation, referral.id);
    await message(asStaff, referral.id, 'Milica is 14 and speaks German; her mother lives in Graz');
    await message(asPartner, referral.id, 'We met Milica at the station in Graz');
    await step(t, asPartner, 'closeReferral', referral.id, `, outcome: SUCCESSFUL, reason: "${MILICA}"`);
    const before = await t.gql(THREAD_QUERY, { id: referral.id }, asStaff);
    expect(before.data.referral.outcomeReason).toBe(MILICA);
    expect(before.data.referral.timeline.at(-1)).toEqual({ toStatus: 'CLOSED', note: MILICA });
    expect(before.data.referral.messages).toHaveLength(2);
    // Encrypted from the start: no column of any table holds the words.
    for (const words of [MILICA, 'Graz', 'Milica', 'mother']) expect([words, await stored(words)]).toEqual([words, false]);

    clock.mockReturnValue(NOW);
    const { erased } = await t.app.get(ReferralRetentionService).run();
    expect(erased).toBeGreaterThanOrEqual(1);

    const [row] = await t.db.dataSource.query(`SELECT details_ciphertext, outcome_reason_ciphertext, outcome_reason_key_id, decline_reason_ciphertext, outcome, status FROM referrals WHERE id = $1`, [referral.id]);
    expect(row).toEqual({ details_ciphertext: null, outcome_reason_ciphertext: null, outcome_reason_key_id: null, decline_reason_ciphertext: null, outcome: 'SUCCESSFUL', status: 'CLOSED' });
    expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM referral_messages WHERE referral_id = $1`, [referral.id])).toEqual([{ n: 0 }]);
    expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND note_ciphertext IS NOT NULL`, [referral.id])).toEqual([{ n: 0 }]);
    const after = await t.gql(THREAD_QUERY, { id: referral.id }, asStaff);
    expect(after.data.referral).toEqual({
      declineReason: null,
      outcomeReason: null,
      timeline: ['DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED'].map((toStatus) => ({ toStatus, note: null })),
      messages: [],
    });
  });

  it('security: a draft nobody touches is erased after REFERRAL_DRAFT_RETENTION_DAYS, once its sender was warned by mail in their language, with nothing about the person', async () => {
    clock.mockReturnValue(monthsAgo(8));
    const draft = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Draga Nacrtić', caseCode: 'ZR-DRAFT-9' }), { send: false });
    // 170 days quiet: within 14 days of the 180 days a draft is kept.
    await quietSince(draft.id, daysAfter(NOW, -170));
    const retention = t.app.get(ReferralRetentionService);

    clock.mockReturnValue(NOW);
    expect(await retention.run()).toMatchObject({ warned: 1 });
    const [warning] = await warnings(draft.id);
    expect(warning).toMatchObject({ recipient: sender.email, language: 'en' });
    expect(warning.params).toEqual({ reference: expect.stringMatching(/^AT-/), eraseAt: daysAfter(NOW, 14).toISOString(), state: 'draft', link: `${t.app.get(AppConfig).webPublicUrl}/referrals/${draft.id}` });
    for (const language of [Language.SR, Language.EN]) {
      const mail = renderMail('referral-retention-warning', language, warning.params as never);
      expect(mail.text).not.toMatch(/Draga|Nacrtić|ZR-DRAFT|2007-04-02|\+381/);
      expect(mail.text).toContain(warning.params.reference);
    }
    expect(JSON.stringify(await t.db.dataSource.query(`SELECT summary FROM audit_log WHERE action = 'referral.retention_warn' AND entity_id = $1`, [draft.id]))).not.toMatch(/Draga|ZR-DRAFT/);

    // Kept through the warning period, and warned only once.
    clock.mockReturnValue(daysAfter(NOW, 13));
    expect(await retention.run()).toMatchObject({ warned: 0 });
    expect((await row(draft.id)).details_ciphertext).not.toBeNull();
    expect(await warnings(draft.id)).toHaveLength(1);

    clock.mockReturnValue(daysAfter(NOW, 14));
    expect((await retention.run()).erased).toBeGreaterThanOrEqual(1);
    expect(await row(draft.id)).toMatchObject({ details_ciphertext: null, details_erased_at: daysAfter(NOW, 14), status: 'DRAFT', case_code: 'ZR-DRAFT-9' });
  });

  it('security: an open referral nobody writes on is erased after REFERRAL_STALE_RETENTION_MONTHS and a warning; a message after the warning keeps it', async () => {
    clock.mockReturnValue(monthsAgo(20));
    const stale = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Stara Otvorena' }));
    const revived = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Ponovo Aktivna' }));
    for (const id of [stale.id, revived.id]) {
      await step(t, asPartner, 'acknowledgeReferral', id);
      await message(asPartner, id, 'Still looking for a shelter place');
      await quietSince(id, daysAfter(monthsAgo(12), 10));
    }
    const retention = t.app.get(ReferralRetentionService);
    clock.mockReturnValue(NOW);
    expect(await retention.run()).toMatchObject({ warned: 2 });
    expect((await warnings(stale.id))[0].params.state).toBe('open');

    // The partner writes after the warning: the wait starts again, the referral stays.
    await message(asPartner, revived.id, 'Found one, moving her on Monday');
    clock.mockReturnValue(daysAfter(NOW, 14));
    await retention.run();
    expect(await row(stale.id)).toMatchObject({ details_ciphertext: null, status: 'ACKNOWLEDGED' });
    expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM referral_messages WHERE referral_id = $1`, [stale.id])).toEqual([{ n: 0 }]);
    expect((await row(revived.id)).details_ciphertext).not.toBeNull();
    const { data } = await t.gql(`query($id: ID!) { referral(id: $id) { messages { body } } }`, { id: revived.id }, asStaff);
    expect(data.referral.messages).toHaveLength(2);
  });
});
