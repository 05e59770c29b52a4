/**
 * Writes a zip archive with yazl (file names UTF-8 flagged, so Windows Explorer shows 部署说明.txt).
 * The archive appears only when complete: it is written beside the target and renamed into place.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** One archive member: a file on disk or bytes. `name` uses / separators. */
export type ZipEntry = { name: string; file: string } | { name: string; data: Buffer };

/** Every file under `dir`, as archive entries named `prefix` + relative path. */
export async function folderEntries(dir: string, prefix: string): Promise<ZipEntry[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => ({ name: prefix + relative(dir, file).split(sep).join('/'), file }));
}

/**
 * Writes `entries` to `outPath`, calling `onEntry` as each one has been read into the archive; on
 * failure nothing is left at `outPath` or beside it.
 */
export async function writeZip(entries: ZipEntry[], outPath: string, onEntry: () => void = () => {}): Promise<void> {
  const partial = `${outPath}.partial`;
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if ('file' in entry) {
      // As addFile does (its mode and mtime), but with a stream we see the end of.
      const { mode, mtime, size } = await stat(entry.file);
      zip.addReadStreamLazy(entry.name, { mode, mtime, size }, (callback) => callback(null, createReadStream(entry.file).once('end', onEntry)));
    } else {
      zip.addBuffer(entry.data, entry.name);
      onEntry();
    }
  }
  zip.end();
  try {
    await pipeline(zip.outputStream, createWriteStream(partial));
    await rename(partial, outPath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
