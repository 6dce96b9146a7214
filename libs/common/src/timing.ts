/**
 * Runs work and answers no sooner than `ms`: for answers whose speed must not tell whether
 * something exists (e.g. a password reset for an address with or without an account).
 */
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const floor = new Promise((resolve) => setTimeout(resolve, ms));
  const [result] = await Promise.all([work(), floor]);
  return result;
}
