import {
  ActivityTypes,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type BotState,
  type ChannelAccount,
  type InvokeResponse,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { DialogContext, DialogState } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from '../../dialogs/dialog-classes';
import type { HandlerTurn, TurnHandler } from './turn-handler';
import { isCalculationSubmit } from '../../dialogs/calculation-dialogs';
import type { QuestionAnswerer } from '../answers/programme-library';
import { nextContext, type QuestionContext } from '../answers/follow-up';
import type { ProgrammeIdentity } from '../knowledge/schema';
import { exampleQuestions } from '../answers/smalltalk';
import { cardAttachment } from '../cards/adaptive-card';
import { welcomeCard } from '../cards/welcome-card';
import { answerActivity, hintBeforeFirstReply } from './answer-activity';
import { incomingText, isAddressedToBot, personalDataRemoved } from './incoming-text';
import { parseFeedbackInvoke } from './feedback';
import { OncePerKey } from './once-per-key';
import type { InsightsStore } from '../insights-log/insights-store';
import { RecentAnswerKinds } from './recent-answer-kinds';
import { detectPersonalData, PERSONAL_DATA_HINT } from '../privacy/personal-data';
import { redact } from '../privacy/redact';

export interface AmipBotDeps {
  answerer: QuestionAnswerer;
  documentTitle: string;
  /** Whose programme and which year: the welcome and the examples name them. */
  programme: ProgrammeIdentity;
  conversationState: BotState;
  userState: BotState;
  dialogs: DialogSet;
  /** The property `dialogs` keeps its stack in: read first, so a turn without a dialog creates no dialog state. */
  dialogState: StatePropertyAccessor<DialogState>;
  /** The routing table (src/bot/routes.ts), asked in order before question answering. */
  handlers: readonly TurnHandler[];
  /** Where unanswered questions and feedback go for the content owners. */
  insights?: BotInsights;
  clock?: () => Date;
}

/** What is kept of the previous question: enough to complete a follow-up, never a whole message. */
const MAX_CONTEXT_CHARS = 300;

/** The insights store and the salted pseudonym its feedback records carry instead of the user id. */
export interface BotInsights {
  store: InsightsStore;
  hashUser(userId: string): string;
}

interface WelcomeState {
  welcomed: boolean;
}

/**
 * Teams behaviour and routing. A turn reads top-down: who is addressed →
 * an active dialog continues → a handler (calculation, KPI, tour) claims the
 * text → otherwise the programme answers.
 */
export class AmipBot extends TeamsActivityHandler {
  private readonly welcome: StatePropertyAccessor<WelcomeState>;
  /** The last question answered in this conversation, so a follow-up ("und 2023?") can refer to it. Expires with the conversation state. */
  private readonly lastQuestion: StatePropertyAccessor<QuestionContext>;
  private readonly welcoming = new OncePerKey();
  private readonly answerKinds = new RecentAnswerKinds();

  constructor(private readonly deps: AmipBotDeps) {
    super();
    this.welcome = deps.conversationState.createProperty<WelcomeState>('welcome');
    this.lastQuestion = deps.conversationState.createProperty<QuestionContext>('lastQuestion');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.greetNewMembers(context, context.activity.membersAdded ?? []);
      await next();
    });
    // Some installs arrive only as installationUpdate; the welcome flag keeps it to one greeting.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.greetNewMembers(context, [context.activity.recipient]);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (!isAddressedToBot(context.activity)) return;
    const raw = incomingText(context);
    // Client data never goes further than this line: dialogs, state and answers see the redacted text.
    const personalData = detectPersonalData(raw);
    const text = personalData.length ? redact(raw, personalData).replace(/\[[^\]]+\]/g, ' ').replace(/\s+/g, ' ').trim() : raw;
    if (personalData.length) context.activity.text = text;
    // The hint comes first, in the same message as the answer.
    const hintAlone = personalData.length ? hintBeforeFirstReply(context, PERSONAL_DATA_HINT) : undefined;
    await this.route(context, text, personalData.length > 0 || personalDataRemoved(context).length > 0);
    await hintAlone?.();
  }

  private async route(context: TurnContext, text: string, hadPersonalData = false): Promise<void> {
    const turn = this.handlerTurn(context);
    if (await this.hasActiveDialog(context)) {
      const dc = await turn.dialogContext();
      // A submitted form (card) is a fresh request: it replaces a dialog that still waits for typed values.
      if (isCalculationSubmit(context.activity.value)) await dc.cancelAllDialogs();
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.empty) return;
    }
    for (const handler of this.deps.handlers) {
      if (await handler.tryHandle(turn, text)) return;
    }
    const previous = await this.lastQuestion.get(context);
    const now = this.now().getTime();
    const answer = this.deps.answerer.answer(text, previous, now);
    if (answer.understood) {
      const { question, subject } = answer.understood;
      await this.lastQuestion.set(context, nextContext(previous, question, subject, now, MAX_CONTEXT_CHARS));
    }
    // A question that held client data is not kept even redacted (the store keeps its placeholder): names alone are not recognisable.
    if (answer.kind === 'no-answer') this.deps.insights?.store.recordUnanswered({ text, at: this.now(), personalData: hadPersonalData });
    const sent = await context.sendActivity(answerActivity(answer, this.deps.documentTitle));
    if (sent?.id) this.answerKinds.remember(sent.id, answer.kind);
  }

  /** Without a default, so that asking does not create (and later write) an empty stack. */
  private async hasActiveDialog(context: TurnContext): Promise<boolean> {
    const state = await this.deps.dialogState.get(context);
    return (state?.dialogStack?.length ?? 0) > 0;
  }

  /** The DialogContext is made on first use: its state manager is costly, and most turns are questions. */
  private handlerTurn(context: TurnContext): HandlerTurn {
    let dc: Promise<DialogContext> | undefined;
    return { context, dialogContext: () => (dc ??= this.deps.dialogs.createContext(context)) };
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  /** One welcome per conversation in every scope (installationUpdate and conversationUpdate both arrive), its examples as buttons. */
  private async greetNewMembers(context: TurnContext, members: ChannelAccount[]): Promise<void> {
    const botAdded = members.some((m) => m.id === context.activity.recipient.id);
    const personal = (context.activity.conversation.conversationType ?? 'personal') === 'personal';
    if (!personal && !botAdded) return;
    if (!this.welcoming.claim(context.activity.conversation.id)) return;
    const state = await this.welcome.get(context, { welcomed: false });
    if (state.welcomed) return;
    state.welcomed = true;
    const { programme } = this.deps;
    const text = personal
      ? `Willkommen! Ich beantworte Fragen zum **Arbeitsmarkt- und Integrationsprogramm ${programme.year}** des ${programme.jobcenter.replace(/^Jobcenter\b/, 'Jobcenters')} – immer mit Quelle (Abschnitt und Seite). Ich rechne auch mit Ihnen (**Integrationsquote berechnen**, **LZB prüfen** …), **Kennzahlen** zeigt die KPI-Übersicht, **Einführung** startet eine kurze Tour.`
      : `Hallo zusammen! Ich bin **AMIP-Bot** und beantworte Fragen zum Arbeitsmarkt- und Integrationsprogramm ${programme.year}. Erwähnen Sie mich mit @AMIP-Bot und Ihrer Frage – oder wählen Sie ein Beispiel.`;
    await context.sendActivity(MessageFactory.attachment(cardAttachment(welcomeCard(exampleQuestions(programme))), text));
  }

  /** Action.Execute from a card: the same routing as a typed message or an Action.Submit. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    context.activity.value = invokeValue.action?.data as Record<string, unknown> | undefined;
    // Same path as a typed message, so card input is checked for client data too.
    await this.handleMessage(context);
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: { text: 'OK' } };
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const feedback = parseFeedbackInvoke(context.activity);
    if (feedback) {
      const insights = this.deps.insights;
      const answerKind = this.answerKinds.kindOf(feedback.replyToId);
      insights?.store.recordFeedback({
        reaction: feedback.reaction,
        ...(feedback.comment !== undefined ? { comment: feedback.comment } : {}),
        ...(answerKind ? { answerKind } : {}),
        at: this.now(),
        userHash: insights.hashUser(context.activity.from?.id ?? 'unknown'),
      });
      // Teams acknowledges feedback in its own UI; a chat message on top would be noise.
      return { status: 200 };
    }
    return super.onInvokeActivity(context);
  }
}

export type { DialogState };
