import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MEDIA_TYPES } from '../../../common/contracts/files.ts';
import { detectFileKind, detectKind, type FileKindName } from './detect.ts';
import { oleStreamNames } from './ole.ts';
import { buildCompoundFile, buildZip, samples } from './test-fixtures.ts';
import { zipEntryNames } from './zip.ts';

const OFFICE_PARTS = ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml'];

describe('detectKind', () => {
  const table: [string, Buffer, string | null, FileKindName | null][] = [
    ['PDF', samples.pdf, 'pdf', 'pdf'],
    ['PNG', samples.png, 'png', 'png'],
    ['JPEG', samples.jpeg, 'jpg', 'jpeg'],
    ['Vietnamese UTF-8 text', samples.text, 'txt', 'txt'],
    ['text whose name says csv', samples.csv, 'csv', 'csv'],
    ['the same text with another name', samples.csv, 'txt', 'txt'],
    ['text with no name hint', samples.text, null, 'txt'],
    ['HTML', samples.html, 'pdf', 'html'],
    ['HTML after blank lines', samples.htmlWithWhitespace, 'txt', 'html'],
    ['SVG with an XML prolog', samples.svg, 'png', 'svg'],
    ['plain XML', samples.xml, 'txt', 'xml'],
    ['Windows executable', samples.exe, 'pdf', 'exe'],
    ['ELF executable', samples.elf, 'pdf', 'elf'],
    ['text that merely starts with MZ', samples.textStartingWithMz, 'txt', 'txt'],
    ['Latin-1 text (not UTF-8)', samples.latin1, 'txt', null],
    ['binary with control bytes', samples.binary, 'txt', null],
    ['empty content', Buffer.alloc(0), 'txt', null],
    ['Word package', buildZip([...OFFICE_PARTS, 'word/document.xml', 'word/styles.xml']), 'docx', 'docx'],
    ['Excel package', buildZip([...OFFICE_PARTS, 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']), 'xlsx', 'xlsx'],
    ['PowerPoint package', buildZip([...OFFICE_PARTS, 'ppt/presentation.xml']), 'pptx', 'pptx'],
    ['a zip with a word/ folder but no content types', buildZip(['word/document.xml']), 'docx', 'zip'],
    ['a package with both word/ and xl/ parts', buildZip([...OFFICE_PARTS, 'word/document.xml', 'xl/workbook.xml']), 'docx', 'zip'],
    ['an ordinary zip', buildZip(['readme.txt', 'data/a.csv']), 'zip', 'zip'],
    ['a zip cut short (no central directory)', buildZip([...OFFICE_PARTS, 'word/document.xml']).subarray(0, 60), 'docx', 'zip'],
    ['legacy Word', buildCompoundFile(['\u0001CompObj', 'WordDocument', '1Table', '\u0005SummaryInformation']), 'doc', 'doc'],
    ['legacy Excel', buildCompoundFile(['Workbook', '\u0005SummaryInformation']), 'xls', 'xls'],
    ['Excel 5 workbook', buildCompoundFile(['Book']), 'xls', 'xls'],
    ['a compound file with a directory over several sectors', buildCompoundFile(['a', 'b', 'c', 'd', 'e', 'f', 'WordDocument']), 'doc', 'doc'],
    ['a compound file of another application', buildCompoundFile(['PowerPoint Document']), 'doc', 'ole'],
  ];

  it.each(table)('%s', (_label, data, extension, expected) => {
    expect(detectKind(data, extension)).toBe(expected);
  });

  it('recognises documents written by real Office libraries', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Thuyết minh nhiệm vụ')] }] }));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Danh sách').addRow(['Mã', 'Tên tổ chức']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectFileKind(docx)?.mediaType).toBe(MEDIA_TYPES.docx);
    expect(detectFileKind(xlsx)?.mediaType).toBe(MEDIA_TYPES.xlsx);
  });

  it('maps kinds to their media types and canonical extensions', () => {
    expect(detectFileKind(samples.pdf)).toEqual({ mediaType: 'application/pdf', extensions: ['pdf'] });
    expect(detectFileKind(samples.csv, 'csv')).toEqual({ mediaType: 'text/csv', extensions: ['csv'] });
    expect(detectFileKind(samples.binary)).toBeNull();
  });
});

describe('container readers', () => {
  it('lists zip entries in order and refuses an archive whose directory points outside it', () => {
    const zip = buildZip(['a.txt', 'thư mục/b.txt']);
    expect(zipEntryNames(zip)).toEqual(['a.txt', 'thư mục/b.txt']);
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(zip.length + 1000, zip.length - 6);
    expect(zipEntryNames(broken)).toBeNull();
  });

  it('lists compound-file streams and survives a looping sector chain', () => {
    const file = buildCompoundFile(['a', 'b', 'c', 'd', 'WordDocument']);
    expect(oleStreamNames(file)).toEqual(['a', 'b', 'c', 'd', 'WordDocument']);
    const looping = Buffer.from(file);
    // Point the second directory sector back at the first.
    looping.writeUInt32LE(1, 512 + 2 * 4);
    expect(oleStreamNames(looping)).toBeNull();
    expect(detectKind(looping)).toBe('ole');
  });
});
