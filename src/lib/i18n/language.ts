/**
 * The language of the interface: Bahasa Indonesia (the default) or English. Chosen with the
 * switch in the header or `?lang=en|id`, kept in the browser, and fixed for a page load:
 * switching reloads the page (filters are in the URL, data in the browser's storage), so
 * every dictionary is read once, in one language. Node (tests, the import CLI) and workers
 * have no choice to read and speak Indonesian.
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name (the switch shows them so, whatever the page's language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { id: 'Bahasa Indonesia', en: 'English' };

const STORAGE_KEY = 'telisik.bahasa.v1';
export const LANGUAGE_PARAM = 'lang';

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function chosenLanguage(): Language {
  if (typeof window === 'undefined' || typeof document === 'undefined') return 'id';
  try {
    const fromUrl = new URL(window.location.href).searchParams.get(LANGUAGE_PARAM);
    if (isLanguage(fromUrl)) {
      localStorage.setItem(STORAGE_KEY, fromUrl);
      return fromUrl;
    }
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'id';
  } catch {
    return 'id'; // storage blocked: the default
  }
}

/** BCP 47 tags for Intl: Indonesian groups thousands with '.', English with ','. */
const localeOf = (l: Language) => (l === 'en' ? 'en-GB' : 'id-ID');

export let language: Language = chosenLanguage();
export let locale = localeOf(language);

/**
 * A worker has no page to read the choice from: the page tells it (ImportApi/ExportApi
 * `setLanguage`) before the worker loads any module with a dictionary, so the files it
 * builds and the findings it reports are in the page's language.
 */
export function useLanguage(next: Language): void {
  language = isLanguage(next) ? next : 'id';
  locale = localeOf(language);
}

/** Keep `next` and reload the page in it (the URL's own `lang`, if any, is dropped). */
export function switchLanguage(next: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage blocked: the URL parameter carries the choice for this page instead.
  }
  const url = new URL(window.location.href);
  url.searchParams.set(LANGUAGE_PARAM, next);
  window.location.assign(url.href);
}

/**
 * A dictionary's shape without its literal types: the English dictionary must have every
 * key of the Indonesian one, with strings and functions of the same arguments.
 */
export type Dictionary<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends object
      ? { readonly [K in keyof T]: Dictionary<T[K]> }
      : T;

/** The dictionary of the page's language. */
export function localized<T>(dictionaries: { id: T; en: Dictionary<T> }): Dictionary<T> {
  return (language === 'en' ? dictionaries.en : dictionaries.id) as Dictionary<T>;
}
