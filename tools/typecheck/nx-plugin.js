// Gives every project a `typecheck` target (tsc --noEmit over its files), so
// that `nx run-many -t typecheck` checks types project by project, cached on
// the project's files and those of the projects it depends on.
const path = require('node:path');

const createNodesFunction = (files) =>
  files.map((file) => {
    const root = path.dirname(file);
    return [
      file,
      {
        projects: {
          [root]: {
            targets: {
              typecheck: {
                executor: 'nx:run-commands',
                options: { command: `node tools/typecheck/typecheck.mjs ${root}`, cwd: '{workspaceRoot}' },
                cache: true,
                inputs: ['default', '^default', '{workspaceRoot}/tools/typecheck/typecheck.mjs'],
              },
            },
          },
        },
      },
    ];
  });

module.exports = {
  name: 'disco-typecheck',
  createNodes: ['{apps,libs}/*/project.json', createNodesFunction],
};
