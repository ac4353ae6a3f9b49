import { coordinationEn } from './coordination-en';
import { coordinationSv, type CoordinationMessages } from './coordination-sv';
import { en } from './en';
import { methodologyEn } from './methodology-en';
import { methodologySv } from './methodology-sv';
import { sv, type Messages } from './sv';
import { statementEn } from './statement-en';
import { statementSv } from './statement-sv';
import { weightingEn } from './weighting-en';
import { workbenchEn } from './workbench-en';
import { workbenchSv, type WorkbenchMessages } from './workbench-sv';
import { weightingSv, type WeightingMessages } from './weighting-sv';

export type Language = 'sv' | 'en';

const MESSAGES: Record<Language, Messages> = { sv, en };
const METHODOLOGY = { sv: methodologySv, en: methodologyEn } as const;

/** Components read copy only through here, so a language is a file, not a change in components. */
export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}

export function methodologyFor(lang: Language) {
  return METHODOLOGY[lang];
}

export const LOCALES: Record<Language, 'sv-SE' | 'en-GB'> = { sv: 'sv-SE', en: 'en-GB' };

export function statementFor(lang: Language) {
  return lang === 'en' ? statementEn : statementSv;
}

/** The index workshop's copy ("Väg själv"). */
export function weightingFor(lang: Language): WeightingMessages {
  return lang === 'en' ? weightingEn : weightingSv;
}

/** The editors' workbench's copy (?vy=redigera). */
export function workbenchFor(lang: Language): WorkbenchMessages {
  return lang === 'en' ? workbenchEn : workbenchSv;
}

/** Samordning's copy (?vy=samordning). */
export function coordinationFor(lang: Language): CoordinationMessages {
  return lang === 'en' ? coordinationEn : coordinationSv;
}
