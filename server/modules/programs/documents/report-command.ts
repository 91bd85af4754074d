import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { DOCUMENT_ADDRESSEES, DOCUMENT_FORMATS } from '../../../../common/contracts/programs.ts';
import type { Platform } from '../../../platform/platform.ts';
import { findProgram } from '../dashboard/dashboard.repository.ts';
import { findRound } from './round-data.ts';
import { generateRoundDocument } from './documents.service.ts';

const ZReportArguments = z.object({
  programCode: z.string().trim().min(1).max(60),
  round: z.string().trim().min(1).max(60),
  format: z.enum(DOCUMENT_FORMATS),
  addressee: z.enum(DOCUMENT_ADDRESSEES).default('state'),
  out: z.string().trim().min(1),
});

export interface ReportArguments {
  programCode?: string;
  round?: string;
  format?: string;
  addressee?: string;
  out?: string;
}

/**
 * `opensti report <program-code> <round> --format docx|xlsx [--addressee party|state] --out <file>`:
 * the same document the web app generates, written to a file for scheduled use. The round is named
 * by its period (`2020`, `2020-H1`) or its id. Returns the process exit code.
 */
export async function reportCommand(platform: Platform, args: ReportArguments): Promise<number> {
  const parsed = ZReportArguments.safeParse(args);
  if (!parsed.success) {
    console.error(`report needs <program-code> <round> --format docx|xlsx [--addressee party|state] --out <file> (${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')})`);
    return 2;
  }
  const input = parsed.data;
  const program = await findProgram(platform.db, { code: input.programCode });
  if (!program) {
    console.error(`No program with code ${input.programCode}`);
    return 3;
  }
  const round = await findRound(platform.db, program.id, input.round);
  if (!round) {
    console.error(`Program ${program.code} has no reporting round ${input.round}`);
    return 3;
  }
  const document = await generateRoundDocument(platform.db, program, round, { format: input.format, addressee: input.addressee, locale: 'vi' });
  await writeFile(input.out, document.data);
  console.log(`Wrote ${input.out} (${document.data.length} bytes): ${round.title}`);
  return 0;
}
