/**
 * What a rule is, and the one wrapper that runs rules: as in
 * unified-lint-rule, a rule only says what is wrong and where; its id and
 * severity are stamped here, and settings (`off | warning | error`) are read
 * here and nowhere else.
 */
import { compareDiagnostics, diagnostic } from '../diagnostics.js';
import type { Diagnostic, Position, Report } from '../schema/report.js';

/** What a user may set a rule to. */
export const SETTINGS = ['off', 'warning', 'error'] as const;
export type Setting = (typeof SETTINGS)[number];
export type RuleSeverity = Exclude<Setting, 'off'>;

/** Settings by rule id; a rule not named keeps its default severity. */
export type RuleSettings = Readonly<Record<string, Setting>>;

/** What a rule finds: a reason and a place. */
export interface Problem {
  message: string;
  position: Position;
  /** What was found and what was expected instead, as data (vfile-message's `actual` and `expected`). */
  actual?: string;
  expected?: string[];
}

export interface RuleMeta {
  id: string;
  /** One line, for `inspect validate --list-rules`. */
  description: string;
  defaultSeverity: RuleSeverity;
}

/** A rule over the report model (`Input = Report`), or over report JSON as read (`JsonInput`). */
export interface Rule<Input = Report> extends RuleMeta {
  check(input: Input): Problem[];
}

/** The start of the document: the place of a problem that has no place of its own. */
export const DOCUMENT_START: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

export function isSetting(value: string): value is Setting {
  return (SETTINGS as readonly string[]).includes(value);
}

/** A level as a user wrote it for rule `id` (config file or option); throws with a message otherwise. */
export function readSetting(level: string, id: string): Setting {
  if (isSetting(level)) return level;
  throw new Error(`"${level}" is not a level for ${id}: expected ${SETTINGS.join(', ')}`);
}

/** `numbering-gap=error` → ["numbering-gap", "error"]. Whether the rule exists is the caller's check. */
export function readRuleOption(value: string): [string, Setting] {
  const match = /^\s*([\w-]+)\s*=\s*(\S+)\s*$/.exec(value);
  if (!match) throw new Error(`expected RULE=${SETTINGS.join('|')}, got "${value}"`);
  return [match[1]!, readSetting(match[2]!, match[1]!)];
}

/** The severity a rule runs at under `settings`, or null when it is off. */
export function severityOf(rule: RuleMeta, settings: RuleSettings = {}): RuleSeverity | null {
  const setting = settings[rule.id] ?? rule.defaultSeverity;
  return setting === 'off' ? null : setting;
}

/** Run `rules` over `input`: each problem becomes a diagnostic with the rule's id and severity, in document order. */
export function runRules<Input>(rules: readonly Rule<Input>[], input: Input, settings: RuleSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, settings);
    if (severity === null) continue;
    for (const { message, position, actual, expected } of rule.check(input)) {
      out.push({ ...diagnostic(rule.id, severity, message, position), ...(actual !== undefined && { actual }), ...(expected && { expected }) });
    }
  }
  return out.sort(compareDiagnostics);
}
