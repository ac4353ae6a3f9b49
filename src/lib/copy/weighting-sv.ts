/** "Väg själv", the index workshop, in Swedish (English in weighting-en.ts, same keys). */
export const weightingSv = {
  /** Added to the name of everything a custom weighting changes: the composite, a dimension with an indicator left out. */
  mark: 'egen viktning',
  badge: 'Egen viktning',
  heading: 'Väg själv',
  intro: 'Ge varje dimension en vikt från 0 (utelämnad) till 5, eller lämna ut enskilda indikatorer. Kartan, rankningen, profilerna och exporterna följer direkt. Utgångsläget är förslagets lika vikter (STK-2023-137) – inte någon nämnds ställningstagande.',
  weightLabel: (dimension: string) => `Vikt för ${dimension}`,
  share: (percent: string) => `${percent} av indexet`,
  leftOutDimension: 'utelämnad',
  proposed: (by: string) => `Föreslagen dimension (${by}), av från början.`,
  indicatorsLegend: (dimension: string) => `Indikatorer i ${dimension}`,
  reset: 'Återställ förslaget',
  isProposal: 'Förslagets viktning: lika vikt för de fyra dimensionerna.',
  rankChangeHeading: 'Rangförändring mot förslaget',
  rankChangeIntro: 'Upp = närmare plats 1, där utmaningarna är störst.',
  colProposalRank: 'Förslagets rang',
  colCustomRank: 'Egen rang',
  colChange: 'Förändring',
  up: (n: number) => `${n} upp`,
  down: (n: number) => `${n} ned`,
  same: 'oförändrad',
  stabilityHeading: 'Rangintervall',
  stabilityIntro: (combinations: string, sampled: boolean) =>
    `Bästa och sämsta rang för varje område över ${combinations} viktningar av förslagets dimensioner (var och en 1–5)${sampled ? ', ett jämnt urval av alla kombinationer' : ''}, och när en indikator i taget lämnas ut. Rang 1 = störst utmaningar. Punkten är rangen med vikterna ovan.`,
  stabilitySentence: (area: string, min: number, max: number) => `${area} hamnar på plats ${min === max ? min : `${min}–${max}`} oavsett viktning.`,
  stabilityNone: (area: string) => `${area} har inget sammanvägt index.`,
  colRange: 'Rangintervall',
  csvWeights: 'Vikter (egen viktning)',
  csvLeftOut: 'Utelämnade indikatorer',
  unknownWeight: (id: string) => `Dimensionen "${id}" i länkens vikter finns inte; vikten används inte.`,
  unknownLeftOut: (id: string) => `Indikatorn "${id}" i länken finns inte; den lämnas inte ut.`,
  allZero: 'Alla dimensioner hade vikten 0 i länken; förslagets viktning visas i stället.',
} as const;

export type WeightingMessages = { [K in keyof typeof weightingSv]: (typeof weightingSv)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
