/** The small project the Serena fixture server's canned symbol tree describes (its line numbers must stay in step). */
export const SERENA_PROJECT = {
  'src/greeter.ts': `export class Greeter {
  constructor(readonly name: string) {}

  greet(): string {
    return \`Hello, \${this.name}\`;
  }
}

export function welcome(name: string): string {
  return new Greeter(name).greet();
}
`,
  'src/main.ts': `import { welcome } from './greeter';

export function main(): void {
  console.log(welcome('world'));
}
`,
  'README.md': '# greeter\n\nCall welcome() to greet.\n',
};
