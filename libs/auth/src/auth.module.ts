import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { RateLimitModule, UsersModule } from '@app/users';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LocalStrategy } from './local.strategy';
import { TokensService } from './tokens.service';

/** Sign-in, tokens and the authentication guard; authorization is the policy in ./policy. */
@Module({
  imports: [
    UsersModule,
    AuditModule,
    RateLimitModule.forRoot(),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set: `npm start` provides one, production must set it');
        // A key object made once: given a string, jsonwebtoken would first try it as a public key, then make one, on every request.
        return { secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) };
      },
    }),
  ],
  providers: [AuthService, TokensService, LocalStrategy, AuthResolver, { provide: APP_GUARD, useClass: AuthenticationGuard }],
  exports: [AuthService],
})
export class AuthModule {}
