import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts an office file to PDF with headless LibreOffice (Debian: libreoffice-impress) and returns
 * the PDF's path. A throwaway profile keeps parallel runs from fighting over ~/.config/libreoffice.
 */
export async function convertWithLibreOffice(inputPath: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        inputPath,
      ],
      // A first start on a fresh install builds LibreOffice's caches; on a busy two-core machine that
      // alone has taken over 90 s.
      { timeout: 240_000 },
    );
    const pdfPath = join(outDir, basename(inputPath).replace(/\.[^.]+$/, '.pdf'));
    if (!existsSync(pdfPath)) {
      throw new Error(`LibreOffice wrote no PDF for ${inputPath}:\n${stdout}\n${stderr}`);
    }
    return pdfPath;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
