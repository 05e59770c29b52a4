/**
 * Collects the input files of an ingest run: files named directly, and every .txt/.docx below the
 * folders named, in a stable order.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { checkSize, MAX_INPUT_BYTES } from '../decode.ts';
import { IngestError } from '../errors.ts';
import type { SourceFile } from '../types.ts';

/** Extensions ingestion reads; other files in input folders are listed as skipped. */
export const INPUT_EXTENSIONS = ['.txt', '.docx'];

export interface InputListing {
  /** Absolute path and the name used in reports and ids (relative to the input folder). */
  files: { path: string; name: string }[];
  skipped: string[];
}

/** Lists input files; throws naming the path when an input does not exist. */
export function listInputs(inputs: string[]): InputListing {
  const files: InputListing['files'] = [];
  const skipped: string[] = [];
  const accept = (path: string) => INPUT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch {
      throw new Error(`${input}: 没有这个文件或文件夹，请检查路径`);
    }
    if (info.isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          const full = join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.isFile() && accept(entry.name)) files.push({ path: full, name: relative(input, full).split('\\').join('/') });
          else skipped.push(full);
        }
      };
      walk(input);
    } else if (accept(input)) {
      files.push({ path: input, name: basename(input) });
    } else {
      skipped.push(input);
    }
  }
  return { files, skipped };
}

/** What a path is when it is not a regular file, in the words of a refusal. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return '文件夹';
  if (info.isFIFO()) return '命名管道';
  if (info.isSocket()) return '套接字';
  if (info.isCharacterDevice() || info.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

/** Why a file could not be opened, for the user. */
function openFailure(name: string, error: NodeJS.ErrnoException): IngestError {
  if (error.code === 'ENOENT') return new IngestError(name, {}, '文件在列出之后、读取之前被删除或移走了，未读取');
  if (error.code === 'EACCES' || error.code === 'EPERM') return new IngestError(name, {}, '没有读取权限，未读取（请检查文件权限）');
  return new IngestError(name, {}, `无法读取（${error.code ?? error.message}）`);
}

/**
 * Reads one input file with its hash. Its type and size are checked on the open file before
 * anything is read: a FIFO, a device or a file over `maxBytes` is refused without reading it, and a
 * file that vanished or cannot be read is refused too, each with an IngestError naming it.
 */
export function readSource(path: string, name: string, maxBytes = MAX_INPUT_BYTES): SourceFile {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO does not wait for a writer; fstat then refuses it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openFailure(name, error as NodeJS.ErrnoException);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new IngestError(name, {}, `不是普通文件（${kindOf(info)}），未读取`);
    checkSize(name, info.size, maxBytes);
    // Read at most one byte past the limit: a file that grew since fstat is still refused, never read whole.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    checkSize(name, length, maxBytes);
    const bytes = buffer.subarray(0, length);
    return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw openFailure(name, error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}
