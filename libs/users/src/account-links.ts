import { AppConfig } from '@app/config';
import { Role } from '@app/policy';

/**
 * Where a person's account links (invitation, password reset) open: the app that person works
 * in. Coordinators work in the admin app; everyone else in the web app the API serves at `/`.
 */
export function accountLink(config: AppConfig, role: Role, path: 'invitation' | 'reset-password', token: string): string {
  const base = role === Role.COORDINATOR ? config.PUBLIC_URL : config.API_PUBLIC_URL;
  return `${base.replace(/\/$/, '')}/${path}?token=${token}`;
}
