/** The bulletin's paragraphs: its non-blank lines, verbatim and in order (a line of only spaces is blank). */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
