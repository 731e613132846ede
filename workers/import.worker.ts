/// <reference lib="webworker" />
// Entry of the import worker: the import pipeline behind Comlink.
import * as Comlink from 'comlink';
import { reportPolicyViolations } from './csp-report';
import provincesCsv from 'idn-area-data/data/provinces.csv?raw';
import regenciesCsv from 'idn-area-data/data/regencies.csv?raw';
import schemaSql from '../data/schema.sql?raw';
import type { ImportApi, ImportReply } from './import-api';
import { useLanguage } from '../src/lib/i18n/language';
import { regionsFromCsv } from '../src/lib/import/regions';
import { parseCanonicalSchema } from '../src/lib/import/canonical-schema';

const reference = { regions: regionsFromCsv(provincesCsv, regenciesCsv), schema: parseCanonicalSchema(schemaSql) };

const api: ImportApi = {
  setLanguage: useLanguage,
  async importFile(bytes, fileName, options, onProgress): Promise<ImportReply> {
    // Loaded on the first call, after setLanguage: its dictionaries are read in the page's language.
    const { runImport } = await import('./import-run');
    const reply = await runImport(bytes, fileName, options, reference, onProgress ?? (() => {}));
    return reply.ok ? Comlink.transfer(reply, Object.values(reply.tables).map((t) => t.buffer as ArrayBuffer)) : reply;
  }
};

reportPolicyViolations(self as unknown as WorkerGlobalScope);
Comlink.expose(api);
