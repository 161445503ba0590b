/**
 * `cmake --preset tidy` configures the build with the preset's cache variables (CMakePresets.json,
 * following `inherits`). When they set CMAKE_CXX_CLANG_TIDY / CMAKE_C_CLANG_TIDY, CMake runs clang-tidy
 * on every file the build compiles, so the build of that preset is a lint run — the same gate as a
 * configure line with `-DCMAKE_CXX_CLANG_TIDY=…`, only named by the project. It is spelled with the
 * project's presets: `cmake --preset tidy && cmake --build --preset tidy`.
 */

type Preset = Record<string, unknown>;

function presets(text: string | undefined, kind: 'configurePresets' | 'buildPresets'): Preset[] {
  if (text === undefined) return [];
  try {
    const list = (JSON.parse(text) as Record<string, unknown>)[kind];
    return Array.isArray(list) ? list.filter((p): p is Preset => !!p && typeof p === 'object') : [];
  } catch {
    return [];
  }
}

/** Whether a configure preset, or one it inherits, sets clang-tidy for the build. */
function setsClangTidy(all: Preset[], name: string, depth = 0): boolean {
  const preset = all.find((p) => p['name'] === name);
  if (!preset || depth > 8) return false;
  const cache = preset['cacheVariables'];
  for (const key of ['CMAKE_CXX_CLANG_TIDY', 'CMAKE_C_CLANG_TIDY']) {
    const raw = cache && typeof cache === 'object' ? (cache as Record<string, unknown>)[key] : undefined;
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['value'] : raw;
    if (typeof value === 'string' && value.trim() !== '') return true;
  }
  const parents = preset['inherits'];
  return (Array.isArray(parents) ? parents : [parents]).some((p) => typeof p === 'string' && setsClangTidy(all, p, depth + 1));
}

/** The lint run a step's `cmake --preset <name>` stands for, or undefined when that preset runs no clang-tidy. */
export function presetClangTidyRun(run: string, read: (path: string) => string | undefined): string | undefined {
  const name = /(?:^|[\s;&|])cmake\s+(?:.*\s)?--preset[=\s]+["']?([\w.-]+)/m.exec(run)?.[1];
  if (name === undefined || /cmake\s+--(build|workflow)\b/.test(run.split('\n').find((l) => l.includes('--preset')) ?? ''))
    return undefined;
  const text = read('CMakePresets.json');
  if (!setsClangTidy(presets(text, 'configurePresets'), name)) return undefined;
  const builds = presets(text, 'buildPresets').filter((p) => p['configurePreset'] === name);
  const build = builds.find((p) => p['name'] === name) ?? builds[0];
  if (build) return `cmake --preset ${name} && cmake --build --preset ${String(build['name'])}`;
  // Without a build preset, the build folder the configure preset names (`${sourceDir}/build-tidy`).
  const dir = presets(text, 'configurePresets').find((p) => p['name'] === name)?.['binaryDir'];
  const folder = typeof dir === 'string' && !dir.replace('${sourceDir}/', '').includes('$') ? dir.replace('${sourceDir}/', '') : 'build';
  return `cmake --preset ${name} && cmake --build ${folder}`;
}
