// Types for ink-patched.mjs (plain JavaScript, so that scripts/build.mjs runs on plain Node).
export declare const patchedInkVersion: string;
export declare const inkPatchFile: string;
export declare const inkPatchChecks: readonly {
  readonly file: string;
  readonly patched: readonly string[];
  readonly stock: readonly string[];
}[];
export declare function inkFileProblem(file: string, source: string): string | undefined;
export declare function inkBuildDir(fromDir?: string): string;
export declare function inkPatchProblems(buildDir?: string): string[];
