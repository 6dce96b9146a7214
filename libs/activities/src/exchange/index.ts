export * from './activities-exchange.module';
export * from './activities-exports.controller';
export * from './activities-imports.controller';

import { ActivitiesExportsController } from './activities-exports.controller';
import { ActivitiesImportsController } from './activities-imports.controller';

/** `/exports/…` and `/imports/activities`, for the apps that serve them. */
export const ACTIVITY_EXCHANGE_CONTROLLERS = [ActivitiesExportsController, ActivitiesImportsController];
