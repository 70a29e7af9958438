/** Static export: the site is plain files in a bucket. */
export default {
  output: 'export',
};
