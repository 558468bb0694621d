import { ActivityTypes, type Activity } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

export type AnswerQuestion = (text: string) => Partial<Activity> | undefined;

const CANCEL = /^(abbrechen|abbruch|stopp?|cancel|beenden|ende|exit|quit)[\s!.]*$/i;
const HELP = /^(hilfe|help|\?|was soll ich eingeben\??)[\s!.]*$/i;
const QUESTION = /\?\s*$|^(was|wie|wer|wo|wann|warum|welche\w*|wozu|wofür|gibt es)\b/i;

/** What a prompt stores for the interrupts: the help text of its step. */
export interface StepHelp {
  help: string;
}

/**
 * Base for every multi-step dialog: "abbrechen" cancels, "hilfe" explains the
 * current step and asks again, and a question about the programme in between is
 * answered without losing the dialog. Caught here once, before any step sees the text.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    private readonly answerQuestion?: AnswerQuestion,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = innerDc.context.activity;
    if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string') return undefined;
    const text = activity.text.trim();
    if (CANCEL.test(text)) {
      await innerDc.context.sendActivity('Alles klar, ich habe die Berechnung abgebrochen. Fragen Sie mich gern etwas anderes – oder schreiben Sie **Hilfe**.');
      return innerDc.cancelAllDialogs();
    }
    if (HELP.test(text)) {
      const options = innerDc.activeDialog?.state?.['options'] as { validations?: StepHelp } | undefined;
      await innerDc.context.sendActivity(options?.validations?.help ?? 'Geben Sie den erfragten Wert ein oder schreiben Sie **abbrechen**.');
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (this.answerQuestion && QUESTION.test(text) && !/\d/.test(text)) {
      const answer = this.answerQuestion(text);
      if (answer) {
        await innerDc.context.sendActivity(answer);
        await innerDc.context.sendActivity('Zurück zur Berechnung:');
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
    }
    return undefined;
  }
}
