import type { ProblemFieldError } from '../../../../../common/contracts/errors.ts';
import { issueCode } from '../../../components/validation.ts';

export interface ImportProblem {
  /** Where in the file, as a reader finds it: `targets › 3 › deadline` (items counted from 1). */
  where: string;
  /** Catalog code of the problem. */
  code: string;
  /** The server's own words, kept for codes the catalogs do not know. */
  message: string;
}

/**
 * One line per problem of a refused program file. Paths come as `body.targets.2.deadline`; the
 * `body.` prefix means nothing to the person who wrote the file and array positions count from 1.
 */
export function importProblems(errors: readonly ProblemFieldError[]): ImportProblem[] {
  return errors.map((error) => {
    const parts = error.path.replace(/^body\.?/, '').split('.').filter((part) => part !== '');
    const where = parts.map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)).join(' › ');
    return { where, code: issueCode({ code: error.code, message: error.message }), message: error.message };
  });
}
