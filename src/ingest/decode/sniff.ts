/** Recognizes common binary formats by their leading bytes (magic numbers). */

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (a .docx or .xlsx?)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'legacy Word/Office document (.doc); save it as .docx', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'executable (PE)', bytes: [0x4d, 0x5a, 0x90, 0x00] },
];

/** The name of the binary format `bytes` starts with, or undefined when none is recognized. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: sig }) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b))
    ?.name;
}

/** True when `bytes` starts with the ZIP local-file signature (every .docx does). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
