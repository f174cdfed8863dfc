/** Lowercase ASCII slug of anything (file names, ids): other characters become `-`, runs of `-` collapse. */
export function slugPart(value: string, fallback: string): string {
  const slug = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^[-+]+|[-+]+$/g, '');
  return slug === '' ? fallback : slug;
}
