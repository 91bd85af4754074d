import type { AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { oaiRoutes } from '../oai/oai.routes.ts';
import { defineTransferJobs, transferRoutes } from '../transfer/transfer.routes.ts';
import { portalRoutes } from './portal.routes.ts';

/** The library's public faces and bulk transfer, mounted by the module manifest. */
export function exchangeRoutes(platform: Platform): AnyRoute[] {
  return [...oaiRoutes(platform), ...portalRoutes(platform), ...transferRoutes(platform)];
}

/** The jobs of bulk import and export. */
export function registerExchange(platform: Platform): void {
  defineTransferJobs(platform);
}
