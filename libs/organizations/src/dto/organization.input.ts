import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { NetworkRole } from '../network.enums';
import { OrganizationKind } from '../organization-kind.enum';
import { DateField } from '@app/common';

@InputType()
export class OrganizationInput {
  @Field()
  @IsString()
  @Length(2, 80)
  shortName: string;

  @Field()
  @IsString()
  @Length(2, 200)
  nameSr: string;

  @Field()
  @IsString()
  @Length(2, 200)
  nameEn: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field()
  @IsString()
  @Length(1, 100)
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code in capitals, e.g. RS' })
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) link' })
  @MaxLength(300)
  website?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType()
export class MembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id returned by the networks query' })
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId: string;

  @Field(() => NetworkRole, { defaultValue: NetworkRole.MEMBER })
  @IsEnum(NetworkRole)
  role: NetworkRole = NetworkRole.MEMBER;

  @DateField({ nullable: true })
  since?: string | null;

  @DateField({ nullable: true, description: 'YYYY-MM-DD; set it to end the membership' })
  until?: string | null;
}
