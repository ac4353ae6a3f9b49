import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Budgets {
  bytes: { jsBeforeFirstPaintGzipKB: number; mapCodeBeforeFirstPaint: boolean };
  time: {
    finishedViewRatioToBare: number;
    mapPartRatioToBare: number;
    selectAreaToProfileMs: number;
    selectAreaQuietMs: number;
    appWorkMsPerInteraction: number;
    appWorkMsPerInteractionAtScale: number;
    heapMBAtScale: number;
    rankStabilityMs: number;
    cls: number;
    lighthouseAtLeastBare: boolean;
  };
}

export const ROOT = join(import.meta.dirname, '../..');

export function readBudgets(root = ROOT): Budgets {
  return JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Budgets;
}
