import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from '../src/conformance/index.js';

// One small synthetic L4 case for the round tests: examples and an implementation written into a
// temporary repository, scored in one category. (Rounds 26–30 each kept a copy of these two.)

/** A temporary git repository holding `files`. */
export function conformanceRepo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** The score of one category when `impl` at `implPath` is compared with `examples`. */
export async function categoryScore(examples: Record<string, string>, implPath: string, impl: string, category: string): Promise<number> {
  const root = conformanceRepo({ ...examples, [implPath]: impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: [implPath] });
  return report.categoryBreakdown[category] ?? 0;
}
