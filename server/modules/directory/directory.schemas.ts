import { z } from 'zod';

/** Route-only schemas; request and response bodies live in `common/contracts/directory.ts`. */
export const ZIdParams = z.object({ id: z.uuid() });

export const DIRECTORY_TAGS = ['directory'];
