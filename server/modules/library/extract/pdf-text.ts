import { ExtractionError, tidyText, type ExtractedText, type ExtractionLimits } from './limits.ts';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** Text of a PDF page by page, up to the page and character limits, with pdf.js as a pure parser. */
export async function pdfText(data: Buffer, limits: ExtractionLimits): Promise<ExtractedText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Nothing is rendered: no fonts are loaded, no code is evaluated, nothing is fetched.
  const task = getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw new ExtractionError(name === 'PasswordException' ? 'encrypted' : 'damaged', error instanceof Error ? error.message : undefined);
    }
    if (document.numPages > limits.maxPages) {
      throw new ExtractionError('too_many_pages');
    }
    const parts: string[] = [];
    let length = 0;
    for (let number = 1; number <= document.numPages && length < limits.maxChars; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        const piece = (item.str ?? '') + (item.hasEOL ? '\n' : '');
        parts.push(piece);
        length += piece.length;
      }
      parts.push('\n\n');
      page.cleanup();
    }
    return { text: tidyText(parts.join(''), limits.maxChars), pages: document.numPages };
  } finally {
    await task.destroy();
  }
}
