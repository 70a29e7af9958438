const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * A file's content as text, or undefined when it is binary (a NUL byte in
 * its first 8 KiB, as git decides).
 */
export function decodeText(content: Uint8Array | string): string | undefined {
  if (typeof content === 'string') {
    return content.includes('\u0000') ? undefined : content;
  }
  const head = content.subarray(0, 8192);
  if (head.includes(0)) {
    return undefined;
  }
  return decoder.decode(content).replace(/^\uFEFF/, '');
}
