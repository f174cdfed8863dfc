/**
 * The dataset schema's messages (src/data/schema.ts, written in English for the file format's users) said in the
 * page language where a person corrects a draft. A message this table does not know is shown as it is.
 */
import type { T } from './i18n';
import type { MessageKey } from './zh';

const fixed: Record<string, MessageKey> = {
  'must not be empty': 'schema.empty',
  'must be a date written YYYY-MM-DD': 'schema.date',
  'must be an ISO date-time with offset': 'schema.datetime',
  'must be an http(s) address': 'schema.url',
  'must be a lowercase slug such as "tan-xihua"': 'schema.slug',
  'must be a 6, 9 or 12 digit statistical division code': 'schema.code',
  'a visit needs at least one participant': 'schema.participant',
  'needs a personId or an organizationId': 'schema.who',
  'needs at least one bulletin': 'schema.bulletin',
};

export function schemaMessage(message: string, t: T): string {
  const key = fixed[message];
  if (key) return t(key);
  let m = /^quote is not found verbatim in paragraph (\d+)$/.exec(message);
  if (m) return t('schema.quote', { paragraph: Number(m[1]) + 1 });
  m = /^refers to unknown ([\w ]+) "(.*)"$/.exec(message);
  if (m) return t('schema.unknown', { id: m[2] ?? '' });
  m = /^duplicate id "(.*)"$/.exec(message);
  if (m) return t('schema.duplicate', { id: m[1] ?? '' });
  return message;
}
