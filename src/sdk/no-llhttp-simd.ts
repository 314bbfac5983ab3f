/**
 * Stands in for the SIMD build of undici's llhttp parser (70 KiB of WebAssembly) in the bundles. undici tries it first
 * and, when loading it throws, as here, uses its portable build, which every platform runs: the step parses one or two
 * small answers, where SIMD gains nothing.
 */
throw new Error('the SIMD build of llhttp is not bundled; undici uses its portable build');
