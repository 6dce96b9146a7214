import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../api/errors';

/** The rule a refused password broke, by the API's code for it. */
const PASSWORD_RULES: Record<string, string> = {
  PASSWORD_TOO_SHORT: 'password.tooShort',
  PASSWORD_TOO_LONG: 'password.tooLong',
  PASSWORD_COMMON: 'password.common',
};

/** Why the API refused a new password, in the reader's language (its own words for a rule this app does not know). */
export function passwordProblemText(problem: FieldProblem, t: TFunction): string {
  const key = problem.code ? PASSWORD_RULES[problem.code] : undefined;
  return key ? t(key) : problem.reason;
}
