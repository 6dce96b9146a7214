import { AppConfig } from '@app/config';
import { Role } from '@app/policy';

/**
 * The address of the app a person works in: coordinators work in the admin app; everyone else in
 * the web app the API serves at `/`. Account links (invitation, password reset) and meeting links
 * open there.
 */
export function appUrlFor(config: AppConfig, role: Role): string {
  return (role === Role.COORDINATOR ? config.PUBLIC_URL : config.API_PUBLIC_URL).replace(/\/$/, '');
}

/** Where a person's account links (invitation, password reset) open: the app that person works in. */
export function accountLink(config: AppConfig, role: Role, path: 'invitation' | 'reset-password', token: string): string {
  return `${appUrlFor(config, role)}/${path}?token=${token}`;
}
