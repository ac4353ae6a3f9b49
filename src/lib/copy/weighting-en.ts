import type { WeightingMessages } from './weighting-sv';

/** "Väg själv" (weigh it yourself), the index workshop, in English. */
export const weightingEn: WeightingMessages = {
  mark: 'custom weights',
  badge: 'Custom weights',
  heading: 'Weigh it yourself',
  intro: 'Give each dimension a weight from 0 (left out) to 5, or leave out single indicators. The map, the ranking, the profiles and the exports follow at once. The starting point is the proposal\'s equal weights (STK-2023-137) – not the position of any board.',
  weightLabel: (dimension) => `Weight of ${dimension}`,
  share: (percent) => `${percent} of the index`,
  leftOutDimension: 'left out',
  proposed: (by) => `Proposed dimension (${by}), off to begin with.`,
  indicatorsLegend: (dimension) => `Indicators in ${dimension}`,
  reset: 'Back to the proposal',
  isProposal: 'The proposal\'s weighting: equal weights for the four dimensions.',
  rankChangeHeading: 'Change of rank from the proposal',
  colProposalRank: 'Proposal\'s rank',
  colCustomRank: 'Custom rank',
  colChange: 'Change',
  up: (n) => `${n} up`,
  down: (n) => `${n} down`,
  same: 'unchanged',
  stabilityHeading: 'Rank range',
  stabilityIntro: (combinations, sampled) =>
    `Best and worst rank of each area over ${combinations} weightings (each dimension 1–5)${sampled ? ', an even sample of all combinations' : ''}, and with one indicator at a time left out. Rank 1 = greatest challenges.`,
  stabilitySentence: (area, min, max) => (min === max ? `${area} ranks ${min} whatever the weights.` : `${area} ranks ${min}–${max} depending on the weights.`),
  stabilityNone: (area) => `${area} has no composite index.`,
  colRange: 'Rank range',
  csvWeights: 'Weights (custom)',
  csvLeftOut: 'Indicators left out',
  unknownWeight: (id) => `The dimension "${id}" in the link's weights does not exist; its weight is not used.`,
  unknownLeftOut: (id) => `The indicator "${id}" in the link does not exist; it is not left out.`,
  allZero: 'Every dimension had weight 0 in the link; the proposal\'s weighting is shown instead.',
};
