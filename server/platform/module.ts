import type { AnyRoute } from './http/route.ts';
import type { IndicatorComputation } from './indicators/types.ts';
import type { Platform } from './platform.ts';

/**
 * A module's manifest, exported from its `index.ts`: everything the application needs to mount it.
 * Modules never reach into each other's files; what one offers another goes through this face.
 */
export interface ModuleManifest {
  name: string;
  routes(platform: Platform): AnyRoute[];
  /** Figures computed from the module's records that indicators may name (collected into `platform.indicators`). */
  indicators?: IndicatorComputation[];
  /** Registers job handlers, search resources, mail templates… with the platform services. */
  register?(platform: Platform): void;
  /** Loads demo data into an empty database (after reference data). */
  seedDemo?(platform: Platform): Promise<void>;
  /** Loads reference data every installation needs (idempotent). */
  seedReference?(platform: Platform): Promise<void>;
}
