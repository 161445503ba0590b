import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './yaml-output.js';

/** A deterministic PRNG so that a failing string can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = [
  '',
  ' ',
  'a: b',
  'a #b',
  'a#b',
  '#x',
  '- item',
  '-x',
  '? q',
  ': x',
  'x:',
  'on',
  'Yes',
  'NO',
  'null',
  '~',
  'true',
  '0',
  '012',
  '1e3',
  '0x1F',
  '.5',
  '+1',
  '2001-12-14',
  '.inf',
  '<<',
  "it's",
  '"quoted"',
  "'single'",
  '{ a: 1 }',
  '[a, b]',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  '%directive',
  '@at',
  '`tick`',
  'tab\there',
  'trailing ',
  ' leading',
  'line1\nline2',
  'line1\nline2\n',
  'line1\nline2\n\n',
  'line1\n\n\nline2',
  '\nstarts with newline',
  '  indented\nsecond',
  'first\n  indented second\n',
  'ends with spaces\n   ',
  'spaces only line\n   \nnext',
  'cr\r\nlf',
  'bell\u0007',
  'emoji 🎭 and ünïcode',
  '${{ github.sha }}',
  '$CI_COMMIT_SHA',
  'echo "a: b" && echo # hash',
  '--flag',
  '...',
  '---',
  'a\\b',
];

describe('toYaml', () => {
  it('writes strings that read back byte for byte, as values, keys and list items', () => {
    for (const s of TRICKY) {
      const doc = { k: s, list: [s, { run: s, [`key ${s}`]: s }], nested: { deeper: { v: s } } };
      expect(parse(toYaml(doc)), JSON.stringify(s)).toEqual(doc);
    }
  });

  it('round-trips random strings of syntax characters, blanks and newlines', () => {
    const r = rng(7);
    const alphabet = [...`ab Z09:#-?'"{}[],&*!|>%@\`$\\\t\n~.=<+`];
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(r() * 24);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      const doc = { v: s, seq: [s], m: [{ a: s, b: [s] }] };
      expect(parse(toYaml(doc)), JSON.stringify(s)).toEqual(doc);
    }
  });

  it('keeps numbers, booleans, nulls, empty collections and comments in the header', () => {
    const text = toYaml({ num: 15, f: 1.5, t: true, z: null, e: [], o: {}, on: { push: null } }, ['Generated', ''], ['on']);
    expect(text).toBe('# Generated\n#\nnum: 15\nf: 1.5\nt: true\nz: null\ne: []\no: {}\non:\n  push: null\n');
    expect(toYaml({ on: 1 })).toBe("'on': 1\n");
  });
});
