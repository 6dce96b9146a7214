import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundException } from '@app/common';
import { Action } from './action.enum';
import { Actor, authorize, PersonSubject, reachOf, Subject } from './policy';
import { Reach } from './policy.table';

/** A subject named by id (or ids, checked together): the policy resolves what it needs through the resolver its domain registered. */
export type SubjectIds = { type: string; id: string } | { type: string; ids: readonly string[] };

/** One row per record found: its id, organization, addressee and, for a person, role. Unknown ids are left out. */
export type SubjectRow = Omit<Subject, 'type'> & Partial<Pick<PersonSubject, 'role'>> & { id: string };

/**
 * Looks up many records of one type in one query; registered by the domain that owns them. It
 * is given the actor (for `readable`) and the caller's transaction, if any, as the caller passed it.
 */
export type SubjectResolver = (ids: string[], actor: Actor, within?: unknown) => Promise<SubjectRow[]>;

/**
 * The one policy call per decision, in the manner of Immich's `requireAccess({ auth, permission, ids })`:
 * `await access.require(actor, Action.X, { type: 'Referral', id })`. The policy stays free of any
 * domain: each domain registers how to resolve its subjects (`registerSubject`) when its module starts.
 */
@Injectable()
export class AccessService {
  private readonly resolvers = new Map<string, SubjectResolver>();

  registerSubject(type: string, resolve: SubjectResolver): void {
    if (this.resolvers.has(type)) throw new Error(`A subject resolver for ${type} is registered twice`);
    this.resolvers.set(type, resolve);
  }

  /**
   * Throws unless the actor may do the action (to the subject, or to every id named): as
   * `authorize`, UNAUTHENTICATED, then FORBIDDEN for the role before anything is read, then
   * NOT_FOUND for an unknown id or one outside the actor's reach. Returns the reach that
   * allowed it, for rules that differ by side (what an addressee may see of a record).
   * `within`: the caller's transaction (an EntityManager here), so that the look-up sees what it
   * sees and takes no second connection from the pool.
   */
  async require(actor: Actor | null | undefined, action: Action, subject?: Subject | PersonSubject | SubjectIds, within?: unknown): Promise<Reach> {
    authorize(actor, action);
    if (subject) {
      for (const one of 'organizationId' in subject ? [subject] : await this.resolve(actor, subject, within)) authorize(actor, action, one);
    }
    return reachOf(actor, action);
  }

  private async resolve(actor: Actor, subject: SubjectIds, within: unknown): Promise<Subject[]> {
    const resolve = this.resolvers.get(subject.type);
    if (!resolve) throw new Error(`No subject resolver is registered for ${subject.type}`);
    const wanted = [...new Set('id' in subject ? [subject.id] : subject.ids)];
    const valid = wanted.filter(isUuid);
    const found = new Map((valid.length ? await resolve(valid, actor, within) : []).map((row) => [row.id, row]));
    return wanted.map((id) => {
      const row = found.get(id);
      if (!row) throw new NotFoundException(subject.type);
      return { type: subject.type, ...row };
    });
  }
}
