import type { statementSv } from './statement-sv';

export const statementEn: typeof statementSv = {
  title: 'Accessibility statement',
  intro:
    'Malmö stad is responsible for Områdeskartan. We want as many people as possible to be able to use it. This statement describes how it meets the Swedish Act on accessibility to digital public services, the known gaps, and how to report problems.',
  sections: [
    {
      heading: 'How accessible is the map?',
      paragraphs: [
        'Områdeskartan is partially compliant with the Act on accessibility to digital public services, because of the gaps listed below. The goal is full conformance with EN 301 549, which corresponds to WCAG 2.1 level AA.',
        'Every function can be used with a keyboard. On the map (when it has focus, with a visible focus ring and a short instruction), Page Down and Page Up go to the next and previous area in the order of the area list; the map centres on the area, which is marked and read out with its name and value. Enter or Space selects the area, Esc cancels, the arrow keys move the map and + and − zoom. Everything the map shows is also available as text: a summary and a table below the map, the list of areas, the ranking and the comparison. The app is available in Swedish and English, in a full-screen mode for meetings, and embedded on other websites.',
      ],
    },
    {
      heading: 'Known gaps',
      paragraphs: [
        'The map image itself is a graphic surface (canvas). Screen readers cannot read the individual areas in it; the same information is in the table "The map as a table" and in the list of areas.',
        'Charts are pictures of values. Each chart has a table with the same figures next to it.',
        'The initiatives’ names and descriptions are in Swedish even when the interface is in English (kinds, statuses, themes, target groups and the index’s names are translated).',
        'The printed area card and the map image (PNG) are not tagged documents for screen readers.',
        'The presentation tour changes area automatically; it can be paused with a visible button and with the space bar.',
      ],
    },
    {
      heading: 'How we tested',
      paragraphs: [
        'Every change is tested automatically with axe-core (WCAG 2.0, 2.1 A and AA) in normal, embedded and presentation modes, in Swedish and English, with the area panel, comparison, ranking, matrix, filters and an initiative detail open. One test goes through the app using only the keyboard. Colours are checked for contrast and for common colour-vision deficiencies. Automated tests do not find every problem; a review with screen readers remains to be done.',
      ],
    },
    {
      heading: 'Contact us',
      paragraphs: [
        'If you cannot use something in Områdeskartan, or find gaps that are not listed here, contact Malmö stad’s contact centre via malmo.se and ask for the matter to be passed to the City Office. We will reply as soon as we can.',
      ],
    },
    {
      heading: 'Enforcement',
      paragraphs: [
        'The Agency for Digital Government (Digg) supervises the Act. If you are not satisfied with how we handle your comments, you can report it to Digg.',
      ],
    },
  ],
  diggLink: 'Report a lack of accessibility to Digg',
  diggUrl: 'https://www.digg.se/tdosanmalan',
  updated: 'This statement was updated on 23 November 2026.',
};
