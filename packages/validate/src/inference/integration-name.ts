/**
 * A script or target named for an integration-kind suite and then for which part of it, or against
 * what, it runs (`integration-dind-ssl`: the suite against a Docker-in-Docker daemon over TLS;
 * `integration-tests-mcp-v1`: one profile of the `integration_tests/` runner; `test-e2e-chrome`) is
 * that suite: the qualifier narrows the run, it does not change its kind. A qualifier that prepares,
 * tends or reports on the suite (`integration-setup`, `e2e-build-image`, `integration-tests-report`, `system-info`)
 * or fetches its inputs (`tests/integration_sources.py` downloads the packages the suite builds) runs no test.
 */
const KIND = '(integration|e2e|end-to-end|acceptance|functional|system|smoke)';
const QUALIFIED = new RegExp(`^(tests?[:_-])?${KIND}([:_-]?tests?)?[:_-]([\\w.:-]+)$`);
const TENDING =
  /^(setup|set|install|deps|build|image|images|clean|cleanup|prepare|prep|init|teardown|up|down|start|stop|restart|env|report|reports|info|information|version|versions|status|stats|cov|coverage|watch|dev|debug|ui|open|serve|server|update|snapshot|snapshots|fix|record|generate|gen|list|logs|shell|sources?|data|downloads?|fetch|assets|fixtures|files|artifacts?|cache|resources)$/;

/**
 * The suite's kind last, after what it runs against (`cri-integration`: containerd's CRI suite,
 * `api-e2e`, `browser-acceptance-tests`): the same suite named the other way round. A word before it
 * that prepares the suite or turns it off (`setup-e2e`, `no-integration`, `unit-and-integration`) is no
 * such name.
 */
const PREFIXED = new RegExp(`^((?:[a-z0-9]+[:_-])+)${KIND}([:_-]?tests?)?$`);
const NOT_THE_SUITE = /^(no|non|not|skip|without|pre|unit|and|tests?)$/;

export function isQualifiedIntegrationName(name: string): boolean {
  const n = name.toLowerCase();
  const m = QUALIFIED.exec(n);
  if (m) return !(m[4] as string).split(/[:_.-]+/).some((word) => TENDING.test(word));
  const p = PREFIXED.exec(n);
  if (!p) return false;
  return !(p[1] as string).split(/[:_.-]+/).some((word) => word !== '' && (TENDING.test(word) || NOT_THE_SUITE.test(word)));
}
