// What a use case may ask the user. Implemented by src/cli/prompts/ (the only code that imports
// Inquirer.js); absent when stdin is not a terminal, so nothing ever waits for input there.

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** Shown after the answer is given (instead of the full name). */
  short?: string;
  checked?: boolean;
  /** Shown but not selectable, with this reason. */
  disabled?: string;
}

export interface Ask {
  text(opts: { message: string; default?: string; required?: boolean; validate?: (value: string) => string | true }): Promise<string>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(opts: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** `validate` refuses a combination inside the prompt, which then asks again. */
  checkbox<T>(opts: { message: string; choices: Choice<T>[]; validate?: (values: T[]) => string | true }): Promise<T[]>;
  /** A search prompt: `source` gives the choices for what has been typed so far. */
  search<T>(opts: { message: string; source: (term: string) => Choice<T>[] }): Promise<T>;
}
