import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

import { contentSecurityPolicy } from './csp.config.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A single-page app: everything runs in the browser, there is no server to render on.
    adapter: adapter({ fallback: 'index.html' }),
    // The page's policy (a meta tag with the bootstrap script's hash). Hosts should also send
    // it as a response header so the workers run under it: README, "Content Security Policy".
    csp: { mode: 'hash', directives: contentSecurityPolicy },
    // Registered by the app itself, and only in a build (src/lib/offline/register.ts): in
    // `npm start` a caching worker would serve stale modules.
    serviceWorker: { register: false },
    typescript: {
      // The top-level workers/ folder is outside src/: include it so it is type-checked too.
      config: (tsconfig) => ({
        ...tsconfig,
        include: [...tsconfig.include, '../workers/**/*.ts', '../data/**/*.ts', '../tests/**/*.ts']
      })
    }
  }
};

export default config;
