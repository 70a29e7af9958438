import { aggregate, ownerGroup } from '../DashboardContent/__testUtils__';
import { buildTeamTree, visibleTeamRows } from './teamTree';

const value = aggregate([1, 1, 1, 0, 0]);

function keysOf(nodes: ReturnType<typeof buildTeamTree>): unknown {
  return nodes.map(node => [node.group.key, node.depth, keysOf(node.children)]);
}

describe('buildTeamTree', () => {
  it('nests groups under their parents, several levels deep', () => {
    const tree = buildTeamTree([
      ownerGroup('group:default/squad', 'group:default/team', value),
      ownerGroup('group:default/team', 'group:default/dept', value),
      ownerGroup('group:default/dept', null, value),
      ownerGroup(null, null, value),
    ]);
    expect(keysOf(tree)).toEqual([
      [
        'group:default/dept',
        0,
        [['group:default/team', 1, [['group:default/squad', 2, []]]]],
      ],
      [null, 0, []],
    ]);
  });

  it('makes a group whose parent is not listed (e.g. filtered out) a top-level row', () => {
    const tree = buildTeamTree([
      ownerGroup('group:default/team', 'group:default/dept', value),
    ]);
    expect(keysOf(tree)).toEqual([['group:default/team', 0, []]]);
  });

  it('shows each group of a parent loop once', () => {
    const tree = buildTeamTree([
      ownerGroup('group:default/a', 'group:default/b', value),
      ownerGroup('group:default/b', 'group:default/a', value),
    ]);
    expect(keysOf(tree)).toEqual([
      ['group:default/a', 0, [['group:default/b', 1, []]]],
    ]);
  });
});

describe('visibleTeamRows', () => {
  it('lists expanded groups with their children, sorted among siblings', () => {
    const tree = buildTeamTree([
      ownerGroup('group:default/dept', null, aggregate([1, 0, 0, 0, 0])),
      ownerGroup(
        'group:default/b',
        'group:default/dept',
        aggregate([2, 0, 0, 0, 0]),
      ),
      ownerGroup(
        'group:default/a',
        'group:default/dept',
        aggregate([3, 0, 0, 0, 0]),
      ),
    ]);
    const sort = { key: 'entities', direction: 'desc' } as const;

    expect(
      visibleTeamRows(tree, new Set(), sort).map(row => row.node.group.key),
    ).toEqual(['group:default/dept']);
    expect(
      visibleTeamRows(tree, new Set(['group:default/dept']), sort).map(
        row => row.node.group.key,
      ),
    ).toEqual(['group:default/dept', 'group:default/a', 'group:default/b']);
  });
});
