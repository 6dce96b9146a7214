import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { gql } from '../../api/client';
import { ApiError, fieldProblems, OfflineError } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import type { ActivityFieldsFragment, FormReferencesQuery as FormReferences } from '../../gql/graphql';
import { deviceMeta, outbox, REFERENCES_KEY, type ActivityDraftValues, type OutboxEntry } from '../../offline/device-store';
import { sendEntry } from '../../offline/outbox-sync';
import { formatDate } from '../../i18n';
import { useSession } from '../../session/session-context';
import { ActivityQuery, FormReferencesQuery, SubmitActivityMutation, UpdateActivityMutation } from './activity-documents';
import { ACTIVITY_TYPES, emptyValues, INSTITUTION_KINDS, TARGET_GROUPS, toUpdateInput, valuesOf } from './activity-values';
import { ConflictView } from './conflict-view';
import { translateReason } from '../../i18n/reasons';
import { problemOf, refusalInWords, refusalReasons } from './field-error';
import { ParticipantsGrid } from './participants-grid';

type References = FormReferences;

function Field({ id, label, problem, children, hint }: { id: string; label: string; problem?: string; children: ReactNode; hint?: string }) {
  return (
    <div className={`field${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}

const newDraftKey = (userId: string) => `form:new:${userId}`;

/**
 * Logs a new activity or edits one. A new activity is first kept on this device, then sent
 * once (idempotency key); offline it simply waits. An edit names the version it read, and a
 * CONFLICT shows both versions without losing what was typed.
 */
export function ActivityFormPage() {
  const { t, i18n } = useTranslation();
  const { id, localId } = useParams();
  const navigate = useNavigate();
  const { user, status } = useSession();
  const references = useQuery(FormReferencesQuery, {}, { skip: status !== 'signed-in' });
  const existing = useQuery(ActivityQuery, { id: id ?? '' }, { skip: !id || status !== 'signed-in' });
  const [values, setValues] = useState<ActivityDraftValues | null>(null);
  const [entry, setEntry] = useState<OutboxEntry | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ActivityFieldsFragment | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [keptReferences, setKeptReferences] = useState<References | undefined>();

  // The choices (age bands, goals, members) are kept on the device, so the form works offline.
  useEffect(() => {
    if (references.data) void deviceMeta.set(REFERENCES_KEY, references.data);
    else if (references.error || status !== 'signed-in') void deviceMeta.get<References>(REFERENCES_KEY).then(setKeptReferences);
  }, [references.data, references.error, status]);

  // Load what the form starts from: the saved activity, the device's draft, or a new form (restored if one was being typed).
  useEffect(() => {
    if (id) {
      if (existing.data && values === null) {
        setValues(valuesOf(existing.data.activity));
        setVersion(existing.data.activity.version);
      }
      return;
    }
    if (!user || values !== null) return;
    void (async () => {
      if (localId) {
        const kept = await outbox.get(localId);
        if (kept) {
          setEntry(kept);
          setValues(kept.values);
          setProblems(kept.refusal?.fields ?? {});
        }
        return;
      }
      setValues((await deviceMeta.get<ActivityDraftValues>(newDraftKey(user.id))) ?? emptyValues());
    })();
  }, [id, localId, user, existing.data, values]);

  // What is typed into a new form is kept on the device as it is typed: a reload or a closed tab loses nothing.
  useEffect(() => {
    if (id || localId || !user || !values) return;
    const timer = setTimeout(() => void deviceMeta.set(newDraftKey(user.id), values), 300);
    return () => clearTimeout(timer);
  }, [id, localId, user, values]);

  const refs: References | undefined = references.data ?? keptReferences;
  const period = useMemo(() => {
    const periods = refs?.strategyPeriods.edges.map((e) => e.node) ?? [];
    return values?.startsOn ? periods.find((p) => p.startsOn <= values.startsOn && values.startsOn <= p.endsOn) : undefined;
  }, [refs, values?.startsOn]);

  if (!values) return <p role="status">{existing.error ? <Problem error={existing.error} /> : t('app.loading')}</p>;

  const set = <K extends keyof ActivityDraftValues>(key: K, value: ActivityDraftValues[K]) => setValues({ ...values, [key]: value });
  const toggle = (key: 'targetGroups' | 'goalIds' | 'coOrganizerIds', item: string) => {
    const removing = values[key].includes(item);
    const next = { ...values, [key]: removing ? values[key].filter((x) => x !== item) : [...values[key], item] };
    // A goal no longer served takes its indicator contributions with it.
    if (key === 'goalIds' && removing) {
      const dropped = new Set(period?.goals.find((g) => g.id === item)?.indicators.map((i) => i.id));
      next.indicatorValues = Object.fromEntries(Object.entries(values.indicatorValues).filter(([indicatorId]) => !dropped.has(indicatorId)));
    }
    setValues(next);
  };
  const problem = (field: string) => {
    const reason = problemOf(problems, field);
    return reason ? translateReason(reason, t, i18n.language) : undefined;
  };
  const describe = (field: string) => (problem(field) ? `${field}-problem` : undefined);
  const en = i18n.language === 'en';

  const showProblems = (failure: unknown) => {
    setProblems(fieldProblems(failure));
    setError(failure);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const saveNew = async (submit: boolean) => {
    if (!user) return;
    const kept: OutboxEntry = {
      localId: entry?.localId ?? crypto.randomUUID(),
      clientRequestId: entry?.clientRequestId ?? crypto.randomUUID(),
      userId: user.id,
      values,
      submit,
      status: 'WAITING',
      savedAt: entry?.savedAt ?? new Date().toISOString(),
    };
    await outbox.put(kept);
    await deviceMeta.remove(newDraftKey(user.id));
    if (status !== 'signed-in' || !navigator.onLine) return navigate('/', { state: { notice: t('form.savedOffline') } });
    const result = await sendEntry(kept);
    if (result.kind === 'waiting') return navigate('/', { state: { notice: t('form.savedOffline') } });
    if (result.kind === 'refused') {
      setEntry({ ...kept, status: 'REFUSED' });
      if (!localId) void navigate(`/activities/device/${kept.localId}`, { replace: true });
      return showProblems(result.error);
    }
    // Saved, but not submitted (a goal missing, a locked period): the activity's page says why, as a problem.
    const notSubmitted = result.submitError && (refusalReasons(result.submitError, t, i18n.language) ?? result.submitError.message);
    void navigate(`/activities/${result.activity.id}`, { state: notSubmitted ? { notSubmitted } : { notice: submit ? t('activity.submitted') : t('form.saved') } });
  };

  const saveExisting = async (submit: boolean, overVersion?: number) => {
    if (!id || version === null) return;
    try {
      const { updateActivity } = await gql(UpdateActivityMutation, { id, input: toUpdateInput(values, overVersion ?? version) });
      setVersion(updateActivity.version);
      setConflict(null);
      if (submit) await gql(SubmitActivityMutation, { id });
      void navigate(`/activities/${id}`, { state: { notice: submit ? t('activity.submitted') : t('form.saved') } });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        const { activity } = await gql(ActivityQuery, { id });
        setConflict(activity);
        return;
      }
      if (failure instanceof OfflineError) return setError(failure);
      showProblems(failure);
    }
  };

  const save = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    setProblems({});
    try {
      if (id) await saveExisting(submit);
      else await saveNew(submit);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void save(submitter?.value === 'submit');
  };

  const ageBands = [...(refs?.ageBands ?? [])].sort((a, b) => a.position - b.position);
  const members = (refs?.organizations.edges.map((e) => e.node) ?? []).filter((o) => o.id !== (existing.data?.activity.organization.id ?? user?.organizationId));
  const editing = existing.data?.activity;
  const heading = id ? t('form.editHeading') : localId ? t('form.draftHeading') : t('form.newHeading');
  const refusal = entry?.status === 'REFUSED' ? entry.refusal : undefined;

  return (
    <section>
      <h1>{heading}</h1>
      {editing?.status === 'RETURNED' && editing.reviewComment && (
        <div className="callout" role="note">
          <h2>{t('home.comment')}</h2>
          <p className="comment">{editing.reviewComment}</p>
        </div>
      )}
      {conflict && (
        <ConflictView
          theirs={conflict}
          mine={values}
          onKeepMine={() => void saveExisting(false, conflict.version)}
          onTakeTheirs={() => {
            setValues(valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      <div ref={summaryRef} tabIndex={-1} className="form-summary">
        {(Object.keys(problems).length > 0 || refusal) && (
          <div className="problem" role="alert">
            <p>{refusal && !error ? `${t('form.refused')} ${refusalInWords(refusal, t, i18n.language)}` : t('form.errors')}</p>
          </div>
        )}
        {error && Object.keys(problems).length === 0 ? <Problem error={error} /> : null}
      </div>
      {!refs && references.loading && <p role="status">{t('app.loading')}</p>}
      <form onSubmit={onSubmit} noValidate className="activity-form">
        <fieldset>
          <legend>{t('form.basics')}</legend>
          <Field id="type" label={t('form.type')} problem={problem('type')}>
            <select id="type" value={values.type} onChange={(e) => set('type', e.target.value)} aria-describedby={describe('type')}>
              {ACTIVITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="title" label={t('form.title')} problem={problem('title')}>
            <input id="title" value={values.title} required maxLength={200} onChange={(e) => set('title', e.target.value)} aria-invalid={!!problem('title')} aria-describedby={describe('title')} />
          </Field>
          <Field id="description" label={t('form.description')} problem={problem('description')}>
            <textarea id="description" rows={4} value={values.description} onChange={(e) => set('description', e.target.value)} aria-describedby={describe('description')} />
          </Field>
          <div className="row">
            <Field id="startsOn" label={t('form.startsOn')} problem={problem('startsOn')}>
              <input id="startsOn" type="date" required value={values.startsOn} onChange={(e) => set('startsOn', e.target.value)} aria-invalid={!!problem('startsOn')} aria-describedby={describe('startsOn')} />
            </Field>
            <Field id="endsOn" label={t('form.endsOn')} problem={problem('endsOn')}>
              <input id="endsOn" type="date" value={values.endsOn} min={values.startsOn || undefined} onChange={(e) => set('endsOn', e.target.value)} aria-invalid={!!problem('endsOn')} aria-describedby={describe('endsOn')} />
            </Field>
          </div>
          <Field id="city" label={t('form.city')} problem={problem('city')}>
            <input id="city" value={values.city} maxLength={100} autoComplete="address-level2" onChange={(e) => set('city', e.target.value)} aria-describedby={describe('city')} />
          </Field>
          <div className="check">
            <input id="online" type="checkbox" checked={values.online} onChange={(e) => set('online', e.target.checked)} />
            <label htmlFor="online">{t('form.online')}</label>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('form.targetGroups')}</legend>
          <div className="checks">
            {TARGET_GROUPS.map((group) => (
              <div className="check" key={group}>
                <input id={`tg-${group}`} type="checkbox" checked={values.targetGroups.includes(group)} onChange={() => toggle('targetGroups', group)} />
                <label htmlFor={`tg-${group}`}>{t(`targetGroup.${group}`)}</label>
              </div>
            ))}
          </div>
          {problem('targetGroups') && <p className="field-problem">{problem('targetGroups')}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('form.participants')}</legend>
          {ageBands.length > 0 ? (
            <ParticipantsGrid values={values} ageBands={ageBands} onChange={(key, typed) => set('participants', { ...values.participants, [key]: typed })} describedBy={describe('participants')} />
          ) : (
            <p role="status">{t('app.loading')}</p>
          )}
          {problem('participants') && (
            <p className="field-problem" id="participants-problem">
              {problem('participants')}
            </p>
          )}
          <Field id="participantsTotal" label={t('form.declaredTotal')} problem={problem('participantsTotal')}>
            <input
              id="participantsTotal"
              type="number"
              inputMode="numeric"
              min={0}
              value={values.participantsTotal}
              onChange={(e) => set('participantsTotal', e.target.value)}
              aria-describedby={describe('participantsTotal')}
            />
          </Field>
        </fieldset>

        <fieldset>
          <legend>{period ? t('form.goalsFor', { period: period.code }) : t('form.goals')}</legend>
          {!period && <p className="hint">{values.startsOn && refs ? t('form.goalsNoPlan', { date: formatDate(values.startsOn) }) : t('form.goalsPickDate')}</p>}
          {problem('goalIds') && (
            <p className="field-problem" id="goalIds-problem">
              {problem('goalIds')}
            </p>
          )}
          {period?.goals.map((goal) => (
            <div key={goal.id} className="goal">
              <div className="check">
                <input id={`goal-${goal.id}`} type="checkbox" checked={values.goalIds.includes(goal.id)} onChange={() => toggle('goalIds', goal.id)} aria-describedby={describe('goalIds')} />
                <label htmlFor={`goal-${goal.id}`}>
                  {goal.code}. {en ? goal.titleEn : goal.titleSr}
                </label>
              </div>
              {values.goalIds.includes(goal.id) &&
                goal.indicators.map((indicator) => (
                  <Field key={indicator.id} id={`indicator-${indicator.id}`} label={t('form.indicator', { code: indicator.code, name: en ? indicator.nameEn : indicator.nameSr, unit: indicator.unit })}>
                    <input
                      id={`indicator-${indicator.id}`}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      value={values.indicatorValues[indicator.id] ?? ''}
                      onChange={(e) => set('indicatorValues', { ...values.indicatorValues, [indicator.id]: e.target.value })}
                    />
                  </Field>
                ))}
            </div>
          ))}
          {problem('indicatorValues') && <p className="field-problem">{problem('indicatorValues')}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('form.coOrganizers')}</legend>
          <div className="checks">
            {members.map((member) => (
              <div className="check" key={member.id}>
                <input id={`co-${member.id}`} type="checkbox" checked={values.coOrganizerIds.includes(member.id)} onChange={() => toggle('coOrganizerIds', member.id)} />
                <label htmlFor={`co-${member.id}`}>
                  {member.shortName} ({member.city})
                </label>
              </div>
            ))}
          </div>
          {problem('coOrganizerIds') && <p className="field-problem">{problem('coOrganizerIds')}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('form.institutions')}</legend>
          {values.institutions.map((institution, index) => (
            <div className="row repeat" key={index}>
              <Field id={`institution-kind-${index}`} label={t('form.institutionKind')}>
                <select
                  id={`institution-kind-${index}`}
                  value={institution.kind}
                  onChange={(e) => set('institutions', values.institutions.map((x, i) => (i === index ? { ...x, kind: e.target.value } : x)))}
                >
                  {INSTITUTION_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`institutionKind.${kind}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`institution-name-${index}`} label={t('form.institutionName')} problem={problem(`institutions.${index}`)}>
                <input
                  id={`institution-name-${index}`}
                  value={institution.name}
                  maxLength={200}
                  onChange={(e) => set('institutions', values.institutions.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)))}
                />
              </Field>
              <button type="button" className="secondary" onClick={() => set('institutions', values.institutions.filter((_, i) => i !== index))}>
                {t('form.remove')}
                <span className="visually-hidden"> {institution.name}</span>
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set('institutions', [...values.institutions, { kind: 'SCHOOL', name: '' }])}>
            {t('form.addInstitution')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('form.media')}</legend>
          <div className="row">
            <Field id="mediaOutlets" label={t('form.mediaOutlets')} problem={problem('mediaOutlets')}>
              <input id="mediaOutlets" type="number" inputMode="numeric" min={0} value={values.mediaOutlets} onChange={(e) => set('mediaOutlets', e.target.value)} aria-describedby={describe('mediaOutlets')} />
            </Field>
            <Field id="mediaAudience" label={t('form.mediaAudience')} problem={problem('mediaAudience')}>
              <input id="mediaAudience" type="number" inputMode="numeric" min={0} value={values.mediaAudience} onChange={(e) => set('mediaAudience', e.target.value)} aria-describedby={describe('mediaAudience')} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('form.links')}</legend>
          {values.attachments.map((link, index) => (
            <div className="row repeat" key={index}>
              <Field id={`link-url-${index}`} label={t('form.linkUrl')} problem={problem(`attachments.${index}`)}>
                <input id={`link-url-${index}`} type="url" value={link.url} onChange={(e) => set('attachments', values.attachments.map((x, i) => (i === index ? { ...x, url: e.target.value } : x)))} />
              </Field>
              <Field id={`link-title-${index}`} label={t('form.linkTitle')}>
                <input id={`link-title-${index}`} value={link.title} maxLength={200} onChange={(e) => set('attachments', values.attachments.map((x, i) => (i === index ? { ...x, title: e.target.value } : x)))} />
              </Field>
              <button type="button" className="secondary" onClick={() => set('attachments', values.attachments.filter((_, i) => i !== index))}>
                {t('form.remove')}
                <span className="visually-hidden"> {link.url}</span>
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set('attachments', [...values.attachments, { url: '', title: '' }])}>
            {t('form.addLink')}
          </button>
        </fieldset>

        <div className="actions sticky-actions">
          <button type="submit" name="action" value="draft" className="secondary" disabled={busy}>
            {id ? t('form.save') : t('form.saveDraft')}
          </button>
          <button type="submit" name="action" value="submit" className="primary" disabled={busy}>
            {editing?.status === 'RETURNED' ? t('activity.resubmit') : t('form.saveSubmit')}
          </button>
          {localId && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void outbox.remove(localId).then(() => navigate('/'));
              }}
            >
              {t('form.deleteDraft')}
            </button>
          )}
          <Link to={id ? `/activities/${id}` : '/'}>{t('app.back')}</Link>
        </div>
      </form>
    </section>
  );
}
