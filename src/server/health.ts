/** Parts of the bot whose failure /healthz reports. */
export type HealthComponent = 'storage' | 'auth';

/**
 * What /healthz knows beyond readiness: a component is degraded from its
 * last failure until its next success (or until `windowMs` passed without
 * another failure, for components that are not retried on their own).
 */
export class HealthSignals {
  private readonly failedAt = new Map<HealthComponent, number>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  failed(component: HealthComponent): void {
    this.failedAt.set(component, this.now());
  }

  succeeded(component: HealthComponent): void {
    this.failedAt.delete(component);
  }

  /** The degraded components, sorted. */
  degraded(): HealthComponent[] {
    const now = this.now();
    const out: HealthComponent[] = [];
    for (const [component, at] of this.failedAt) {
      if (now - at <= this.windowMs) out.push(component);
      else this.failedAt.delete(component);
    }
    return out.sort();
  }
}
