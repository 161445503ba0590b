/**
 * tox's configuration in setup.cfg: tox reads it there (after tox.ini, before pyproject.toml) when the
 * file has a `[tox:tox]` section, its `[testenv]` / `[testenv:x]` sections written as in tox.ini. The
 * text is given back as tox.ini's, `[tox:tox]` named `[tox]`; undefined when setup.cfg configures no tox.
 */
export function setupCfgToxIni(setupCfg: string | undefined): string | undefined {
  if (setupCfg === undefined || !/^\[tox:tox\]\s*$/m.test(setupCfg)) return undefined;
  return setupCfg.replace(/^\[tox:tox\]\s*$/m, '[tox]');
}
