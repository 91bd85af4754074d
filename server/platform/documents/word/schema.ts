import { z } from 'zod';
import { optionalText, requiredText, text } from '../../../../common/contracts/text.ts';

// Control characters other than tab never belong in a run (they would also break the XML).
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
const RUN_CONTROL_CHARACTERS = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/** Like the shared text schema but untrimmed: the spaces between runs are part of the sentence. */
const runText = z
  .string()
  .min(1)
  .max(5000)
  .refine((value) => value.isWellFormed(), { message: 'invalid_unicode' })
  .refine((value) => !RUN_CONTROL_CHARACTERS.test(value), { message: 'control_characters' })
  .transform((value) => value.normalize('NFC'));

const runSchema = z.object({
  text: runText,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

const alignSchema = z.enum(['left', 'center', 'right', 'justify']);

const headingBlock = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  text: requiredText(500),
});

const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  /** Plain text, or runs when part of the paragraph is bold, italic or underlined. */
  text: z.union([requiredText(20_000), z.array(runSchema).min(1).max(200)]),
  align: alignSchema.optional(),
  /** Body paragraphs start with a first-line indent; set false for lines that should not have one. */
  indent: z.boolean().default(true),
});

const bulletsBlock = z.object({
  type: z.literal('bullets'),
  items: z.array(requiredText(5000)).min(1).max(500),
});

const tableBlock = z
  .object({
    type: z.literal('table'),
    header: z.array(requiredText(300)).min(1).max(20),
    rows: z.array(z.array(text({ max: 2000 }))).max(5000),
    /** Relative column widths (any positive numbers; they are scaled to the text width). */
    widths: z.array(z.number().positive().max(1000)).optional(),
    align: z.array(alignSchema).optional(),
  })
  .superRefine((table, context) => {
    const columns = table.header.length;
    table.rows.forEach((row, index) => {
      if (row.length !== columns) {
        context.addIssue({ code: 'custom', path: ['rows', index], message: 'row_length_mismatch' });
      }
    });
    if (table.widths && table.widths.length !== columns) {
      context.addIssue({ code: 'custom', path: ['widths'], message: 'widths_length_mismatch' });
    }
    if (table.align && table.align.length !== columns) {
      context.addIssue({ code: 'custom', path: ['align'], message: 'align_length_mismatch' });
    }
  });

export const blockSchema = z.discriminatedUnion('type', [headingBlock, paragraphBlock, bulletsBlock, tableBlock]);

export const officialDocumentSchema = z.object({
  /** `decree30`: state bodies (Decree 30/2020/NĐ-CP); `party`: Party bodies (Guidance 36-HD/VPTW). */
  format: z.enum(['decree30', 'party']),
  superiorBody: optionalText(200),
  issuingBody: requiredText(200),
  /** Registration number; empty while the document is a draft, filled in by the clerk on issue. */
  number: text({ max: 20 }).refine((value) => /^[0-9A-Za-z.]*$/.test(value), { message: 'invalid_number' }),
  /** E.g. "BC-SKHCN" (decree30) or "CTr/TU" (party). */
  symbol: requiredText(60),
  place: requiredText(100),
  /** Calendar date of issue, yyyy-MM-dd. */
  date: z.iso.date(),
  /** E.g. "Báo cáo"; absent for an official letter (công văn), whose summary then goes under the number. */
  documentType: optionalText(100),
  summary: requiredText(500),
  blocks: z.array(blockSchema).max(5000),
  signature: z.object({
    /** E.g. "KT. GIÁM ĐỐC" or "T/M TỈNH ỦY"; absent when the head signs in their own name. */
    authority: optionalText(200),
    title: requiredText(200),
    name: requiredText(200),
  }),
  recipients: z.array(requiredText(300)).max(100),
});

export type OfficialDocumentInput = z.input<typeof officialDocumentSchema>;
export type OfficialDocument = z.output<typeof officialDocumentSchema>;
export type Block = z.output<typeof blockSchema>;
export type TableBlock = z.output<typeof tableBlock>;
export type Run = z.output<typeof runSchema>;
