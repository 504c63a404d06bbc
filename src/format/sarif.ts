/**
 * Problems as SARIF 2.1.0, the format code hosts and CI systems read to show
 * problems inline: one run, the tool's rules with their descriptions and
 * default levels, and one result per problem with its file and region.
 * Pure: paths are turned into URIs without touching the file system.
 */
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../schema/report.js';
import type { LintFile } from './lint-text.js';

export interface SarifRule {
  id: string;
  description: string;
  defaultSeverity: 'warning' | 'error';
}

export interface SarifOptions {
  /** Every rule the tool has (not only those that fired), in a stable order. */
  rules: readonly SarifRule[];
  /** The tool's version. */
  version: string;
  informationUri?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(files: readonly LintFile[], options: SarifOptions): string {
  const index = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'inspect',
            version: options.version,
            ...(options.informationUri && { informationUri: options.informationUri }),
            rules: options.rules.map((rule) => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.defaultSeverity },
            })),
          },
        },
        // unist columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) => file.problems.map((problem) => result(file.path, problem, index))),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(path: string, problem: Diagnostic, index: Map<string, number>) {
  const { start, end } = problem.position;
  const ruleIndex = index.get(problem.rule);
  return {
    ruleId: problem.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: LEVEL[problem.severity],
    message: { text: problem.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(path),
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
      },
    ],
  };
}

/** A relative path stays relative (to the run's working folder), with `/` and percent-encoding; standard input has no URI. */
function artifact(path: string): { uri: string } | { description: { text: string } } {
  if (path === '-') return { description: { text: 'standard input' } };
  if (/^(?:[a-z]:)?[\\/]/i.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/') };
}

/** `numbering-gap` → `NumberingGap`: SARIF's readable rule name. */
function ruleName(id: string): string {
  return id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
}
