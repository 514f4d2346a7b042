/** Types of bundle-features.mjs (what a built bundle needs of the engine). */
export declare function bundleFeatures(code: string): { syntax: string[]; builtins: string[] };
