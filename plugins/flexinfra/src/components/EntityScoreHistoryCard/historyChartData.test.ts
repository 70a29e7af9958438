import type { ScorecardHistoryEntry } from '../../api';
import { historyChartData } from './historyChartData';

function entry(
  recordedAt: string,
  score: number | null,
  outcome: ScorecardHistoryEntry['outcome'] = 'scored',
): ScorecardHistoryEntry {
  return {
    recordedAt,
    outcome,
    stage: score === null ? null : 2,
    score,
    doraScore: null,
    modelVersion: 'v',
    changes: [],
  };
}

const t = (iso: string) => Date.parse(iso);

describe('historyChartData', () => {
  it('puts the entries oldest first', () => {
    expect(
      historyChartData([
        entry('2025-03-01T00:00:00Z', 60),
        entry('2025-02-01T00:00:00Z', 40),
      ]).map(p => [p.time, p.score]),
    ).toEqual([
      [t('2025-02-01T00:00:00Z'), 40],
      [t('2025-03-01T00:00:00Z'), 60],
    ]);
  });

  it('leaves a gap where the entity was invalid or removed', () => {
    expect(
      historyChartData([
        entry('2025-03-01T00:00:00Z', 50, 'removed'),
        entry('2025-02-01T00:00:00Z', 40, 'invalid'),
      ]).map(p => p.score),
    ).toEqual([null, null]);
  });

  it('ends with the current result when it is newer than the last change', () => {
    const points = historyChartData([entry('2025-02-01T00:00:00Z', 40)], {
      computedAt: '2025-03-05T00:00:00Z',
      score: 40,
      stage: { number: 2, name: 'Standardised but Rigid' },
    });
    expect(points.map(p => [p.time, p.score, p.stage])).toEqual([
      [t('2025-02-01T00:00:00Z'), 40, 2],
      [t('2025-03-05T00:00:00Z'), 40, 2],
    ]);
  });

  it('does not repeat the last change as the current result', () => {
    expect(
      historyChartData([entry('2025-02-01T00:00:00Z', 40)], {
        computedAt: '2025-02-01T00:00:00Z',
        score: 40,
        stage: { number: 2, name: 'Standardised but Rigid' },
      }),
    ).toHaveLength(1);
  });
});
