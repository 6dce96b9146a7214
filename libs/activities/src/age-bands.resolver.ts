import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { AgeBand } from './age-band.entity';

/** An age band's label under the portal's one convention for translated text: `name(language:)`, `nameSr`, `nameEn`. */
@Resolver(() => AgeBand)
export class AgeBandResolver {
  @ResolveField(() => String, { description: 'The label in the requested language, e.g. "15–17 godina"' })
  name(@Parent() band: AgeBand, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext): string {
    return localize(language ?? ctx.language, band.labelSr, band.labelEn);
  }

  @ResolveField(() => String, { description: 'The label in Serbian (Latin script)' })
  nameSr(@Parent() band: AgeBand): string {
    return band.labelSr;
  }

  @ResolveField(() => String, { description: 'The label in English' })
  nameEn(@Parent() band: AgeBand): string {
    return band.labelEn;
  }
}
