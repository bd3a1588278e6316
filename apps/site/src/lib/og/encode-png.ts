import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

// Row buffers are 3 MB each: reusing them spares the build's large heap the collections that each
// fresh allocation of external memory would trigger.
const spareRows: Buffer[] = [];

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * An 8-bit RGBA PNG of `rgba` (width x height pixels, unpremultiplied). Compression runs on libuv's
 * thread pool (resvg's own encoder would block the build's main thread for each card).
 */
export async function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const stride = width * 4;
  // Each row starts with its filter type; 0 (none) with level 3 gives files about as small as
  // resvg's encoder at a third of the CPU time (measured on a card: 36 KB vs 31 KB).
  const size = (stride + 1) * height;
  const spare = spareRows.pop();
  const raw = spare?.length === size ? spare : Buffer.allocUnsafe(size);
  for (let row = 0; row < height; row++) {
    raw[row * (stride + 1)] = 0;
    raw.set(rgba.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
  // One output chunk is enough for a card: no extra round trips to the main thread.
  const compressed = await deflateAsync(raw, { level: 3, chunkSize: 256 * 1024 });
  if (spareRows.length < 4) spareRows.push(raw);
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
}
