import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Language } from '../i18n/language';

/** The optional `language` argument of every localized field. */
@ArgsType()
export class LanguageArgs {
  @Field(() => Language, { nullable: true, description: "Overrides the request's Accept-Language" })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;
}
