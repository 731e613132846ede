/**
 * JSON with exact numbers. JSON.parse turns 198350202.92 into a binary float and an 18-digit
 * id into a rounded one; the reference must see the digits the file holds, so numbers are
 * kept as their source text (JsonNumber). Independent of the app's lossless-json reader.
 */

export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | { [key: string]: JsonValue };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\r\n]*/y;

export function parseExactJson(text: string): JsonValue {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skip = (): void => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`JSON: ${what} at offset ${at}`);
  };
  const take = (re: RegExp): string | null => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return null;
    at = re.lastIndex;
    return m[0];
  };
  const expect = (ch: string): void => {
    skip();
    if (text[at] !== ch) fail(`expected '${ch}'`);
    at += 1;
  };

  const value = (): JsonValue => {
    skip();
    const ch = text[at];
    if (ch === '{') {
      at += 1;
      const out: { [key: string]: JsonValue } = {};
      skip();
      if (text[at] === '}') {
        at += 1;
        return out;
      }
      for (;;) {
        skip();
        const key = take(STRING) ?? fail('expected a key');
        expect(':');
        out[JSON.parse(key) as string] = value();
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') {
          at += 1;
          return out;
        } else fail("expected ',' or '}'");
      }
    }
    if (ch === '[') {
      at += 1;
      const out: JsonValue[] = [];
      skip();
      if (text[at] === ']') {
        at += 1;
        return out;
      }
      for (;;) {
        out.push(value());
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') {
          at += 1;
          return out;
        } else fail("expected ',' or ']'");
      }
    }
    // The escapes of a string literal are JSON.parse's job: it is exact for strings.
    if (ch === '"') return JSON.parse(take(STRING) ?? fail('bad string')) as string;
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return result;
      }
    }
    return new JsonNumber(take(NUMBER) ?? fail('unexpected character'));
  };

  const result = value();
  skip();
  if (at !== text.length) fail('trailing text');
  return result;
}
