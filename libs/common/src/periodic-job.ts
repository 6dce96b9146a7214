import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * A job that runs every `intervalMs` in this process while `enabled()` says so. The timer holds no
 * state: what a pass did is in the database, so a restart or a second process changes nothing but
 * who does the next pass. Tests call `runOnce()` themselves.
 */
export abstract class PeriodicJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;

  protected constructor(private readonly intervalMs: number) {}

  protected abstract enabled(): boolean;

  /** One pass; it must not throw (log instead), so that one failure never stops the timer. */
  abstract runOnce(): Promise<void>;

  onApplicationBootstrap(): void {
    if (this.enabled()) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the timer and waits for the pass in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => this.schedule(this.intervalMs));
    }, delayMs);
    this.timer.unref();
  }
}
