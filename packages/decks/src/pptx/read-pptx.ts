// Reads what writeDeckPptx wrote; the tests of both packages check decks through it.
import JSZip from 'jszip';

/** Reads a PPTX (a zip of XML parts) the way a test needs it: slides and notes as XML and text. */
export interface PptxParts {
  slideCount: number;
  slideXml(number: number): Promise<string>;
  notesXml(number: number): Promise<string>;
  /** Text runs of a slide, in order, one per <a:t>. */
  slideText(number: number): Promise<string[]>;
  notesText(number: number): Promise<string[]>;
  /** The native chart parts (ppt/charts/chartN.xml) a slide shows, as XML. */
  slideCharts(number: number): Promise<string[]>;
  /** Every part name in the zip (folders left out). */
  partNames: string[];
}

export function textRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) =>
    (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

export async function readPptx(file: Uint8Array): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(file);
  const read = async (path: string) => {
    const part = zip.file(path);
    if (!part) throw new Error(`no ${path} in the PPTX`);
    return part.async('string');
  };
  const slideCount = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  ).length;
  const slideXml = (number: number) => read(`ppt/slides/slide${number}.xml`);
  const notesXml = (number: number) => read(`ppt/notesSlides/notesSlide${number}.xml`);
  const slideCharts = async (number: number) => {
    const rels = zip.file(`ppt/slides/_rels/slide${number}.xml.rels`);
    const xml = rels ? await rels.async('string') : '';
    const targets = [...xml.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
      (match) => match[1],
    );
    return Promise.all(targets.map((name) => read(`ppt/charts/${name}`)));
  };
  return {
    slideCount,
    partNames: Object.keys(zip.files).filter((name) => !name.endsWith('/')),
    slideCharts,
    slideXml,
    notesXml,
    slideText: async (number) => textRuns(await slideXml(number)),
    // The notes part also holds the slide number field; keep only the notes placeholder's text.
    notesText: async (number) => {
      const xml = await notesXml(number);
      const body = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="body"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
      return textRuns(body);
    },
  };
}
