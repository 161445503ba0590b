import { evidenceIn } from './evidence.js';
import type { DetectContext } from './detector.js';
import type { Candidate } from './types.js';
import { standardFixesByDefault } from './standard-fix-config.js';

const SYSTEM_SPECS = ['system', 'features', 'integration', 'requests_integration', 'e2e'];

/** Ruby (Bundler): rubocop (1), rspec or rake test (2), system / feature / integration specs (3). */
export function detectRuby({ dir }: DetectContext): Candidate[] {
  // Bundler reads `gems.rb` (with `gems.locked`) where a project has no Gemfile: the same manifest.
  const gemfileName = dir.first('Gemfile', 'gems.rb');
  const gemfile = gemfileName === undefined ? undefined : dir.read(gemfileName);
  if (gemfile === undefined && !dir.first('.rubocop.yml', '.rspec', 'Rakefile')) return [];
  const lock = dir.read(gemfileName === 'gems.rb' ? 'gems.locked' : 'Gemfile.lock');
  const gems = `${gemfile ?? ''}\n${lock ?? ''}\n${[...dir.files]
    .filter((f) => f.endsWith('.gemspec'))
    .map((f) => dir.read(f) ?? '')
    .join('\n')}`;
  const bundle = gemfile !== undefined ? 'bundle exec ' : '';
  const ev = evidenceIn(dir, gemfileName ?? (dir.first('.rubocop.yml', '.rspec', 'Rakefile') as string));
  const gem = (name: string): boolean => new RegExp(`["'\\s]${name}["'\\s(]`).test(gems);
  const out: Candidate[] = [];
  if (dir.has('.rubocop.yml') || gem('rubocop'))
    out.push({ level: 1, name: 'rubocop', command: `${bundle}rubocop`, kind: 'tool', ecosystem: 'ruby', evidence: ev });
  if (gem('standard') && !out.length)
    out.push({
      level: 1,
      name: 'standardrb',
      command: `${bundle}standardrb${standardFixesByDefault(dir.read('.standard.yml')) ? ' --no-fix' : ''}`,
      kind: 'tool',
      ecosystem: 'ruby',
      evidence: ev,
    });
  if (dir.has('.rspec') || gem('rspec') || gem('rspec-rails') || dir.hasDir('spec')) {
    const system = SYSTEM_SPECS.filter((s) => dir.list('spec').includes(s));
    if (system.length > 0) {
      out.push({
        level: 2,
        name: 'rspec',
        command: `${bundle}rspec --exclude-pattern "spec/{${system.join(',')}}/**/*_spec.rb"`,
        kind: 'tool',
        ecosystem: 'ruby',
      });
      out.push({
        level: 3,
        name: 'rspec system',
        command: `${bundle}rspec ${system.map((s) => `spec/${s}`).join(' ')}`,
        kind: 'tool',
        ecosystem: 'ruby',
      });
    } else out.push({ level: 2, name: 'rspec', command: `${bundle}rspec`, kind: 'tool', ecosystem: 'ruby', evidence: ev });
  } else if (dir.hasDir('test') && (dir.has('Rakefile') || gem('minitest'))) {
    // A Rails application runs `bin/rails test`; a gem that merely tests against Rails (it has a
    // gemspec and no bin/rails of its own, as `rails plugin new` would give it) runs its Rakefile.
    const isGem = [...dir.files].some((f) => f.endsWith('.gemspec'));
    const rails = gem('rails') && (!isGem || dir.list('bin').includes('rails'));
    out.push({
      level: 2,
      name: 'test',
      command: rails ? 'bin/rails test' : `${bundle}rake test`,
      kind: 'tool',
      ecosystem: 'ruby',
      evidence: ev,
    });
    if (rails && dir.list('test').includes('system'))
      out.push({ level: 3, name: 'test:system', command: 'bin/rails test:system', kind: 'tool', ecosystem: 'ruby', evidence: ev });
  }
  return out;
}
