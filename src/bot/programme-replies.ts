import type { Activity } from 'botbuilder';
import { cardReply } from '../../dialogs/reply-activity';
import { checkTables } from '../answers/data-check';
import { kpiLead, kpiSnapshot, parseKpiRequest } from '../answers/kpi-snapshot';
import { SectionLookup } from '../answers/source';
import { kpiCard } from '../cards/kpi-card';
import { dataCheckCard, glossaryCard } from '../cards/programme-cards';
import type { Knowledge } from '../knowledge/schema';

/** The replies to the commands for team leads and new staff: KPI snapshot, glossary, data check. */
export interface ProgrammeReplies {
  /** The snapshot for "Kennzahlen", "KPI Budget" …; undefined when the words after the command name no topic. */
  kpi(text: string): Partial<Activity> | undefined;
  glossary: Partial<Activity>;
  dataCheck: Partial<Activity>;
}

/**
 * Glossary and data check are built once; a turn only picks and sends. With several
 * programme years loaded, "Kennzahlen 2023" shows that year's card and every card
 * offers the other years as buttons.
 */
export function programmeReplies(knowledge: Knowledge, sections: SectionLookup, others: readonly Knowledge[] = []): ProgrammeReplies {
  const findings = checkTables(knowledge.tables);
  const wrong = findings.filter((f) => !f.agrees);
  const all = [knowledge, ...others];
  const sectionsOf = new Map<Knowledge, SectionLookup>([[knowledge, sections], ...others.map((k): [Knowledge, SectionLookup] => [k, new SectionLookup(k)])]);
  return {
    kpi: (text) => {
      const request = parseKpiRequest(text);
      if (!request) return undefined;
      const asked = all.find((k) => new RegExp(`(?<!\\d)${k.programme.year}(?!\\d)`).test(text)) ?? knowledge;
      const otherYears = all.filter((k) => k !== asked).map((k) => k.programme.year).sort();
      const card = kpiCard(kpiSnapshot(asked, request.topic), sectionsOf.get(asked)!, asked.programme, request.topic === 'all' ? 'overview' : 'topic', otherYears);
      return cardReply(card, kpiLead(request.topic, asked.programme));
    },
    glossary: cardReply(glossaryCard(knowledge.glossary), `Glossar: ${knowledge.glossary.length} Abkürzungen des Programms.`),
    dataCheck: cardReply(
      dataCheckCard(findings, sections),
      // The card lists the deviations; the text is its summary only.
      `Datenprüfung: ${findings.length} Werte nachgerechnet, ${findings.length - wrong.length} stimmen, ${wrong.length} ${wrong.length === 1 ? 'weicht' : 'weichen'} ab.`,
    ),
  };
}
