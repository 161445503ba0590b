import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 44 (held-out-44): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A house that turns every failure into a Result built with its classes (`new Err(…)`), in `catch` and `.catch`. */
const resultHouse = {
  'src/tasks/load.ts': `import { Ok, Err, type Outcome } from './outcome';

export class Loader {
  constructor(private readonly read: (key: string) => Promise<string>) {}

  load(key: string): Promise<Outcome<string, Error>> {
    return this.read(key)
      .then((text) => new Ok<string, Error>(text))
      .catch((e) => new Err<string, Error>(e as Error));
  }

  async parse(key: string): Promise<Outcome<unknown, Error>> {
    try {
      return new Ok(JSON.parse(await this.read(key)));
    } catch (e) {
      return new Err(e as Error);
    }
  }
}
`,
  'src/tasks/save.ts': `import { Ok, Err, type Outcome } from './outcome';

export async function save(write: (text: string) => Promise<void>, value: unknown): Promise<Outcome<void, Error>> {
  try {
    await write(JSON.stringify(value));
    return new Ok(undefined);
  } catch (e) {
    return new Err(e as Error);
  }
}

export function saveAll(write: (text: string) => Promise<void>, values: unknown[]): Promise<Outcome<void, Error>> {
  return Promise.all(values.map((v) => write(JSON.stringify(v))))
    .then(() => new Ok<void, Error>(undefined))
    .catch((e) => {
      return new Err<void, Error>(e as Error);
    });
}
`,
};

describe('round 44: Result values built with `new` and `.catch` handlers that convert to them', () => {
  it('reads `new Err(…)` and a converting `.catch` as the Result convention `err(…)` follows', async () => {
    const impl = `import { ok, err, type Outcome } from './outcome';

export async function remove(del: (key: string) => Promise<void>, key: string): Promise<Outcome<void, Error>> {
  try {
    await del(key);
    return ok(undefined);
  } catch (e) {
    return err(e as Error);
  }
}
`;
    expect(await categoryScore(resultHouse, 'src/tasks/remove.ts', impl, 'error-handling')).toBe(0);
  });

  it('still flags a throwing implementation in that house', async () => {
    const impl = `export async function remove(del: (key: string) => Promise<void>, key: string): Promise<void> {
  try {
    await del(key);
  } catch (e) {
    throw new Error(\`could not remove \${key}: \${String(e)}\`);
  }
  if (!key) throw new Error('no key');
}
`;
    expect(await categoryScore(resultHouse, 'src/tasks/remove.ts', impl, 'error-handling')).toBeGreaterThan(0);
  });
});
