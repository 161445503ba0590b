/** A scalar an env variable or a matrix entry may hold in the abstract pipeline. */
export type Scalar = string | number | boolean;

/** How a node runs: for real, mocked (kept in the graph, command not run), or real only when its `when` holds. */
export type NodeStrategy = 'real' | 'mock' | 'conditional';

/** When a stage or node runs. All given keys must hold. */
export interface WhenSpec {
  /** One branch or any of several. */
  branch?: string | string[];
  /** One event (push, pull_request, schedule, manual, tag) or any of several. */
  event?: string | string[];
  /** An expression: `branch == 'main' && event != 'pull_request'` (see docs/ci.md). */
  condition?: string;
}

export interface PipelineNode {
  name: string;
  /** One command, or several run one after another. Kept verbatim. */
  command?: string | string[];
  strategy?: NodeStrategy;
  env?: Record<string, Scalar>;
  matrix?: Record<string, Scalar[]>;
  /** A WhenSpec, or a condition expression as a string. */
  when?: WhenSpec | string;
  /** Shorthand for `when: {condition: …}` (both may be given: both must hold). */
  condition?: string;
  timeout?: number;
  artifacts?: string | string[];
}

export interface PipelineStage {
  stage: string;
  /** Nodes side by side (true, the default) or one after another in the order listed (false). */
  parallel?: boolean;
  depends_on?: string | string[];
  env?: Record<string, Scalar>;
  matrix?: Record<string, Scalar[]>;
  /** A WhenSpec, or a condition expression as a string. */
  when?: WhenSpec | string;
  /** Shorthand for `when: {condition: …}` (both may be given: both must hold). */
  condition?: string;
  timeout?: number;
  artifacts?: string | string[];
  nodes: PipelineNode[];
}

/** Settings only the GitHub Actions executor reads. */
export interface GithubSettings {
  /** `runs-on` of every job (default `ubuntu-latest`). */
  runs_on?: string | string[];
  /** The workflow's `on:` (default: push and pull_request). */
  on?: unknown;
  /** Steps run after checkout in every job that runs a command (e.g. actions/setup-node). */
  setup?: Record<string, unknown>[];
}

/** Settings only the GitLab CI executor reads. */
export interface GitlabSettings {
  /** `default: image:` of the pipeline. */
  image?: string;
  /** Script lines run before each job's commands (`default: before_script:`). */
  before_script?: string[];
}

/** The abstract pipeline, as written in YAML (after schema validation). */
export interface Pipeline {
  name?: string;
  description?: string;
  env?: Record<string, Scalar>;
  github?: GithubSettings;
  gitlab?: GitlabSettings;
  stages: PipelineStage[];
}
