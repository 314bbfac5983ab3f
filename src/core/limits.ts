/**
 * The size caps, once each: what the step reads from a file or a server is read only up to these (a larger one is
 * refused whole, never cut).
 */

/** An identity token is a few KiB: a token file (the step's input, or doctor's --token-file) is read up to this. */
export const MAX_TOKEN_FILE_BYTES = 64 * 1024;

/** An answer of the Bitrise API or of AWS is read up to this. */
export const MAX_ANSWER_BYTES = 1024 * 1024;
