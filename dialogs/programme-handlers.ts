import { CardFactory, MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import { checkTables } from '../src/answers/data-check';
import { kpiLead, kpiSnapshot, parseKpiRequest } from '../src/answers/kpi-snapshot';
import { SectionLookup } from '../src/answers/source';
import { buildQuiz, buildTour } from '../src/answers/tour';
import { kpiCard } from '../src/cards/kpi-card';
import { dataCheckCard, glossaryCard } from '../src/cards/programme-cards';
import type { Knowledge } from '../src/knowledge/schema';
import { TOUR_DIALOG_ID, TourDialog, type TourProgress } from './tour-dialog';
import type { HandlerTurn, TurnHandler } from './turn-handler';

const TOUR = /^\s*(einführung|einfuehrung|tour|onboarding|rundgang|einarbeitung|einführung (starten|fortsetzen))[\s!.?]*$/i;
const GLOSSARY = /^\s*(glossar|abkürzungen|abkürzungsverzeichnis|alle abkürzungen)[\s!.?]*$/i;
const DATA_CHECK = /^\s*(datenprüfung|daten prüfen|datencheck|plausibilitätsprüfung|tabellen prüfen)[\s!.?]*$/i;

/**
 * Commands for team leads and new staff: the KPI snapshot, the glossary, the data
 * check of the programme's tables and the onboarding tour. Cards and their
 * content are built once; a turn only picks and sends.
 */
export function createProgrammeHandlers(knowledge: Knowledge, progress: StatePropertyAccessor<TourProgress>): { handlers: TurnHandler[]; dialogs: TourDialog[] } {
  const sections = new SectionLookup(knowledge);
  const findings = checkTables(knowledge.tables);
  const wrong = findings.filter((f) => !f.agrees);
  const glossary = MessageFactory.attachment(CardFactory.adaptiveCard(glossaryCard(knowledge.glossary)), `Glossar: ${knowledge.glossary.length} Abkürzungen des Programms.`);
  const dataCheck = MessageFactory.attachment(
    CardFactory.adaptiveCard(dataCheckCard(findings, sections)),
    `Datenprüfung: ${findings.length} Werte nachgerechnet, ${wrong.length} weichen ab. ${wrong.map((f) => `${f.row} (${f.column}): gedruckt ${f.printed.toLocaleString('de-DE')}, nachgerechnet ${f.expected.toLocaleString('de-DE')}`).join('; ')}`,
  );
  const tour = new TourDialog(buildTour(knowledge), buildQuiz(knowledge), sections, progress);

  const handlers: TurnHandler[] = [
    {
      async tryHandle(turn: HandlerTurn, text: string) {
        const request = parseKpiRequest(text);
        if (!request) return false;
        const blocks = kpiSnapshot(knowledge, request.topic);
        await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(kpiCard(blocks, sections, knowledge.programme)), kpiLead(request.topic, knowledge.programme)));
        return true;
      },
    },
    { tryHandle: async (turn, text) => GLOSSARY.test(text) && (await turn.context.sendActivity(glossary), true) },
    { tryHandle: async (turn, text) => DATA_CHECK.test(text) && (await turn.context.sendActivity(dataCheck), true) },
    { tryHandle: async (turn, text) => TOUR.test(text) && (await (await turn.dialogContext()).beginDialog(TOUR_DIALOG_ID), true) },
  ];
  return { handlers, dialogs: [tour] };
}
