/** Naming conventions L4 recognises. */
export type NamingStyle = 'camelCase' | 'PascalCase' | 'snake_case' | 'UPPER_SNAKE' | 'kebab-case';

/**
 * The conventions an identifier is compatible with: `loadUser` camelCase, `load` both camelCase and
 * snake_case (one lower-case word says nothing), `URL` UPPER_SNAKE or PascalCase. Leading and
 * trailing underscores or `$` (private markers) are ignored; names of one character and dunder
 * names say nothing (empty list).
 */
export function namingStyles(name: string): NamingStyle[] {
  if (/^__\w+__$/.test(name)) return [];
  const core = name.replace(/^[_$]+|[_$]+$/g, '');
  if (core.length < 2) return [];
  if (/^[a-z][a-z0-9]*$/.test(core)) return ['camelCase', 'snake_case'];
  if (/^[A-Z][A-Z0-9]*$/.test(core)) return ['UPPER_SNAKE', 'PascalCase'];
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(core) || /^[a-z][a-zA-Z0-9]*$/.test(core)) return ['camelCase'];
  if (/^[A-Z][a-zA-Z0-9]*$/.test(core)) return ['PascalCase'];
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(core)) return ['snake_case'];
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(core)) return ['UPPER_SNAKE'];
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(core)) return ['kebab-case'];
  return [];
}

/** The words of an identifier in any convention: `loadUserById`, `load_user_by_id` → load, user, by, id. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-$]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Renames an identifier to a convention, keeping leading/trailing underscores: `get_user` → `getUser`. */
export function toNamingStyle(name: string, style: NamingStyle): string {
  const lead = /^[_$]*/.exec(name)?.[0] ?? '';
  const trail = /[_$]*$/.exec(name.slice(lead.length))?.[0] ?? '';
  const words = identifierWords(name.slice(lead.length, name.length - trail.length));
  if (words.length === 0) return name;
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  let core: string;
  switch (style) {
    case 'camelCase':
      core = (words[0] ?? '') + words.slice(1).map(cap).join('');
      break;
    case 'PascalCase':
      core = words.map(cap).join('');
      break;
    case 'snake_case':
      core = words.join('_');
      break;
    case 'UPPER_SNAKE':
      core = words.join('_').toUpperCase();
      break;
    case 'kebab-case':
      core = words.join('-');
      break;
  }
  return lead + core + trail;
}

/** The naming style of a file's base name (without extensions): `user-service.ts` kebab-case. */
export function fileNameStyles(path: string): NamingStyle[] {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\..*$/, '');
  if (/^(index|main|__init__|__main__|mod|lib|app)$/.test(base)) return [];
  const styles = namingStyles(base);
  // One lower-case word fits every lower-case file convention.
  return styles.includes('snake_case') && styles.includes('camelCase') ? [...styles, 'kebab-case'] : styles;
}
