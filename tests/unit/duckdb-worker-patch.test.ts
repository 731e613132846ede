import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { WORKER_REWRITES, patchDuckdbWorker } from '../../workers/duckdb-worker-patch';

const require = createRequire(import.meta.url);
const BUNDLES = ['eh', 'mvp'] as const;
const workerScript = (bundle: (typeof BUNDLES)[number]) =>
  readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${bundle}.worker.js`), 'utf8');

/** The text of one loader function, from `start` up to and including the `}` before `next`. */
function loaderFunction(source: string, start: string, next: string): string {
  const from = source.indexOf(start);
  const to = source.indexOf(next, from);
  expect(from, start).toBeGreaterThanOrEqual(0);
  expect(to, next).toBeGreaterThan(from);
  return source.slice(from, to + 1);
}

/** Runs `code` (which defines loader functions as globals) with `scope`, then `run` inside it. */
function inLoader<T>(code: string, scope: Record<string, unknown>, run: string): T {
  return runInNewContext(`var ${code};\n${run}`, { WebAssembly, ...scope }) as T;
}

describe('DuckDB-WASM worker rewrites (workers/duckdb-worker-patch.ts)', () => {
  for (const bundle of BUNDLES) {
    it(`applies every rewrite once to the ${bundle} worker, which still parses`, () => {
      const original = workerScript(bundle);
      const patched = patchDuckdbWorker(original);
      for (const rewrite of WORKER_REWRITES) {
        expect(rewrite.pattern.test(original), rewrite.name).toBe(true);
        expect(rewrite.pattern.test(patched), rewrite.name).toBe(false);
      }
      expect(() => new Function(patched)).not.toThrow();
    });
  }

  it('fails loudly when the loader no longer has what a rewrite expects', () => {
    const once = patchDuckdbWorker(workerScript('eh'));
    expect(() => patchDuckdbWorker(once)).toThrow(/rewrite "lazyGot" matches DuckDB-WASM's worker script 0 times/);
  });

  const original = workerScript('eh');
  const patched = patchDuckdbWorker(original);

  it('lazyGot fills the entries modules import exactly as before and makes no others', () => {
    const code = (source: string) => loaderFunction(source, 'updateGOT=(', '},relocateExports=');
    const run = (source: string) => {
      const fa = () => 1;
      const fb = () => 2;
      const table = new Map<unknown, number>();
      const scope = {
        isInternalSym: (name: string) => name === '__wasm_call_ctors',
        addFunction: (f: unknown) => table.get(f) ?? table.set(f, 100 + table.size).get(f)!,
        err: (message: string) => {
          throw new Error(message);
        }
      };
      // GOT before: what the main module's GOT.func / GOT.mem imports made while it was instantiated.
      const got = inLoader<Record<string, number>>(
        code(source),
        { ...scope, fa, fb },
        `var GOT = { fa: new WebAssembly.Global({ value: 'i32', mutable: true }), mem: new WebAssembly.Global({ value: 'i32', mutable: true }) };
         updateGOT({ fa, fb, mem: 2048, other: 4096, __wasm_call_ctors: fb });
         Object.fromEntries(Object.entries(GOT).map(([k, g]) => [k, g.value]));`
      );
      return got;
    };
    const before = run(original);
    const after = run(patched);
    expect(before).toEqual({ fa: 100, mem: 2048, fb: 101, other: 4096 });
    expect(after).toEqual({ fa: before.fa, mem: before.mem });
  });

  it('dynCallsInPlace and importsInPlace register the same symbols as before', () => {
    const code = (source: string) => loaderFunction(source, 'mergeLibSymbols=(', '},asyncLoad=') + ',' + loaderFunction(source, 'registerDynCallSymbols=', '};function loadDynamicLibrary');
    const run = (source: string) =>
      inLoader<string>(
        code(source),
        {},
        `var Module = { dynCall_vi: 'kept' };
         var wasmImports = { defined: 'js', stubbed: Object.assign(() => 0, { stub: true }) };
         var isSymbolDefined = (name) => { var value = wasmImports[name]; return !(!value || value.stub); };
         mergeLibSymbols({ dynCall_vi: 'new', dynCall_ii: 'ii', defined: 'wasm', stubbed: 'wasm', fresh: 'wasm' }, 'main');
         JSON.stringify({ module: Module, imports: Object.fromEntries(Object.entries(wasmImports).map(([k, v]) => [k, typeof v === 'function' ? 'stub' : v])) });`
      );
    expect(run(patched)).toBe(run(original));
    expect(JSON.parse(run(patched))).toEqual({
      module: { dynCall_vi: 'kept', dynCall_ii: 'ii' },
      imports: { defined: 'js', stubbed: 'wasm', dynCall_vi: 'new', dynCall_ii: 'ii', fresh: 'wasm' }
    });
  });

  it('conversionsInPlace returns the same converted exports', () => {
    const conversions = (source: string) => {
      const code = loaderFunction(source, 'function applySignatureConversions(', '}Module.stackSave');
      // The exports it converts, as named in its own code ("e.malloc=t(e.malloc)").
      const names = [...code.matchAll(/\w\.(\w+)=\w\(\w\.\1\)/g)].map((m) => m[1]);
      expect(names.length).toBeGreaterThan(5);
      return runInNewContext(
        `${code}
         var exportsIn = { untouched: 'x' };
         for (var name of NAMES) exportsIn[name] = () => -1;
         var out = applySignatureConversions(exportsIn);
         JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, typeof v === 'function' ? v() : v])));`,
        { NAMES: names }
      ) as string;
    };
    const after = conversions(patched);
    expect(after).toBe(conversions(original));
    // Pointers come back unsigned: -1 as 4294967295.
    expect(JSON.parse(after)).toMatchObject({ malloc: 4294967295, untouched: 'x' });
  });

  for (const bundle of BUNDLES) {
    it(`sharedReadOnlyHandle opens a registered file handle read-only, with a flush that does nothing, and nothing else differently (${bundle})`, async () => {
      const before = workerScript(bundle);
      const after = patchDuckdbWorker(before);
      const method = (source: string) => loaderFunction(source, 'async prepareFileHandleAsync(', '}async registerFileHandleAsync(');
      const run = (source: string, handle: string, path: string | null) =>
        runInNewContext(
          `class FileSystemSyncAccessHandle {}
           class FileSystemFileHandle { async createSyncAccessHandle(...options) { return { opened: 'file handle', options, flush() { throw new Error('read-only'); } }; } }
           var navigator = { storage: { getDirectory: async () => ({ getFileHandle: async () => ({ createSyncAccessHandle: async (...options) => ({ opened: 'by path', options }) }) }) } };
           var files = ({ ${method(source)} });
           files.prepareFileHandleAsync(PATH, ${handle}, 3, true).then((opened) => {
             let flushed; try { opened.flush?.(); flushed = 'flushed'; } catch (e) { flushed = e.message; }
             return JSON.stringify({ ...opened, flushed });
           });`,
          { PATH: path }
        ) as Promise<string>;
      // The database's FileSystemFileHandle (workers/database-file.ts): shared, read-only, and
      // DuckDB-WASM's flush before it lets go of the handle (closeFile, dropFile) does not throw.
      expect(JSON.parse(await run(before, 'new FileSystemFileHandle()', 'telisik.duckdb'))).toEqual({ opened: 'file handle', options: [], flushed: 'read-only' });
      expect(JSON.parse(await run(after, 'new FileSystemFileHandle()', 'telisik.duckdb'))).toEqual({ opened: 'file handle', options: [{ mode: 'read-only' }], flushed: 'flushed' });
      // A file DuckDB opens by its OPFS path (not used by Telisik) is opened as before.
      expect(await run(after, 'null', 'other.duckdb')).toBe(await run(before, 'null', 'other.duckdb'));
    });
  }
});
