import { describe, expect, it } from 'vitest';
import { assertFitsBudget, databaseBudget } from '../../workers/memory-budget';
import { downloadWithProgress } from '../../workers/download';

const GIB = 1024 ** 3;

describe('databaseBudget', () => {
  it('allows 2 GiB on a large device and a quarter of the memory on small ones', () => {
    expect(databaseBudget(8)).toBe(2 * GIB);
    expect(databaseBudget(undefined)).toBe(2 * GIB);
    expect(databaseBudget(2)).toBe(GIB / 2);
  });
  it('refuses a file over the budget with an Indonesian sentence naming both sizes', () => {
    expect(() => assertFitsBudget(2.5 * GIB, 2 * GIB)).toThrow(/2,5 GB.*batas 2 GB/);
    expect(() => assertFitsBudget(GIB, 2 * GIB)).not.toThrow();
  });
});

describe('downloadWithProgress', () => {
  const serve = (chunks: Uint8Array[], length?: number) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(chunk));
        controller.close();
      }
    });
    const headers = length === undefined ? undefined : { 'content-length': String(length) };
    globalThis.fetch = async () => new Response(body, { headers });
  };

  it('assembles the file with and without a Content-Length', async () => {
    const chunks = [Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5)];
    serve(chunks, 5);
    expect([...(await downloadWithProgress('/x', () => {}))]).toEqual([1, 2, 3, 4, 5]);
    serve(chunks);
    expect([...(await downloadWithProgress('/x', () => {}))]).toEqual([1, 2, 3, 4, 5]);
  });

  it('tries once more when the transfer is cut off half way (a network error), and only once', async () => {
    const cutOff = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(Uint8Array.of(1, 2));
            controller.error(new TypeError('network error'));
          }
        }),
        { headers: { 'content-length': '5' } }
      );
    const whole = () => new Response(Uint8Array.of(1, 2, 3, 4, 5), { headers: { 'content-length': '5' } });
    let asked = 0;
    globalThis.fetch = async () => (++asked === 1 ? cutOff() : whole());
    expect([...(await downloadWithProgress('/x', () => {}))]).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toBe(2);
    asked = 0;
    globalThis.fetch = async () => (++asked, cutOff());
    await expect(downloadWithProgress('/x', () => {})).rejects.toThrow(/network error/);
    expect(asked).toBe(2);
  });

  it('refuses a file that arrives shorter than announced', async () => {
    serve([Uint8Array.of(1, 2)], 5);
    await expect(downloadWithProgress('/x', () => {})).rejects.toThrow(/terpotong: 2 dari 5/);
  });

  it('refuses from the announced size, before reading the body', async () => {
    serve([Uint8Array.of(1)], 3 * GIB);
    const seen: number[] = [];
    await expect(downloadWithProgress('/x', (p) => seen.push(p.loaded), (bytes) => assertFitsBudget(bytes, 2 * GIB))).rejects.toThrow(/lebih besar/);
    expect(seen).toEqual([]);
  });
});
