/**
 * A script that only asks pip what is installed or has it install (`test:list = "python -m pip freeze"`,
 * `pip list`, `uv pip install x`) shows or prepares the environment: it runs no gate, whatever
 * environment it belongs to.
 */
const PACKAGE_QUERY =
  /^((python3?|\{env:python\})(\s+-\S+)*\s+-m\s+|uv\s+)?pip3?\s+(freeze|list|show|install|uninstall|download|cache|config|inspect)(\s|$)/;

export function onlyQueriesPackages(body: string): boolean {
  const lines = body
    .split(/\r?\n|\s&&\s/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return lines.length > 0 && lines.every((line) => PACKAGE_QUERY.test(line));
}
