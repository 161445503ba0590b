/** Actions that start a local Kubernetes cluster for the job (kind, k3d, k3s, minikube). */
const CLUSTER_ACTIONS =
  /^(helm\/kind-action|engineerd\/setup-kind|nolar\/setup-k3d-k3s|AbsaOSS\/k3d-action|debianmaster\/actions-k3s|medyagh\/setup-minikube|manusa\/actions-setup-minikube)@/;

/**
 * Commands that start one: the tools' own spellings, or a project recipe named for it
 * (`just k3d-create`, `make kind-up`, `task cluster:create`).
 */
const CLUSTER_UP =
  /(^|\s)(kind\s+create\s+cluster|k3d\s+cluster\s+create|minikube\s+start)(\s|$)|^(make|just|task|npm run|pnpm( run)?|yarn)\s+(\S+[:_-])?(k3d|kind|k3s|minikube|cluster)[:_-](create|up|start)(\s|$)/;

/** Whether a step (its `uses:` and its commands) starts a local Kubernetes cluster for the steps after it. */
export function startsCluster(uses: unknown, commands: string[]): boolean {
  return (typeof uses === 'string' && CLUSTER_ACTIONS.test(uses)) || commands.some((c) => CLUSTER_UP.test(c.trim()));
}

/**
 * A project script run against the cluster the job started (`just linkerd-check-control-plane-proxy`
 * after `just k3d-create`): one named to check, test or verify checks the deployed system, an
 * integration test (level 3).
 */
export function checksDeployedSystem(name: string): boolean {
  return /(^|[:_-])(check|checks|test|tests|verify|smoke|e2e)([:_-]|$)/.test(name.toLowerCase());
}
