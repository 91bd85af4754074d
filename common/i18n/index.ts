import { errorMessages } from './messages/errors.ts';
import { createTranslator, mergeCatalogs } from './translate.ts';

export * from './locale.ts';
export * from './format.ts';
export { interpolate, type Catalog, type MessageTree } from './translate.ts';

/** Every area's messages; add a module's catalog here. */
export const catalog = mergeCatalogs(errorMessages);

export const t = createTranslator(catalog);
