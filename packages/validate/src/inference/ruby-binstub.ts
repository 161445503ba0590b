/**
 * A Bundler/Rails binstub: `bin/rails test`, `bin/rspec`, `bin/rubocop`. `bin/` of a Ruby project holds
 * the scripts `bundle binstubs` and `rails new` write, each running the gem's executable under the
 * project's bundle, so the line is that tool's line (`rails test`), not a binary the build produced.
 * Returns the line with the tool's own name, or undefined when the line runs no binstub.
 */
const BINSTUB = /^(?:\.\/)?bin\/(rails|rake|rspec|rubocop|standardrb|brakeman|cucumber|steep|srb)(\s.*)?$/;

export function throughBinstub(line: string): string | undefined {
  const m = BINSTUB.exec(line);
  return m ? `${m[1] as string}${m[2] ?? ''}` : undefined;
}
