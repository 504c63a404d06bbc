/**
 * Who the action plan goes to, as the report words it: the bodies it is
 * submitted or sent to, those it is copied to, and any email address.
 * "Please submit the action plan to your SHA copied to CQC through
 * childrens-services-inspection@cqc.org.uk" gives to: ["your SHA"],
 * copy: ["CQC"], emails: ["childrens-services-inspection@cqc.org.uk"].
 */
import type { Report } from '../schema/report.js';

export interface Recipients {
  /** The bodies the plan is submitted or sent to, as written ("your SHA"). */
  to: string[];
  /** The bodies it is copied to. */
  copy: string[];
  emails: string[];
  /** The sentences they were read from, as written. */
  text: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Where a list of bodies ends: a following clause, a way of sending, or punctuation other than a comma. */
const END = String.raw`(?=\s+(?:copied|copying|copy|cc|through|via|at|by|within|before|no later|and it|and this|and will|which|who|so that|for\s+(?![A-Z]))\b|\s*[;:()]|\.(?=\s|$)|\s*$)`;
/** A verb of sending, up to 80 characters of object ("the action plan", "this"), then "to". */
const SEND = new RegExp(String.raw`\b(?:[Ss]ubmit|[Ss]end|sent|[Rr]eturn|[Ff]orward|[Ee]mail)\w*\b[^;]{0,80}?\bto\s+(.+?)${END}`, 'g');
const COPY = new RegExp(String.raw`\b(?:[Cc]opied|[Cc]opying|[Cc]opy|cc|CC)(?:\s+(?:it|this|them))?\s+(?:to|in)\s+(.+?)${END}`, 'g');
/** A recipient starts with a determiner or a capital ("your SHA", "CQC"), not a verb ("to address"). */
/** Longer than this, a "body" is a clause that ran on ("the Regional Director will then review it"). */
const MAX_WORDS = 8;
const BODY_START = /^(?:(?:your|the|a|an|our|its|their)\b|[A-Z])/;

/**
 * The recipients named by the next-steps section; when it names none, by any
 * other paragraph that speaks of the action plan (a covering letter's
 * "submit this to CQC and your SHA Chief Executive").
 */
export function findRecipients(report: Report): Recipients | null {
  const next = report.nextSteps?.text;
  const fromNext = next ? recipientsIn(next) : null;
  if (fromNext) return fromNext;
  const paragraphs = [...report.preamble, ...report.sections.flatMap((s) => s.content)].map((p) => p.text);
  for (const text of paragraphs) {
    if (!/\baction plan\b/i.test(text)) continue;
    const found = recipientsIn(text);
    if (found) return found;
  }
  return null;
}

/** The recipients a piece of text names, sentence by sentence; null when it names none. */
export function recipientsIn(text: string): Recipients | null {
  const to: string[] = [];
  const copy: string[] = [];
  const emails: string[] = [];
  const sentences: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const before = to.length + copy.length + emails.length;
    // Copies first, so that "copied to CQC" is not read as a second "to".
    const copied = [...sentence.matchAll(COPY)];
    addBodies(copy, copied.map((m) => m[1]!), emails);
    const rest = copied.reduce((s, m) => s.replace(m[0], ' '), sentence);
    addBodies(to, [...rest.matchAll(SEND)].map((m) => m[1]!), emails);
    if (to.length + copy.length > before) for (const email of sentence.match(EMAIL) ?? []) addOnce(emails, email);
    if (to.length + copy.length + emails.length > before) sentences.push(sentence.trim());
  }
  if (sentences.length === 0) return null;
  return { to, copy, emails, text: sentences.join(' ') };
}

function addBodies(into: string[], phrases: string[], emails: string[]): void {
  for (const phrase of phrases) {
    for (const part of phrase.split(/\s*,\s*|\s+and\s+/)) {
      const body = part.trim();
      if (body.includes('@')) {
        for (const email of body.match(EMAIL) ?? []) addOnce(emails, email);
      } else if (BODY_START.test(body) && body.split(/\s+/).length <= MAX_WORDS) addOnce(into, body);
    }
  }
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
