/**
 * The execa chunk (dist/execa.cjs): the child-process library, bundled on its own and loaded on demand
 * (core/load-execa.ts) once the step's STS request is on its way, so that reading and starting it overlaps STS's
 * answer instead of delaying the token request.
 */
export { execa } from 'execa';
