module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // The templates' skeletons are files for the services they create, with
  // ${{ }} placeholders; they are not this package's code.
  ignorePatterns: ['templates/'],
});
