// Types of build-worker.mjs (a plain Node script) for the test that imports it.
import type { BuildResult } from "esbuild";

/** Builds the Worker into `dir` (emptied first; default dist/worker); esbuild's result, with its metafile. */
export function buildWorker(dir?: string): Promise<BuildResult<{ metafile: true }>>;
