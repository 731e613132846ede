// tsx data/publish-sample.ts
//
// Copies the sample database (data/sample/telisik.duckdb, made by `npm run data:generate`)
// to static/data/, the only file of the sample the app serves: the CSVs stay out of the
// build, which would otherwise ship them too.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('./sample/telisik.duckdb', import.meta.url));
const targetDir = fileURLToPath(new URL('../static/data/', import.meta.url));
const target = `${targetDir}telisik.duckdb`;

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.size === y.size && x.mtimeMs <= y.mtimeMs;
  } catch {
    return false;
  }
}

if (await sameFile(source, target)) {
  console.log(`${target} is up to date.`);
} else {
  await mkdir(targetDir, { recursive: true });
  await copyFile(source, target);
  console.log(`Published ${source} to ${target}.`);
}
