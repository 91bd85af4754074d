import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { DOCUMENT_ADDRESSEES, DOCUMENT_FORMATS, type DocumentAddressee, type DocumentFormat } from '../../../../common/contracts/programs.ts';
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

/**
 * A round's document by program code and round (period or id), as the command line and the
 * benchmark ask for it; null when either is unknown.
 */
export async function roundReport(
  platform: Platform,
  programCode: string,
  roundIdOrPeriod: string,
  options: { format: DocumentFormat; addressee: DocumentAddressee },
): Promise<{ data: Buffer; fileName: string; roundTitle: string } | { missing: 'program' | 'round' }> {
  const program = await findProgram(platform.db, { code: programCode });
  if (!program) {
    return { missing: 'program' };
  }
  const round = await findRound(platform.db, program.id, roundIdOrPeriod);
  if (!round) {
    return { missing: 'round' };
  }
  const document = await generateRoundDocument(platform.db, program, round, { ...options, locale: 'vi' });
  return { data: document.data, fileName: document.fileName, roundTitle: round.title };
}

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
 * by its period (`2020`, `2020-H1`) or its id. Returns the exit code and the line to print.
 */
export async function reportCommand(platform: Platform, args: ReportArguments): Promise<{ exitCode: number; message: string }> {
  const parsed = ZReportArguments.safeParse(args);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    return { exitCode: 2, message: `report needs <program-code> <round> --format docx|xlsx [--addressee party|state] --out <file> (${fields})` };
  }
  const input = parsed.data;
  const document = await roundReport(platform, input.programCode, input.round, { format: input.format, addressee: input.addressee });
  if ('missing' in document) {
    return { exitCode: 3, message: document.missing === 'program' ? `No program with code ${input.programCode}` : `Program ${input.programCode} has no reporting round ${input.round}` };
  }
  await writeFile(input.out, document.data);
  return { exitCode: 0, message: `Wrote ${input.out} (${document.data.length} bytes): ${document.roundTitle}` };
}
