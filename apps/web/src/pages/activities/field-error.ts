import type { TFunction } from 'i18next';
import { translateReason } from '../../i18n/reasons';
import { ApiError, fieldProblems } from '../../api/errors';
import { problemText } from '../../components/problem';
import type { OutboxEntry } from '../../offline/device-store';

/** Problems of one field and of its nested parts (`participants` also gets `participants.0.count`). */
export function problemOf(problems: Record<string, string>, field: string): string | undefined {
  const found = Object.entries(problems).filter(([path]) => path === field || path.startsWith(`${field}.`));
  return found.length ? found.map(([, reason]) => reason).join(' ') : undefined;
}

/** Why the API would not submit an activity, in the reader's words; undefined when its refusal names no field. */
export function refusalReasons(error: unknown, t: TFunction, language: string): string | undefined {
  const reasons = Object.values(fieldProblems(error)).map((reason) => translateReason(reason, t, language));
  return reasons.length ? reasons.join('; ') : undefined;
}

/** The form's label of an input field the API names (`goalIds` is the goals' fieldset). */
const LABEL_OF: Record<string, string> = { goalIds: 'goals', indicatorValues: 'goals', coOrganizerIds: 'coOrganizers', participantsTotal: 'declaredTotal', attachments: 'links' };

/** Why the API refused an activity kept on the device, in the reader's words: each field as the form names it, with its reason. */
export function refusalInWords(refusal: NonNullable<OutboxEntry['refusal']>, t: TFunction, language: string): string {
  const fields = Object.entries(refusal.fields);
  if (!fields.length) return problemText(new ApiError(refusal.code ?? 'ERROR', refusal.reason, refusal.message), t);
  return fields
    .map(([path, reason]) => {
      const field = path.split('.')[0];
      return `${t(`form.${LABEL_OF[field] ?? field}`, { defaultValue: field })}: ${translateReason(reason, t, language)}`;
    })
    .join('; ');
}
