import { Type } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { localize } from '../i18n/language';
import { LanguageArgs } from './language.args';
import { RequestContext, RequestCtx } from './request-context';

/**
 * The portal's one convention for translated text on a type: `nameSr` and `nameEn` (both, for
 * editing) and `name(language:)` in the reader's language (Accept-Language unless given); the same
 * for a title or any other text `x` (`x(language:)`, `xSr`, `xEn`). This adds `x(language:)` to a
 * type that has the two.
 */
export function TranslatedNameResolver<T extends object>(type: Type<T>, field = 'name'): Type<unknown> {
  @Resolver(() => type)
  class NameResolver {
    @ResolveField(field, () => String, { description: `${field} in the requested language` })
    translated(@Parent() parent: T, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext): string | null {
      const texts = parent as Record<string, string | null | undefined>;
      return localize(language ?? ctx.language, texts[`${field}Sr`], texts[`${field}En`]);
    }
  }
  Object.defineProperty(NameResolver, 'name', { value: `${type.name}${field[0].toUpperCase()}${field.slice(1)}Resolver` });
  return NameResolver;
}
