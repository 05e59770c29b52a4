/** Recognizes common binary formats by their leading bytes (magic numbers). */

/** Names as a refusal says them (`而是 PDF 文档`); each starts with a Latin word, so the space before it is right. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF 文档', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: 'PNG 图片', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG 图片', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF 图片', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP 压缩包（可能是改了扩展名的 .docx 或 .xlsx）', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'Office 97–2003 旧格式文档（如 .doc；请在 Word 中另存为 .docx）', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'RAR 压缩包', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7-Zip 压缩包', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'gzip 压缩包', bytes: [0x1f, 0x8b] },
  { name: 'ELF 可执行程序', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows 可执行程序（.exe 或 .dll）', bytes: [0x4d, 0x5a, 0x90, 0x00] },
];

/** The name of the binary format `bytes` starts with, in the words of a refusal (`PDF 文档`), or undefined when none is recognized. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: sig }) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b))
    ?.name;
}

/** True when `bytes` starts with the ZIP local-file signature (every .docx does). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
