import { describe, expect, it } from 'vitest';
import { summariseProfile } from './cpu-profile';

const frame = (id: number, functionName: string, url = '', lineNumber = 0) => ({ id, callFrame: { functionName, url, lineNumber } });

describe('summariseProfile', () => {
  it('sums the self time of each function, in % of the busy time, idle apart', () => {
    const summary = summariseProfile({
      nodes: [frame(1, '(root)'), frame(2, '(idle)'), frame(3, 'render', 'file:///app/node_modules/next/dist/a.js', 9), frame(4, 'writev')],
      samples: [2, 3, 3, 4, 2],
      timeDeltas: [500_000, 300_000, 300_000, 400_000, 500_000],
      startTime: 0,
      endTime: 2_000_000,
    });
    expect(summary.seconds).toBe(2);
    expect(summary.idlePercent).toBe(50);
    expect(summary.frames).toEqual([
      { name: 'render', where: 'next/dist/a.js:10', percent: 60 },
      { name: 'writev', where: '(natif)', percent: 40 },
    ]);
  });
});
