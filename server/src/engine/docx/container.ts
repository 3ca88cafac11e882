import { strFromU8, Unzip, UnzipInflate } from 'fflate';
import { megabytes } from '../lint';

/** A file that cannot be read as a Word document: its message says why, in the user's terms. */
export class DocxError extends Error {}

/** The parts of a `.docx` the reader uses, as text, by their path in the package. */
export type DocxParts = Map<string, string>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** End of central directory: every whole zip ends with one, within its last 64 KiB and 22 bytes. */
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const END_SEARCH_BYTES = 0xffff + 22;

/**
 * The compressed input is fed in slices this large, so that one step of inflation writes at most
 * about a thousand times as much (Deflate's greatest ratio) before the size check sees it.
 */
const SLICE_BYTES = 16 * 1024;

/** The package's relationships, its content types and the XML parts of the document (no media, no themes' subfolders). */
const WANTED_PART = /^(?:_rels\/\.rels|\[Content_Types\]\.xml|word\/[^/]+\.xml)$/;

/**
 * Unzips the XML parts of a Word document, stopping as soon as what they inflate to passes
 * `maxInflatedBytes`: a small file that inflates to gigabytes (a zip bomb) is refused, not read.
 * Throws DocxError for anything that is not a readable `.docx`.
 */
export function unzipDocx(bytes: Uint8Array, maxInflatedBytes: number): DocxParts {
  if (startsWith(bytes, OLE_SIGNATURE)) throw new DocxError(describeCompoundFile(bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new DocxError(
      bytes.length === 0 ? 'This Word document is empty' : 'This file is not a Word document: a .docx is a zip package, and this file is not one',
    );
  }
  if (lastIndexOf(bytes, END_OF_DIRECTORY, END_SEARCH_BYTES) < 0) throw new DocxError('This Word document is truncated or damaged: its zip package has no end');

  const chunks = new Map<string, Uint8Array[]>();
  const complete = new Set<string>();
  let inflated = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    if (!WANTED_PART.test(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      inflated += chunk.length;
      if (inflated > maxInflatedBytes) {
        failure = new DocxError(`This Word document inflates past the size limit (${megabytes(maxInflatedBytes)} MB of XML): it is not read`);
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) complete.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let start = 0; start < bytes.length && !failure; start += SLICE_BYTES) {
      unzip.push(bytes.subarray(start, start + SLICE_BYTES), start + SLICE_BYTES >= bytes.length);
    }
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure instanceof DocxError) throw failure;
  if (failure) throw new DocxError(`This Word document is damaged: ${failure.message}`);

  const parts: DocxParts = new Map();
  for (const name of complete) parts.set(name, decodeXml(concat(chunks.get(name)!)));
  return parts;
}

/** An OLE compound file is either a password-protected `.docx` or an old binary `.doc`: the message says which. */
function describeCompoundFile(bytes: Uint8Array): string {
  if (containsUtf16(bytes, 'EncryptedPackage')) {
    return 'This Word document is encrypted (password-protected): save a copy without a password to lint it';
  }
  if (containsUtf16(bytes, 'WordDocument')) {
    return 'This is a Word 97-2003 document (.doc), which is not read: save it as .docx to lint it';
  }
  return 'This file is not a Word document: it is an OLE compound file of another kind';
}

/** Directory entries of a compound file name their streams in UTF-16LE. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function lastIndexOf(bytes: Uint8Array, signature: readonly number[], within: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = Math.max(0, bytes.length - within);
  const found = buffer.subarray(from).lastIndexOf(Buffer.from(signature));
  return found < 0 ? -1 : from + found;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  return Buffer.concat(chunks);
}

/** Parts are UTF-8 (or UTF-16 with a byte-order mark, which some writers use). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2).toString('utf16le');
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
