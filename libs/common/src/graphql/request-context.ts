import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { FastifyRequest } from 'fastify';
import { Language, languageOf } from '../i18n/language';

/**
 * Per-request DataLoaders, created lazily the first time a resolver asks for one, so that
 * a page of 50 items resolves each relation with one query instead of 50.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** The API's request as the GraphQL context carries it; the authentication guard adds the actor. */
export type ApiRequest = FastifyRequest & { user?: unknown };

export interface RequestContext {
  req: ApiRequest;
  /** From Accept-Language; fields with a `language` argument may override it. */
  readonly language: Language;
  readonly loaders: LoaderRegistry;
}

/** A GraphQL request's context; the language is negotiated and the loaders made only when a resolver asks. */
class GraphqlRequestContext implements RequestContext {
  private negotiated?: Language;
  private registry?: LoaderRegistry;

  constructor(readonly req: ApiRequest) {}

  get language(): Language {
    return (this.negotiated ??= languageOf(this.req));
  }

  get loaders(): LoaderRegistry {
    return (this.registry ??= new LoaderRegistry());
  }
}

/** Apollo's Fastify integration gives the request first. */
export function createRequestContext(req: ApiRequest): RequestContext {
  return new GraphqlRequestContext(req);
}

/** The GraphQL request context in a resolver: `@Context() ctx` with a type. */
export const RequestCtx = createParamDecorator(
  (_: unknown, execution: ExecutionContext): RequestContext => GqlExecutionContext.create(execution).getContext<RequestContext>(),
);

/** Orders batch results by the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups batch results by key, for one-to-many relations; every key gets a list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
