import { isUtf8 } from "node:buffer";

/** The length of the UTF-8 sequence a lead byte opens (0 for a byte that opens none). */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * How many bytes at the end of `bytes` begin a UTF-8 character that is cut off (1 to 3), when
 * all before them is valid UTF-8 with characters beyond ASCII: text cut at a byte count (`head
 * -c`, a size limit, a download broken off), not text in another encoding. 0 otherwise.
 */
export function cutCharacterBytes(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back] as number;
    if (byte >= 0x80 && byte <= 0xbf) continue; // a continuation byte: look further back
    const length = sequenceLength(byte);
    if (length <= back) return 0;
    const before = bytes.subarray(0, n - back);
    // ASCII alone before a lone high byte says nothing of UTF-8 (`…\xC7` may be windows-1256).
    return before.some((b) => b >= 0x80) && isUtf8(before) ? back : 0;
  }
  return 0;
}
