import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './policy';

/** The signed-in actor attached by the authentication guard, or null for an anonymous request. */
export const CurrentUser = createParamDecorator((_: unknown, execution: ExecutionContext): Actor | null => {
  const req = execution.getType<string>() === 'graphql' ? GqlExecutionContext.create(execution).getContext().req : execution.switchToHttp().getRequest();
  return (req?.user as Actor | undefined) ?? null;
});
