/** Stands in for bowser (browser user-agent parsing) in the bundles: the SDK imports it only in browsers. */
export default {
  parse: () => {
    throw new Error('bowser is not part of this step');
  },
};
export const parse = () => {
  throw new Error('bowser is not part of this step');
};
