import './referrals.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { gql } from '../../api/client';
import { fieldProblems } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { CodesReadAs } from '../../components/codes-read-as';
import { translateReason } from '../../i18n/reasons';
import { Problem } from '../../components/problem';
import type { CreateReferralInput, ReferralCategory, ReferralUrgency } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n';
import { countryChoices, countryName } from '../../i18n/regions';
import { AGE_GROUPS, CreateReferralMutation, EXPLOITATION_TYPES, GENDERS, REFERRAL_CATEGORIES, ReferralPartnersQuery, SendReferralMutation, SERVICES, URGENCIES } from './referral-documents';

interface Consent {
  givenBy: string;
  givenAt: string;
  method: string;
  purpose: string;
}

const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const optional = (value: FormDataEntryValue | null) => String(value ?? '').trim() || undefined;

function FieldProblem({ problems, name }: { problems: Record<string, string>; name: string }) {
  const { t, i18n } = useTranslation();
  return problems[name] ? (
    <p className="field-problem" id={`${name.replace(/\./g, '-')}-problem`}>
      {translateReason(problems[name], t, i18n.language)}
    </p>
  ) : null;
}

/**
 * A referral as a guided form: the consent (or, for a missing child, the legal basis) first, and
 * no identifying field before it is recorded; then urgency and the person in HTCDS statistical
 * fields, then a partner among those accepting the category, with its due time, and send.
 */
export default function NewReferralPage() {
  const { t, i18n } = useTranslation();
  const [languages, setLanguages] = useState<string[]>([]);
  const countries = useMemo(() => countryChoices(i18n.language === 'en' ? 'en' : 'sr'), [i18n.language]);
  const navigate = useNavigate();
  const [category, setCategory] = useState<ReferralCategory | ''>('');
  const [consent, setConsent] = useState<Consent | null>(null);
  const [legalBasis, setLegalBasis] = useState<string | null>(null);
  const [urgency, setUrgency] = useState<ReferralUrgency>('URGENT');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const noPerson = category === 'POLICY_MONITORING';
  const missingChild = category === 'MISSING_CHILD';
  const basisRecorded = noPerson || (missingChild ? legalBasis !== null : consent !== null);
  const partners = useQuery(ReferralPartnersQuery, { category: (category || 'LEGAL_AID') as ReferralCategory, urgency }, { skip: !category || !basisRecorded });
  const problems = fieldProblems(error);

  const recordBasis = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (missingChild) setLegalBasis(String(form.get('legalBasis') ?? '').trim());
    else setConsent({ givenBy: String(form.get('givenBy')).trim(), givenAt: String(form.get('givenAt')), method: String(form.get('method')).trim(), purpose: String(form.get('purpose')).trim() });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: CreateReferralInput = {
      category: category as ReferralCategory,
      urgency,
      partnerOrganizationId: String(form.get('partner') ?? ''),
      requestedServices: form.getAll('services').map(String) as CreateReferralInput['requestedServices'],
    };
    if (!noPerson) {
      const age = optional(form.get('ageBroad'));
      const gender = optional(form.get('gender'));
      input.person = {
        caseCode: optional(form.get('caseCode')),
        ageBroad: age as never,
        gender: gender as never,
        citizenship: optional(form.get('citizenship'))?.toUpperCase(),
        countryOfOrigin: optional(form.get('countryOfOrigin'))?.toUpperCase(),
        countryOfExploitation: optional(form.get('countryOfExploitation'))?.toUpperCase(),
        languages: list(form.get('languages')),
        typeOfExploitation: form.getAll('typeOfExploitation').map(String) as never,
      };
      const details = {
        name: optional(form.get('name')),
        dateOfBirth: optional(form.get('dateOfBirth')),
        contact: optional(form.get('contact')),
        lastKnownLocation: optional(form.get('lastKnownLocation')),
        photoLink: optional(form.get('photoLink')),
      };
      if (Object.values(details).some(Boolean)) input.details = details;
      if (consent) input.consent = { ...consent, givenAt: `${consent.givenAt}T12:00:00Z` };
      if (missingChild && legalBasis) input.legalBasis = legalBasis;
    }
    setBusy(true);
    setError(null);
    try {
      const { createReferral } = await gql(CreateReferralMutation, { input });
      const { sendReferral } = await gql(SendReferralMutation, { id: createReferral.id });
      void navigate(`/referrals/${createReferral.id}`, { state: { notice: t('create.sent', { reference: sendReferral.reference, org: sendReferral.partnerOrganization.shortName }) } });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('create.heading')}</h1>
      <p>{t('create.intro')}</p>

      <form onSubmit={recordBasis} aria-labelledby="step1">
        <h2 id="step1">{t('create.step1')}</h2>
        <div className="field">
          <label htmlFor="category">{t('create.category')}</label>
          <select
            id="category"
            value={category}
            required
            disabled={basisRecorded && !noPerson}
            onChange={(event) => {
              setCategory(event.target.value as ReferralCategory);
              setConsent(null);
              setLegalBasis(null);
            }}
          >
            <option value="">{t('create.pickCategory')}</option>
            {REFERRAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`refCategory.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {category && noPerson && <p>{t('create.noPerson')}</p>}
        {category && !noPerson && !basisRecorded && (
          <>
            {missingChild ? (
              <div className="field">
                <label htmlFor="legalBasis">{t('create.legalBasis')}</label>
                <textarea id="legalBasis" name="legalBasis" rows={2} required minLength={3} maxLength={500} />
              </div>
            ) : (
              <>
                <div className="field">
                  <label htmlFor="givenBy">{t('create.consentGivenBy')}</label>
                  <input id="givenBy" name="givenBy" required maxLength={200} autoComplete="off" />
                </div>
                <div className="field">
                  <label htmlFor="givenAt">{t('create.consentGivenAt')}</label>
                  <input id="givenAt" name="givenAt" type="date" required max={new Date().toISOString().slice(0, 10)} />
                </div>
                <div className="field">
                  <label htmlFor="method">{t('create.consentMethod')}</label>
                  <input id="method" name="method" required maxLength={200} autoComplete="off" />
                </div>
                <div className="field">
                  <label htmlFor="purpose">{t('create.consentPurpose')}</label>
                  <input id="purpose" name="purpose" required maxLength={500} autoComplete="off" />
                </div>
              </>
            )}
            <button type="submit" className="primary">
              {t('create.recordConsent')}
            </button>
          </>
        )}
        {consent && (
          <p className="notice" role="status">
            {t('create.consentRecorded', { by: consent.givenBy, at: formatDate(consent.givenAt) })}{' '}
            <button type="button" className="link-button" onClick={() => setConsent(null)}>
              {t('create.changeConsent')}
            </button>
          </p>
        )}
        {missingChild && legalBasis !== null && (
          <p className="notice" role="status">
            {t('create.legalBasisRecorded')}{' '}
            <button type="button" className="link-button" onClick={() => setLegalBasis(null)}>
              {t('create.changeConsent')}
            </button>
          </p>
        )}
      </form>

      {category && basisRecorded && (
        <form onSubmit={(event) => void submit(event)} noValidate={false}>
          <fieldset>
            <legend>
              <h2>{t('create.step2')}</h2>
            </legend>
            <div className="field">
              <label htmlFor="urgency">{t('create.urgency')}</label>
              <select id="urgency" value={urgency} onChange={(event) => setUrgency(event.target.value as ReferralUrgency)}>
                {URGENCIES.map((u) => (
                  <option key={u} value={u}>
                    {t(`refUrgency.${u}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="checks">
              <legend>{t('create.services')}</legend>
              {SERVICES.map((s) => (
                <label key={s} className="check">
                  <input type="checkbox" name="services" value={s} /> {t(`refService.${s}`)}
                </label>
              ))}
            </fieldset>
            {!noPerson && (
              <>
                <div className="field">
                  <label htmlFor="caseCode">{t('create.caseCode')}</label>
                  <input id="caseCode" name="caseCode" maxLength={50} autoComplete="off" />
                  <FieldProblem problems={problems} name="person.caseCode" />
                </div>
                <div className="field">
                  <label htmlFor="ageBroad">{t('create.age')}</label>
                  <select id="ageBroad" name="ageBroad" defaultValue="">
                    <option value="">{t('create.unknown')}</option>
                    {AGE_GROUPS.filter((a) => a !== 'UNKNOWN').map((a) => (
                      <option key={a} value={a}>
                        {t(`refAge.${a}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="gender">{t('create.gender')}</label>
                  <select id="gender" name="gender" defaultValue="">
                    <option value="">{t('create.unknown')}</option>
                    {GENDERS.filter((g) => g !== 'UNKNOWN').map((g) => (
                      <option key={g} value={g}>
                        {t(`refGender.${g}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {(['citizenship', 'countryOfOrigin', 'countryOfExploitation'] as const).map((name) => (
                  <div className="field" key={name}>
                    <label htmlFor={name}>{t(`create.${name === 'citizenship' ? 'citizenship' : name === 'countryOfOrigin' ? 'origin' : 'exploitationCountry'}`)}</label>
                    <select id={name} name={name} defaultValue="" aria-describedby={problems[`person.${name}`] ? `person-${name}-problem` : undefined}>
                      <option value="">{t('create.unknown')}</option>
                      {countries.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                    <FieldProblem problems={problems} name={`person.${name}`} />
                  </div>
                ))}
                <div className="field">
                  <label htmlFor="languages">{t('create.languages')}</label>
                  <input id="languages" name="languages" autoComplete="off" aria-describedby="languages-read" onChange={(e) => setLanguages(list(e.target.value))} />
                  <CodesReadAs id="languages-read" kind="language" codes={languages} />
                  <FieldProblem problems={problems} name="person.languages" />
                </div>
                <fieldset className="checks">
                  <legend>{t('create.exploitation')}</legend>
                  {EXPLOITATION_TYPES.map((e) => (
                    <label key={e} className="check">
                      <input type="checkbox" name="typeOfExploitation" value={e} /> {t(`refExploitation.${e}`)}
                    </label>
                  ))}
                </fieldset>
              </>
            )}
          </fieldset>
          {!noPerson && (
            <fieldset>
              <legend>
                <h2>{t('create.step3')}</h2>
              </legend>
              {(['name', 'dateOfBirth', 'contact', 'lastKnownLocation', 'photoLink'] as const).map((name) => (
                <div className="field" key={name}>
                  <label htmlFor={`details-${name}`}>{t(`create.${name}`)}</label>
                  <input id={`details-${name}`} name={name} autoComplete="off" maxLength={500} />
                  <FieldProblem problems={problems} name={`details.${name}`} />
                </div>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>
              <h2>{t('create.step4')}</h2>
            </legend>
            <Problem error={partners.error} />
            {partners.loading && <p role="status">{t('create.partnersLoading')}</p>}
            {partners.data && partners.data.referralPartners.length === 0 && <p role="status">{t('create.partnersNone')}</p>}
            {partners.data?.referralPartners.map((p, index) => (
              <label key={p.organization.id} className="check partner-choice">
                <input type="radio" name="partner" value={p.organization.id} required defaultChecked={index === 0} />{' '}
                {t('create.dueShown', { org: p.organization.shortName, country: (p.countriesCovered.length ? p.countriesCovered : [p.organization.country]).filter(Boolean).map(countryName).join(', '), due: formatDateTime(p.acknowledgeDueAt) })}
              </label>
            ))}
            <FieldProblem problems={problems} name="partnerOrganizationId" />
          </fieldset>
          <h2>{t('create.step5')}</h2>
          {Object.keys(problems).length > 0 && (
            <p className="problem" role="alert">
              {t('create.errors')} {Object.entries(problems).map(([field, reason]) => `${field}: ${reason}`).join('; ')}
            </p>
          )}
          {Object.keys(problems).length === 0 && <Problem error={error} />}
          <button type="submit" className="primary" disabled={busy || !partners.data?.referralPartners.length}>
            {t('create.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
