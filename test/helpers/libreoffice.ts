// A Word file as LibreOffice lays it out: converted to PDF (`soffice --headless --convert-to pdf`, in a profile of
// its own under `workDir`) and read back with pdftotext. Debian: libreoffice-writer-nogui, poppler-utils
// (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('LibreOffice is needed: apt-get install libreoffice-writer-nogui poppler-utils (.ci/run installs them)');
  return found;
}

export function pdfText(docx: string, workDir: string): string {
  const out = path.join(workDir, `pdf-${path.basename(docx, '.docx')}`);
  mkdirSync(out, { recursive: true });
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  const convert = spawnSync(soffice(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { encoding: 'utf8', timeout: 120_000 });
  const pdf = path.join(out, `${path.basename(docx, '.docx')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice made no PDF: ${convert.stderr || convert.stdout}`);
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  return text.stdout;
}
