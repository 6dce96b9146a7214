import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { UsersModule } from '@app/users';
import { WebSessionController } from './web-session.controller';

/**
 * The member organizations' browser sessions (refresh token in an httpOnly cookie) for the web app
 * (apps/web), which the API serves on the same origin with its own headers (`serveWebApp`).
 */
@Module({
  imports: [AuthModule, UsersModule],
  controllers: [WebSessionController],
})
export class WebAppModule {}
