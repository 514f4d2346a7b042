/** Types of ci.mjs (the one definition of "running under CI"). */
export declare function isCI(env?: Record<string, string | undefined>): boolean;
