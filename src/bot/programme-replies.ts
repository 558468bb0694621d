import type { Activity } from 'botbuilder';
import { cardReply } from '../../dialogs/reply-activity';
import { checkTables } from '../answers/data-check';
import { kpiLead, kpiSnapshot, parseKpiRequest } from '../answers/kpi-snapshot';
import type { SectionLookup } from '../answers/source';
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

/** Glossary and data check are built once; a turn only picks and sends. */
export function programmeReplies(knowledge: Knowledge, sections: SectionLookup): ProgrammeReplies {
  const findings = checkTables(knowledge.tables);
  const wrong = findings.filter((f) => !f.agrees);
  return {
    kpi: (text) => {
      const request = parseKpiRequest(text);
      return request ? cardReply(kpiCard(kpiSnapshot(knowledge, request.topic), sections, knowledge.programme, request.topic === 'all' ? 'overview' : 'topic'), kpiLead(request.topic, knowledge.programme)) : undefined;
    },
    glossary: cardReply(glossaryCard(knowledge.glossary), `Glossar: ${knowledge.glossary.length} Abkürzungen des Programms.`),
    dataCheck: cardReply(
      dataCheckCard(findings, sections),
      // The card lists the deviations; the text is its summary only.
      `Datenprüfung: ${findings.length} Werte nachgerechnet, ${findings.length - wrong.length} stimmen, ${wrong.length} ${wrong.length === 1 ? 'weicht' : 'weichen'} ab.`,
    ),
  };
}
