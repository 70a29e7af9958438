import { cloneElement, type ReactElement } from 'react';

/**
 * recharts' ResponsiveContainer measures its parent, which is 0×0 in jsdom,
 * so charts draw nothing there. Use as
 * `jest.mock('recharts', () => fixedSizeRecharts())` to draw them at a fixed
 * size instead.
 */
export function fixedSizeRecharts() {
  const actual = jest.requireActual('recharts');
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: ReactElement }) =>
      cloneElement(children, { width: 600, height: 240 }),
  };
}
