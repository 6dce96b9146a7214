import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { OrganizationKind } from '../organization-kind.enum';

@InputType()
export class OrganizationsFilter {
  @Field(() => ID, { nullable: true, description: 'Only members of this network' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id returned by the networks query' })
  networkId?: string;

  @Field({ nullable: true, description: 'Only members of the network with this code, e.g. "AT"' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  networkCode?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field({ nullable: true, description: 'City, ignoring case and diacritics ("Nis" matches "Niš")' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "RS"' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code in capitals, e.g. RS' })
  country?: string;

  @Field({ nullable: true, description: 'Words in the name, short name or city, ignoring case and diacritics' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only active (true) or only inactive (false) organizations' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationsFilter)
  filter?: OrganizationsFilter;
}
