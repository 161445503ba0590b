import path from "node:path";
import { shouldSkipPackage } from "@changesets/should-skip-package";
import type {
  Config,
  DependencyType,
  PackageJSON,
  VersionType,
  Package,
} from "@changesets/types";
import semverSatisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { incrementVersion } from "./increment.ts";
import type { InternalRelease, PreInfo } from "./types.ts";
import { mapGetOrThrowInternal } from "./utils.ts";

/*
  WARNING:
  Important note for understanding how this package works:

  We are doing some kind of wacky things with manipulating the objects within the
  releases array, despite the fact that this was passed to us as an argument. We are
  aware that this is generally bad practice, but have decided to to this here as
  we control the entire flow of releases.

  We could solve this by inlining this function, or by returning a deep-cloned then
  modified array, but we decided both of those are worse than this solution.
*/
export function determineDependents({
  releases,
  packagesByName,
  rootDir,
  dependencyGraph,
  preInfo,
  config,
}: {
  releases: Map<string, InternalRelease>;
  packagesByName: Map<string, Package>;
  rootDir: string;
  dependencyGraph: Map<string, string[]>;
  preInfo: PreInfo | undefined;
  config: Config;
}): boolean {
  let updated = false;
  // NOTE this is intended to be called recursively
  const pkgsToSearch = [...releases.values()];

  while (pkgsToSearch.length > 0) {
    // nextRelease is our dependency, think of it as "avatar"
    const nextRelease = pkgsToSearch.shift();
    if (!nextRelease) continue;
    // pkgDependents will be a list of packages that depend on nextRelease ie. ['avatar-group', 'comment']
    const pkgDependents = mapGetOrThrowInternal(
      dependencyGraph,
      nextRelease.name,
      `Error in determining dependents - could not find package in repository: ${nextRelease.name}`,
    );
    pkgDependents
      .map((dependent) => {
        let type: VersionType | undefined;

        const dependentPackage = mapGetOrThrowInternal(
          packagesByName,
          dependent,
          "Dependency map is incorrect",
        );

        if (
          shouldSkipPackage(dependentPackage, {
            ignore: config.ignore,
            allowPrivatePackages: config.privatePackages.version,
          })
        ) {
          type = "none";
        } else {
          const dependencyPackage = mapGetOrThrowInternal(
            packagesByName,
            nextRelease.name,
            "Dependency map is incorrect",
          );
          const dependencyVersionRanges = getDependencyVersionRanges(
            rootDir,
            dependentPackage.packageJson,
            nextRelease,
            dependencyPackage,
          );

          for (const { depType, versionRange } of dependencyVersionRanges) {
            if (nextRelease.type === "none") {
              continue;
            } else if (
              (!releases.has(dependent) ||
                releases.get(dependent)!.type === "none") &&
              (config.___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH
                .updateInternalDependents === "always" ||
                !semverSatisfies(
                  incrementVersion(nextRelease, preInfo),
                  versionRange,
                ))
            ) {
              switch (depType) {
                case "dependencies":
                case "optionalDependencies":
                case "peerDependencies":
                  if (type !== "major" && type !== "minor") {
                    type = "patch";
                  }
                  break;
                case "devDependencies": {
                  // We don't need a version bump if the package is only in the devDependencies of the dependent package
                  if (
                    type !== "major" &&
                    type !== "minor" &&
                    type !== "patch"
                  ) {
                    type = "none";
                  }
                }
              }
            }
          }
        }
        if (releases.has(dependent) && releases.get(dependent)!.type === type) {
          type = undefined;
        }
        return {
          name: dependent,
          type,
          pkgJSON: dependentPackage.packageJson,
        };
      })
      .filter(
        (
          dependentItem,
        ): dependentItem is typeof dependentItem & { type: VersionType } =>
          !!dependentItem.type,
      )
      .forEach(({ name, type, pkgJSON }) => {
        // At this point, we know if we are making a change
        updated = true;

        const existing = releases.get(name);
        // For things that are being given a major bump, we check if we have already
        // added them here. If we have, we update the existing item instead of pushing it on to search.
        // It is safe to not add it to pkgsToSearch because it should have already been searched at the
        // largest possible bump type.

        if (existing && type === "major" && existing.type !== "major") {
          existing.type = "major";

          pkgsToSearch.push(existing);
        } else {
          const newDependent: InternalRelease = {
            name,
            type,
            oldVersion: pkgJSON.version,
            changesets: [],
          };

          pkgsToSearch.push(newDependent);
          releases.set(name, newDependent);
        }
      });
  }

  return updated;
}

/*
  Returns an array of objects in the shape { depType: DependencyType, versionRange: string }
  The array can contain more than one elements in case a dependency appears in multiple
  dependency lists. For example, a package that is both a peerDepenency and a devDependency.
*/
function getDependencyVersionRanges(
  rootDir: string,
  dependentPkgJSON: PackageJSON,
  dependencyRelease: InternalRelease,
  dependencyPackage: Package,
): {
  depType: DependencyType;
  versionRange: string;
}[] {
  const DEPENDENCY_TYPES = [
    "dependencies",
    "devDependencies",
    "peerDependencies",
    "optionalDependencies",
  ] as const;
  const dependencyVersionRanges: {
    depType: DependencyType;
    versionRange: string;
  }[] = [];
  for (const type of DEPENDENCY_TYPES) {
    let versionRange = dependentPkgJSON[type]?.[dependencyRelease.name];
    if (!versionRange) continue;

    if (versionRange.startsWith("workspace:")) {
      versionRange = versionRange.replace(/^workspace:/, "");
      switch (versionRange) {
        case "*":
          // workspace:* actually means the current exact version, and not a wildcard similar to a reguler * range
          versionRange = dependencyRelease.oldVersion;
          break;
        case "^":
        case "~":
          versionRange = `${versionRange}${dependencyRelease.oldVersion}`;
          break;
        default: {
          if (!validRange(versionRange)) {
            if (
              path.posix.normalize(versionRange) ===
              path.relative(rootDir, dependencyPackage.dir).replace(/\\/g, "/")
            ) {
              versionRange = dependencyRelease.oldVersion;
            } else {
              continue;
            }
          }
          // fallthrough: keep the stripped range as is
        }
      }
    }
    dependencyVersionRanges.push({
      depType: type,
      versionRange,
    });
  }
  return dependencyVersionRanges;
}
