import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request } from 'express';
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

export interface RequestContext {
  req: Request;
  /** From Accept-Language; fields with a `language` argument may override it. */
  language: Language;
  loaders: LoaderRegistry;
}

export function createRequestContext({ req }: { req: Request }): RequestContext {
  return { req, language: languageOf(req), loaders: new LoaderRegistry() };
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
