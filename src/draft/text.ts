import type { Text } from '../data/schema';

/** A text in Chinese, with its English where there is one (the one constructor of `Text` drafting writes). */
export const text = (zh: string, en?: string): Text => (en ? { zh, en } : { zh });
