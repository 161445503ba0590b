export declare function isInheritedOnly(name: string): boolean;
export declare function cleanTestEnv(env?: NodeJS.ProcessEnv, overrides?: Record<string, string>): Record<string, string>;
export declare function scrubProcessEnv(): void;
