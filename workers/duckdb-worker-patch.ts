/**
 * Build-time rewrites of DuckDB-WASM's worker script. Each must match exactly once: a
 * DuckDB-WASM upgrade that changes the script fails the build here instead of quietly
 * starting slower or opening files differently (check the rewrites against its worker
 * script, or drop the ones it no longer needs). `npm start` serves the script unchanged.
 *
 * Four rewrite the Emscripten loader around the wasm and make every engine start about
 * 0.3–0.4 s shorter on this 2-core machine. DuckDB-WASM 1.32 is linked as an Emscripten
 * MAIN_MODULE (so that extensions could be loaded as side modules) and its wasm exports
 * 75,011 symbols. Before the first statement can run, the loader walks all of them several
 * times (traced with the CPU profiler, cold start): it makes a WebAssembly.Global and a
 * function-table slot for every exported function (updateGOT, growing the table one slot at a
 * time), copies the exports into arrays of pairs twice (Object.entries in mergeLibSymbols and
 * registerDynCallSymbols) and once more into a new object (applySignatureConversions).
 * Upstream: emscripten-core/emscripten#9791 (closed, wontfix) and #22739 (open). They keep
 * what the loader computes:
 * - lazyGot: only symbols some module imports get a GOT entry. The main module's own
 *   GOT.func/GOT.mem imports already have theirs when this runs (its GOT proxy made them
 *   during instantiation), so they are filled exactly as before; a side module's imports
 *   would get theirs on demand and be resolved through the same symbol table. Telisik never
 *   loads one: extensions cannot be installed or loaded (workers/duckdb-engine.ts).
 * - dynCallsInPlace, importsInPlace: the same loops over the same own keys, in the same
 *   order, without building an array per symbol.
 * - conversionsInPlace: the signature wrappers go onto the loader's own copy of the exports
 *   (relocateExports made it a moment earlier and nothing else holds it) instead of a copy.
 *
 * One changes how a file handle is opened:
 * - sharedReadOnlyHandle: a FileSystemFileHandle registered with BROWSER_FSACCESS is opened
 *   with a read-only synchronous access handle instead of an exclusive read-write one, so
 *   several tabs' engines (and a reloaded page's next to its old one) read the same kept
 *   database file at once (Chromium 121+; a browser without the mode ignores the option and
 *   opens it exclusively, as before). DuckDB-WASM flushes a handle before it lets go of it
 *   (closeFile, dropFile), which a read-only handle refuses, so that handle's flush does
 *   nothing: nothing is ever written through it. Telisik registers a file handle only for the
 *   database it attaches read-only (workers/database-file.ts). Upstream:
 *   duckdb/duckdb-wasm#1969 (closed unmerged) would have taken the mode from the database's
 *   access mode.
 */
export interface WorkerRewrite {
  readonly name: string;
  /** The code as minified in DuckDB-WASM's dist (single-letter names vary by bundle). */
  readonly pattern: RegExp;
  readonly replacement: string;
}

export const WORKER_REWRITES: readonly WorkerRewrite[] = [
  {
    name: 'lazyGot',
    pattern: /GOT\[(\w)\]\|\|\(GOT\[\1\]=new WebAssembly\.Global\(\{value:"i32",mutable:!0\}\)\),\((\w)\|\|GOT\[\1\]\.value==0\)/,
    replacement: 'GOT[$1]&&($2||GOT[$1].value==0)'
  },
  {
    name: 'dynCallsInPlace',
    pattern:
      /registerDynCallSymbols=(\w)=>\{for\(var\[(\w),(\w)\]of Object\.entries\(\1\)\)\2\.startsWith\("dynCall_"\)&&!Module\.hasOwnProperty\(\2\)&&\(Module\[\2\]=\3\)\}/,
    replacement: 'registerDynCallSymbols=$1=>{for(var $2 of Object.keys($1))$2.startsWith("dynCall_")&&!Module.hasOwnProperty($2)&&(Module[$2]=$1[$2])}'
  },
  {
    name: 'importsInPlace',
    pattern:
      /mergeLibSymbols=\((\w),(\w)\)=>\{registerDynCallSymbols\(\1\);for\(var\[(\w),(\w)\]of Object\.entries\(\1\)\)\((\w)=>\{isSymbolDefined\(\5\)\|\|\(wasmImports\[\5\]=\4\)\}\)\(\3\)\}/,
    replacement: 'mergeLibSymbols=($1,$2)=>{registerDynCallSymbols($1);for(var $3 of Object.keys($1))isSymbolDefined($3)||(wasmImports[$3]=$1[$3])}'
  },
  {
    name: 'conversionsInPlace',
    pattern: /function applySignatureConversions\((\w)\)\{\1=Object\.assign\(\{\},\1\);/,
    replacement: 'function applySignatureConversions($1){'
  },
  {
    name: 'sharedReadOnlyHandle',
    pattern:
      /(prepareFileHandleAsync\((\w),(\w),(\w),(\w)\)\{if\(\4===3&&!\(\3 instanceof FileSystemSyncAccessHandle\)\)\{if\(\3 instanceof FileSystemFileHandle\)\{let (\w)=\3;try\{\3=await \6\.createSyncAccessHandle\()\)/,
    replacement: '$1{mode:"read-only"}),$3.flush=()=>{}'
  }
];

/** DuckDB-WASM's worker script with every rewrite applied; throws when one does not match exactly once. */
export function patchDuckdbWorker(source: string): string {
  let patched = source;
  for (const rewrite of WORKER_REWRITES) {
    const found = patched.match(new RegExp(rewrite.pattern.source, 'g'))?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `workers/duckdb-worker-patch.ts: rewrite "${rewrite.name}" matches DuckDB-WASM's worker script ${found} times instead of once; ` +
          'check the rewrites against this DuckDB-WASM version.'
      );
    }
    patched = patched.replace(rewrite.pattern, rewrite.replacement);
  }
  return patched;
}
