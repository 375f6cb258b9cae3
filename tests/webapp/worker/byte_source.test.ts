import { describe, expect, it } from 'vitest';
import { fileSource, READ_BUFFER_BYTES, streamSlices } from '../../../webapp/src/worker/byte_source';

const decoder = new TextDecoder();

/** A stream giving `pieces`, as a byte stream (what browsers' File.stream() is) or a plain one. */
function streamOf(pieces: string[], byteStream: boolean): ReadableStream<Uint8Array> {
  const queue = pieces.map((p) => new TextEncoder().encode(p));
  if (!byteStream) {
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = queue.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
  }
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const next = queue.shift();
      if (next) {
        controller.enqueue(next);
        return;
      }
      controller.close();
      // A byte stream closed while a read into the reader's buffer waits answers it with no bytes.
      (controller as ReadableByteStreamController).byobRequest?.respond(0);
    },
  }) as ReadableStream<Uint8Array>;
}

async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; bufferSizes: number[] }> {
  let text = '';
  const bufferSizes: number[] = [];
  for await (const slice of streamSlices(stream)) {
    bufferSizes.push(slice.buffer.byteLength);
    text += decoder.decode(slice, { stream: true });
  }
  return { text, bufferSizes };
}

describe('streamSlices', () => {
  it('reads a byte stream into one buffer of its own, slice after slice', async () => {
    const { text, bufferSizes } = await read(streamOf(['id,stage\n', '1,Won\n', '2,Lost\n'], true));
    expect(text).toBe('id,stage\n1,Won\n2,Lost\n');
    expect(bufferSizes).toEqual([READ_BUFFER_BYTES, READ_BUFFER_BYTES, READ_BUFFER_BYTES]);
  });

  it('reads a stream that is not a byte stream as it gives its slices', async () => {
    const { text, bufferSizes } = await read(streamOf(['id,stage\n', '1,Won\n'], false));
    expect(text).toBe('id,stage\n1,Won\n');
    expect(bufferSizes).toEqual([9, 6]);
  });

  it('cancels the stream when the consumer leaves early', async () => {
    let cancelled = false;
    const stream = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        controller.enqueue(new Uint8Array([0x61]));
      },
      cancel() {
        cancelled = true;
      },
    }) as ReadableStream<Uint8Array>;
    for await (const slice of streamSlices(stream)) {
      expect(slice.length).toBe(1);
      break;
    }
    expect(cancelled).toBe(true);
  });
});

describe('fileSource', () => {
  it('gives a file\'s name, role, size and bytes', async () => {
    const source = fileSource(new File(['id,stage\n1,Won\n'], 'deals.csv'), 'deals');
    expect([source.name, source.role, source.size]).toEqual(['deals.csv', 'deals', 15]);
    let text = '';
    for await (const slice of source.chunks()) text += decoder.decode(slice, { stream: true });
    expect(text).toBe('id,stage\n1,Won\n');
  });
});
