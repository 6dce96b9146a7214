import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { Test } from '@nestjs/testing';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CalendarDate } from './calendar-date.scalar';
import { CompiledQueries, withoutPropertyResolvers } from './compiled-queries';

// An enum whose values differ from their names, as the portal's AuditAction does.
const Kind = new GraphQLEnumType({ name: 'Kind', values: { WORKSHOP: { value: 'workshop' }, FORUM: { value: 'forum' } } });
const Input = new GraphQLInputObjectType({
  name: 'Input',
  fields: {
    kinds: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Kind))) },
    day: { type: CalendarDate },
    active: { type: new GraphQLNonNull(GraphQLString), defaultValue: 'yes' },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(Input) } },
        resolve: (_root, { input }) => JSON.stringify(input),
      },
      fails: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('Did you mean "echo"?', { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
    },
  }),
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { executor } = (await new CompiledQueries(schema).load()) as { executor: GatewayExecutor };
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return executor({ document, operation, operationName: null, request: { query, variables }, context: {} } as unknown as GatewayGraphQLRequestContext);
}

describe(CompiledQueries.name, () => {
  const ECHO = 'query($input: Input!) { echo(input: $input) }';

  it('gives resolvers the values graphql-js would: enum values, input defaults', async () => {
    const result = await run(ECHO, { input: { kinds: ['WORKSHOP', 'FORUM'], day: '2024-03-14' } });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data!.echo as string)).toEqual({ kinds: ['workshop', 'forum'], day: '2024-03-14', active: 'yes' });
  });

  it("refuses a bad variable with graphql-js' message, naming it and the scalar's reason", async () => {
    const result = await run(ECHO, { input: { kinds: ['WORKSHOP'], day: '2023-02-29' } });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toContain('Variable "$input" got invalid value "2023-02-29" at "input.day"');
    expect(result.errors?.[0].message).toContain('not a day of the calendar');
  });

  it('answers errors as graphql-js errors, whose message a plugin may reword', async () => {
    const result = await run('{ fails }');
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({ path: ['fails'], locations: [{ line: 1, column: 3 }], extensions: { code: 'BAD_USER_INPUT' } });
    error.message = 'reworded';
    expect(error.message).toBe('reworded');
  });

  it('refuses at start a scalar it does not know to take its own parsed values', () => {
    const Json = new GraphQLScalarType({ name: 'JSON' });
    const withJson = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { json: { type: Json } } }) });
    expect(() => new CompiledQueries(withJson)).toThrow(/scalar JSON/);
  });
});

// Nest's own object types, as the portal declares them: a plain property, one whose GraphQL name
// differs from the property, one with a default value and one behind field middleware.
@ObjectType()
class Probe {
  @Field()
  title!: string;

  @Field({ name: 'label' })
  caption!: string;

  @Field(() => Int, { defaultValue: 7 })
  count?: number;

  @Field({ middleware: [async (_context, next) => `<${String(await next())}>`] })
  wrapped!: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => [Probe])
  probes(): Probe[] {
    return [];
  }
}

describe(withoutPropertyResolvers.name, () => {
  it("leaves graphql's default resolver for plain properties, and every other resolver as Nest made it, with the same answers", async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const built = await moduleRef.get(GraphQLSchemaFactory).create([ProbeResolver]);
    const fields = (built.getType('Probe') as GraphQLObjectType).getFields();
    expect(Object.values(fields).every((field) => typeof field.resolve === 'function')).toBe(true);

    expect(withoutPropertyResolvers(built)).toBe(1);
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.label.resolve).toBeDefined();
    expect(fields.count.resolve).toBeDefined();
    expect(fields.wrapped.resolve).toBeDefined();

    (built.getQueryType()!.getFields().probes as { resolve: unknown }).resolve = () => [{ title: 'Radionica', caption: 'Niš', wrapped: 'x' }];
    const { executor } = (await new CompiledQueries(built).load()) as { executor: GatewayExecutor };
    const query = '{ probes { title label count wrapped } }';
    const document = parse(query);
    const result = await executor({ document, operation: document.definitions[0], operationName: null, request: { query }, context: {} } as unknown as GatewayGraphQLRequestContext);
    expect(result).toEqual({ data: { probes: [{ title: 'Radionica', label: 'Niš', count: 7, wrapped: '<x>' }] } });
  });
});
