import type { Catalog } from '../translate.ts';
import { accountEn, accountVi } from './ui/account.ts';
import { adminEn, adminVi } from './ui/admin.ts';
import { directoryUiEn, directoryUiVi, relationOptionsEn, relationOptionsVi } from './ui/directory.ts';
import { homeEn, homeVi } from './ui/home.ts';
import { libraryUiEn, libraryUiVi } from './ui/library.ts';
import { programsUiEn, programsUiVi } from './ui/programs.ts';
import { shellEn, shellVi } from './ui/shell.ts';

/**
 * Every text of the web app under the `ui` namespace, assembled from one file per area
 * (`ui/*.ts`); each English part is typed after its Vietnamese part, so neither can lose a key.
 */
export const uiMessages: Catalog = {
  vi: { ui: { ...shellVi, home: homeVi, ...accountVi, ...adminVi, directory: directoryUiVi, relationOptions: relationOptionsVi, programs: programsUiVi, library: libraryUiVi } },
  en: { ui: { ...shellEn, home: homeEn, ...accountEn, ...adminEn, directory: directoryUiEn, relationOptions: relationOptionsEn, programs: programsUiEn, library: libraryUiEn } },
};
