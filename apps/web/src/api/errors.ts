/** One field the API refused, as in the GraphQL error's `extensions.fields`. */
export interface FieldProblem {
  field: string;
  reason: string;
  code?: string;
}

/** A refusal from the API: `code` is the kind (BAD_USER_INPUT, CONFLICT, …), `reason` the stable cause. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | undefined,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The network could not be reached: the request may be kept and sent later. */
export class OfflineError extends Error {
  constructor() {
    super('offline');
    this.name = 'OfflineError';
  }
}

/** Field problems keyed by the input's field name (`input.title` and `title` both give `title`). */
export function fieldProblems(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const problem of error.fields) {
    const path = problem.field.replace(/^input\./, '');
    byField[path] = byField[path] ? `${byField[path]} ${problem.reason}` : problem.reason;
  }
  return byField;
}
