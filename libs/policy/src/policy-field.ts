import { FieldMiddleware, MiddlewareContext, NextFn } from '@nestjs/graphql';
import { Action } from './action.enum';
import { Actor, can } from './policy';

/**
 * A field that only some roles may read, checked per field and not only per record: for the
 * others it resolves to null. Use as `@Field({ nullable: true, middleware: [readableBy(Action.X)] })`.
 * The record's organization, where the entity has one, decides OWN_ORGANIZATION reach.
 */
export function readableBy(action: Action): FieldMiddleware {
  return async ({ context, source }: MiddlewareContext<{ organizationId?: string; id?: string }, { req?: { user?: Actor } }>, next: NextFn) => {
    const actor = context.req?.user ?? null;
    const organizationId = source.organizationId ?? source.id;
    if (!can(actor, action, organizationId ? { organizationId } : undefined)) return null;
    return next();
  };
}
