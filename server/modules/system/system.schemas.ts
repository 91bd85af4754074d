import { z } from 'zod';

/** Path parameters of the system routes; the request and response bodies live in common/contracts/system.ts. */
export const ZIdParams = z.object({ id: z.uuid() });
