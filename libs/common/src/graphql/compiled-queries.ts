import type { GatewayExecutor, GatewayInterface, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import {
  DocumentNode,
  ExecutionResult,
  getVariableValues,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  typeFromAST,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/**
 * Executes each operation with graphql-jit: the first time a query's text is seen it is compiled
 * into a JavaScript function that resolves exactly that selection (no per-field lookups of the
 * schema, argument dictionaries or result maps built field by field, as graphql-js does), and the
 * function is kept with the parsed document, which Apollo caches by the query's text. The same
 * resolvers run, with the same context; Apollo still parses, validates (armor's limits included),
 * formats errors and answers as before.
 *
 * It is handed to Apollo Server as a "gateway", Apollo's own door for another executor: a gateway
 * gives the schema and an executor, and Apollo runs everything else of a request around it.
 */
export class CompiledQueries implements GatewayInterface {
  /** Compiled operations by parsed document (Apollo keeps one document per query text) and operation name. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  constructor(private readonly schema: GraphQLSchema) {
    withoutPropertyResolvers(schema);
    const unknown = Object.values(schema.getTypeMap()).filter((type) => isScalarType(type) && !RECOERCIBLE_SCALARS.has(type.name));
    if (unknown.length) throw new Error(`Compiled queries: the scalar ${unknown[0].name} is not known to take its own parsed values; add it to RECOERCIBLE_SCALARS once it does`);
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    callback({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {}

  private async execute(request: GatewayGraphQLRequestContext): Promise<ExecutionResult> {
    const compiled = this.compile(request.document, request.operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return compiled;
    // Variables are coerced by graphql-js, as before: a bad one is refused with the same messages
    // (the scalars' own, naming the field) as a client error, and input fields get their defaults
    // (graphql-jit 0.8 leaves them out). graphql-jit coerces them once more: enums go back to their
    // names for it, and the scalars take their own parsed values.
    const definitions = request.operation.variableDefinitions ?? [];
    const checked = getVariableValues(this.schema, definitions, request.request.variables ?? {});
    if (checked.errors) return { errors: checked.errors };
    const variables: Record<string, unknown> = {};
    for (const definition of definitions) {
      const name = definition.variable.name.value;
      if (name in checked.coerced) variables[name] = asWritten(typeFromAST(this.schema, definition.type) as GraphQLInputType, checked.coerced[name]);
    }
    const result = await compiled.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  }

  private compile(document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult {
    let byName = this.compiled.get(document);
    const cached = byName?.get(operationName ?? '');
    if (cached) return cached;
    const compiled = compileQuery(this.schema, document, operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    if (!byName) this.compiled.set(document, (byName = new Map()));
    byName.set(operationName ?? '', compiled);
    return compiled;
  }
}

/**
 * Nest gives every field of an object type a resolver of its own, even a plain property with
 * nothing to add (it returns `source[property]`, or the field's default value): graphql-jit then
 * calls a function, with a resolve-info object built for the call, for every field of every item
 * of a list — on a page of 50 activities that was about a third of everything the API allocated.
 * Where such a resolver reads the property of the field's own name and has no default value, it is
 * exactly the default resolver, so it is removed and the value is read inline. Fields with their
 * own resolvers, middleware or default values keep them. Only Nest's property resolver (the
 * function it names `rootFieldResolver`) is tried, so no real resolver is ever called here; it is
 * tried on a probe object, which shows which property it reads and what it gives for a missing
 * one. Should Nest rename it, nothing is removed (the unit test then fails, counting none).
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): number {
  let removed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name !== 'rootFieldResolver' || field.resolve.length !== 1) continue;
      const read: PropertyKey[] = [];
      const probe = new Proxy({}, { get: (_target, key) => void read.push(key) });
      const missing = (field.resolve as (source: object) => unknown)(probe);
      if (missing === undefined && read.length === 1 && read[0] === field.name) {
        field.resolve = undefined;
        removed++;
      }
    }
  }
  return removed;
}

/** Scalars whose parseValue gives back what it is given its own output: the built-in ones, Date and DateTime. */
const RECOERCIBLE_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Date', 'DateTime']);

/** A coerced input value as a client would write it: enums by name (their values may differ), the rest as it is. */
function asWritten(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return asWritten(type.ofType, value);
  if (isListType(type)) return (value as unknown[]).map((item) => asWritten(type.ofType, item));
  if (isEnumType(type)) return type.serialize(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, asWritten(fields[key].type, item)]));
  }
  return value;
}

/**
 * graphql-jit's errors are GraphQLErrors whose properties are read-only; plugins that reword an
 * error's message (graphql-armor hiding field suggestions) expect graphql-js' own, so each is
 * made again as one, with the same message, path, locations, extensions and original error.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/** Nest's Apollo driver with {@link CompiledQueries} as Apollo's executor. */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override registerServer(options: ApolloDriverConfig) {
    // Apollo's own option; Nest's config type leaves it out for this driver, which passes it through.
    return super.registerServer({ ...options, gateway: new CompiledQueries(options.schema!) } as ApolloDriverConfig);
  }
}
