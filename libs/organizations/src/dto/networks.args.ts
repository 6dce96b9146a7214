import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { NetworkKind } from '../network.enums';

@ArgsType()
export class NetworksArgs extends ConnectionArgs {
  @Field(() => NetworkKind, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;
}
