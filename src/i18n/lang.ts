/** The page languages: Chinese first (the default and the data's own), English by a toggle. */
export type Lang = 'zh' | 'en';
export const langs: readonly Lang[] = ['zh', 'en'];
