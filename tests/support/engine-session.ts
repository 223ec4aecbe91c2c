// What each engine's session shares (tests/support/engine-*.ts): the one small interface engines.test.ts drives, the
// window's height, the overflow measure and the log of errors and warnings.

export type EngineName = 'Chromium' | 'Firefox' | 'WebKit';
export type PageFunction<T> = (...args: never[]) => T | Promise<T>;

export interface EngineSession {
  readonly name: EngineName;
  /** Opens a URL in the session's one tab (1280 px wide) and waits for it to load. */
  open(url: string): Promise<void>;
  /** Runs a function in the page (or, with a frame index, in that iframe) and returns its result. */
  run<T>(fn: PageFunction<T>, frame?: number): Promise<T>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  pressEscape(): Promise<void>;
  /** Opens a URL with the viewport `width` px wide and runs a function in it, with one argument (measureOverflow…). */
  runAt<T, A>(url: string, width: number, fn: (arg: A) => T, arg: A): Promise<T>;
  /** Errors (uncaught exceptions, console errors, CSP violations) and console warnings since open(). */
  logged(): Promise<{ errors: string[]; warnings: string[] }>;
  close(): Promise<void>;
}

/** The proxy the engines send all traffic for other hosts to (engines.ts), and the requests it has recorded. */
export interface OutsideRequestTrap {
  readonly port: number;
  readonly requests: string[];
  close(): void;
}

/** How far the page scrolls sideways (0 when it fits): for runAt(). */
export const measureOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
/** Every engine's window height, in px. */
export const HEIGHT = 800;

/** The errors and warnings a session's page logs, since the last reset. */
export function collector() {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    reset: () => void (errors.splice(0), warnings.splice(0)),
    logged: async () => ({ errors: [...errors], warnings: [...warnings] }),
  };
}
