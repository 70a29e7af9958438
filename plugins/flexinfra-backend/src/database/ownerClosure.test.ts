import { ownerClosure } from './ownerClosure';

const row = (
  member: string,
  ancestor: string,
  depth: number,
  title: string | null = null,
) => ({
  member_ref: member,
  ancestor_ref: ancestor,
  depth,
  ancestor_title: title,
});

describe('ownerClosure', () => {
  it('links every group to itself and to each ancestor, with depths and titles', () => {
    expect(
      ownerClosure([
        { ref: 'team', parentRef: 'dept', title: 'Team' },
        { ref: 'dept', parentRef: 'org', title: 'Dept' },
        { ref: 'org', parentRef: null, title: 'Org' },
      ]),
    ).toEqual([
      row('team', 'team', 0, 'Team'),
      row('team', 'dept', 1, 'Dept'),
      row('team', 'org', 2, 'Org'),
      row('dept', 'dept', 0, 'Dept'),
      row('dept', 'org', 1, 'Org'),
      row('org', 'org', 0, 'Org'),
    ]);
  });

  it('links a parent it does not know as an ancestor without a title', () => {
    expect(
      ownerClosure([{ ref: 'team', parentRef: 'gone', title: null }]),
    ).toEqual([row('team', 'team', 0), row('team', 'gone', 1)]);
  });

  it('stops at cycles and counts a repeated ref once', () => {
    expect(
      ownerClosure([
        { ref: 'a', parentRef: 'b', title: 'A' },
        { ref: 'b', parentRef: 'c', title: 'B' },
        { ref: 'c', parentRef: 'a', title: 'C' },
        { ref: 'a', parentRef: null, title: 'ignored' },
        { ref: 'self', parentRef: 'self', title: null },
      ]),
    ).toEqual([
      row('a', 'a', 0, 'A'),
      row('a', 'b', 1, 'B'),
      row('a', 'c', 2, 'C'),
      row('b', 'b', 0, 'B'),
      row('b', 'c', 1, 'C'),
      row('b', 'a', 2, 'A'),
      row('c', 'c', 0, 'C'),
      row('c', 'a', 1, 'A'),
      row('c', 'b', 2, 'B'),
      row('self', 'self', 0),
    ]);
  });
});
