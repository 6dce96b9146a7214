import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { UsersModule } from '@app/users';
import { WebSessionController } from './web-session.controller';
import { WebStaticMiddleware } from './web-static.middleware';

/**
 * The member organizations' web app (apps/web), served by the API on the same origin, and its
 * browser sessions (refresh token in an httpOnly cookie). Its own headers, apart from the API's.
 */
@Module({
  imports: [AuthModule, UsersModule],
  controllers: [WebSessionController],
})
export class WebAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebStaticMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET }, { path: '{*path}', method: RequestMethod.HEAD });
  }
}
