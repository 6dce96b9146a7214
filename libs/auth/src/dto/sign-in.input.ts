import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserType } from '@app/users';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived; send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @Field({ description: 'Single-use: exchange it with refreshSession for a new pair' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn: number;

  @Field(() => UserType)
  user: UserType;
}
