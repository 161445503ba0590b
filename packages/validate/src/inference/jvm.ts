import { evidenceIn } from './evidence.js';
import type { DetectContext } from './detector.js';
import { declaresKotlinMultiplatform } from './kotlin-multiplatform.js';
import { runsCheckPlugin } from './maven-bound-plugins.js';
import type { Candidate } from './types.js';

/** Maven: static checks its pom configures (1), `test` (2), `verify` with failsafe or integration-test sources (3). */
export function detectMaven({ dir, ancestors }: DetectContext): Candidate[] {
  const pom = dir.read('pom.xml');
  if (pom === undefined) return [];
  if (ancestors.some((a) => /<modules>/.test(a.read('pom.xml') ?? ''))) return [];
  const mvn = dir.has('mvnw') ? './mvnw' : 'mvn';
  const ev = evidenceIn(dir, 'pom.xml');
  const out: Candidate[] = [];
  if (runsCheckPlugin(pom, 'spotless-maven-plugin'))
    out.push({ level: 1, name: 'spotless', command: `${mvn} spotless:check`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  if (runsCheckPlugin(pom, 'maven-checkstyle-plugin'))
    out.push({ level: 1, name: 'checkstyle', command: `${mvn} checkstyle:check`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  if (runsCheckPlugin(pom, 'maven-pmd-plugin'))
    out.push({ level: 1, name: 'pmd', command: `${mvn} pmd:check`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  if (runsCheckPlugin(pom, 'spotbugs-maven-plugin'))
    out.push({ level: 1, name: 'spotbugs', command: `${mvn} compile spotbugs:check`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  if (out.length === 0)
    out.push({ level: 1, name: 'compile', command: `${mvn} -q compile`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  out.push({ level: 2, name: 'test', command: `${mvn} test`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  if (/maven-failsafe-plugin/.test(pom) || dir.list('src').some((n) => /^(it|integration-?test)$/i.test(n)))
    out.push({ level: 3, name: 'verify', command: `${mvn} verify`, kind: 'tool', ecosystem: 'maven', evidence: ev });
  return out;
}

/** Gradle: checks its build applies (1), `test` (2), an `integrationTest` / e2e task (3). */
export function detectGradle({ dir, ancestors }: DetectContext): Candidate[] {
  const buildFile = dir.first('build.gradle.kts', 'build.gradle');
  const settings = dir.first('settings.gradle.kts', 'settings.gradle');
  if (!buildFile && !settings) return [];
  if (ancestors.some((a) => a.has('settings.gradle') || a.has('settings.gradle.kts'))) return [];
  const gradle = dir.has('gradlew') ? './gradlew' : 'gradle';
  const ev = evidenceIn(dir, (buildFile ?? settings) as string);
  const text = [buildFile, settings].map((f) => (f ? (dir.read(f) ?? '') : '')).join('\n');
  const out: Candidate[] = [];
  if (/spotless/.test(text))
    out.push({ level: 1, name: 'spotlessCheck', command: `${gradle} spotlessCheck`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  if (/\bcheckstyle\b/.test(text))
    out.push({ level: 1, name: 'checkstyle', command: `${gradle} checkstyleMain`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  if (/ktlint/.test(text))
    out.push({ level: 1, name: 'ktlintCheck', command: `${gradle} ktlintCheck`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  if (/detekt/.test(text))
    out.push({ level: 1, name: 'detekt', command: `${gradle} detekt`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  const multiplatform = declaresKotlinMultiplatform(text);
  if (out.length === 0 && !multiplatform)
    out.push({ level: 1, name: 'compile', command: `${gradle} classes testClasses`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  const test = multiplatform ? 'check' : 'test';
  out.push({ level: 2, name: test, command: `${gradle} ${test}`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  const it = /\b(integrationTest|e2eTest|functionalTest|acceptanceTest)\b/.exec(text)?.[1];
  if (it) out.push({ level: 3, name: it, command: `${gradle} ${it}`, kind: 'tool', ecosystem: 'gradle', evidence: ev });
  return out;
}
