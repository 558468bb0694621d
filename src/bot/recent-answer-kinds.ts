/**
 * The kind of the bot's latest answers by the id Teams gave the message, so 👍/👎
 * on one can say what kind of answer was rated. Bounded, and in memory only: after
 * a restart or on another instance the kind is simply left out of the record.
 */
export class RecentAnswerKinds {
  private readonly kinds = new Map<string, string>();

  constructor(private readonly max = 1_000) {}

  remember(activityId: string, kind: string): void {
    this.kinds.set(activityId, kind);
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.kinds.size > this.max) this.kinds.delete(this.kinds.keys().next().value!);
  }

  kindOf(activityId: string | undefined): string | undefined {
    return activityId === undefined ? undefined : this.kinds.get(activityId);
  }
}
