/**
 * The formats of `setup`, as one table: a new format is a file of this folder, and its name and row here. The CLI's choices, the
 * account rule, the notes and the refusal's hint all read it.
 */
import type { SetupFormatSpec } from '../plan';
import { awsCli } from './aws-cli';
import { cloudformation } from './cloudformation';
import { terraform } from './terraform';

/** The names alone, for what only names them (the refusal's hint, in the step's bundle, which loads no renderer). */
export const FORMAT_NAMES = ['cloudformation', 'terraform', 'aws-cli'] as const;
export type SetupFormat = (typeof FORMAT_NAMES)[number];

/** The table: a row for every name (the compiler holds the two together). */
export const FORMATS: Record<SetupFormat, SetupFormatSpec> = {
  cloudformation,
  terraform,
  'aws-cli': awsCli,
};
