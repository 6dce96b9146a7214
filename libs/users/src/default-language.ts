import { Language } from '@app/common';
import { Role } from '@app/policy';

/** A new account's language until its owner changes it: partners abroad read English, everyone else Serbian. */
export function defaultLanguageFor(role: Role): Language {
  return role === Role.PARTNER ? Language.EN : Language.SR;
}
