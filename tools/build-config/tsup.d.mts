import type { Options } from 'tsup';
export declare function packageBuild(options?: { entry?: string[] | Record<string, string>; external?: string[] }): Options;
