/**
 * A script a job of another CI service (CircleCI, Azure Pipelines) runs, before it is split into
 * commands the way a GitHub Actions `run:` is (`splitRunScript` in ci-workflows.ts).
 */
export interface CiScript {
  /** The job's name, read like a workflow job's (a `deploy` or `docs` job validates nothing). */
  job: string;
  script: string;
  /** Folder the script starts in, relative to the repository root (`..` and above: outside the checkout). */
  cwd: string;
  /** The file the script is written in, when not the CI file read (a template it includes). */
  file?: string;
  /** The step's name (`name:`, `displayName:`): it may tell the kind of test the script runs. */
  name?: string;
  /** 1-based line of the script's first line in the CI file. */
  line: number;
  /** The job runs only on Windows beside jobs for other systems: its Windows spellings are that platform's variant. */
  windowsOnly?: boolean;
}
