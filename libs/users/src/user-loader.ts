import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@app/common';
import { User } from './user.entity';
import { UsersService } from './users.service';

/**
 * The request's one loader of users by id, shared by every resolver that shows a person (an
 * invitee's name, their organization...): one query per page, as `organizationsById`.
 */
export function usersById(loaders: LoaderRegistry, users: UsersService): DataLoader<string, User | null> {
  return loaders.get<string, User | null>('usersById', async (ids) => byKeys(ids, await users.findByIds(ids), (u) => u.id));
}
