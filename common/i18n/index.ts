import { directoryMessages } from './messages/directory.ts';
import { documentsMessages } from './messages/documents.ts';
import { errorMessages } from './messages/errors.ts';
import { systemMessages } from './messages/system.ts';
import { filesMessages } from './messages/files.ts';
import { programsMessages } from './messages/programs.ts';
import { programsRoundsMessages } from './messages/programs-rounds.ts';
import { programsDashboardMessages } from './messages/programs-dashboard.ts';
import { libraryExchangeMessages } from './messages/library-exchange.ts';
import { libraryMessages } from './messages/library.ts';
import { uiMessages } from './messages/ui.ts';
import { createTranslator, mergeCatalogs } from './translate.ts';

export * from './locale.ts';
export * from './format.ts';
export { interpolate, type Catalog, type MessageTree } from './translate.ts';

/** Every area's messages; add a module's catalog here. */
export const catalog = mergeCatalogs(errorMessages, documentsMessages, directoryMessages, filesMessages, uiMessages, systemMessages, programsMessages, programsRoundsMessages, programsDashboardMessages, libraryExchangeMessages, libraryMessages);

export const t = createTranslator(catalog);
