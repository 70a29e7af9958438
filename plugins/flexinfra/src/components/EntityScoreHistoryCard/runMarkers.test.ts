import { adoptionRun } from '../shared/__testUtils__/fixtures';
import { runMarkers } from './runMarkers';

const run = (taskId: string, createdAt: string) =>
  adoptionRun({ taskId, createdAt });

const day = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
const points = [
  { time: day('2025-01-01'), score: 20, stage: 1 },
  { time: day('2025-01-11'), score: 40, stage: 2 },
];

describe('runMarkers', () => {
  it('carries the last score on to a run after it', () => {
    const { data } = runMarkers(points, [run('t1', '2025-01-21T00:00:00Z')]);
    expect(data).toEqual([
      ...points,
      { time: day('2025-01-21'), score: 40, stage: 2 },
    ]);
  });

  it('leaves the line as it is when no run comes after it, or the entity was last not scored', () => {
    expect(
      runMarkers(points, [run('t1', '2025-01-05T00:00:00Z')]).data,
    ).toEqual(points);
    const unscored = [
      ...points,
      { time: day('2025-01-15'), score: null, stage: null },
    ];
    expect(
      runMarkers(unscored, [run('t1', '2025-01-21T00:00:00Z')]).data,
    ).toEqual(unscored);
    expect(runMarkers(points, []).data).toEqual(points);
  });

  it('labels each marker with its template, away from the nearer edge', () => {
    const { markers } = runMarkers(points, [
      run('early', '2025-01-02T00:00:00Z'),
      run('late', '2025-01-20T00:00:00Z'),
      run('broken', 'not a date'),
    ]);
    expect(markers).toEqual([
      {
        taskId: 'early',
        time: day('2025-01-02'),
        label: 'flexinfra-adopt-iac',
        failed: false,
        position: 'insideTopLeft',
      },
      {
        taskId: 'late',
        time: day('2025-01-20'),
        label: 'flexinfra-adopt-iac',
        failed: false,
        position: 'insideTopRight',
      },
    ]);
  });

  it('says on its label that a run failed', () => {
    const { markers } = runMarkers(points, [
      adoptionRun({
        createdAt: '2025-01-05T00:00:00Z',
        status: 'cancelled',
        outcome: 'failed',
      }),
    ]);
    expect(markers).toMatchObject([
      { label: 'flexinfra-adopt-iac (cancelled)', failed: true },
    ]);
  });
});
