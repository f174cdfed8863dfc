/**
 * Design tokens: the one place that says which colour a district or a supply type has, the font stacks and the
 * spacing scale. Tailwind reads this file (through `@config` in src/index.css) and so do the charts and the export
 * (src/features/charts/chart-theme.ts), so a district has the same colour everywhere.
 */
import type { Config } from 'tailwindcss';

export const tokens = {
  colors: {
    /** One colour per district id (Okabe–Ito palette: distinct for colour-blind readers). */
    district: {
      heshan: '#0072B2',
      ziyang: '#D55E00',
      other: '#7A7A7A',
    },
    /** One colour per supply type id. */
    supply: {
      mask: '#009E73',
      alcohol: '#CC79A7',
      disinfectant: '#E69F00',
      other: '#56B4E9',
    },
    /** Highlight colours in the source text, by kind of fact. */
    evidence: {
      person: '#fde68a',
      place: '#bfdbfe',
      supply: '#bbf7d0',
      remark: '#fbcfe8',
    },
    brand: '#b91c1c',
  },
  /*
   * Each family a stack names that this computer lacks costs a lookup, per weight, the first time text needs it;
   * each face it has costs more, once: Chromium on Linux asks its browser process for the file over IPC and parses
   * it (20 to 27 ms for one weight of a CJK font, on a busy two-core machine). So:
   * - each stack names one family per platform, the one that platform has, with the CJK one right after
   *   `system-ui` (the platform's own Latin font; -apple-system and "Segoe UI" are what it resolves to);
   * - the page uses one CJK family in two weights: the source text is set in it too (a serif there cost two more
   *   faces, 54 ms in one frame of the first view), and monospaced text falls back to it for Chinese.
   * A platform without the named CJK family still finds one by the generic family at the end.
   */
  fonts: {
    sans: [
      'system-ui',
      '"Noto Sans CJK SC"', // Linux (fonts-noto-cjk), Android
      '"PingFang SC"', // macOS, iOS
      '"Microsoft YaHei"', // Windows
      'sans-serif',
    ],
    mono: [
      'ui-monospace', // Safari
      '"DejaVu Sans Mono"', // Linux
      'Menlo', // macOS
      'Consolas', // Windows
      '"Liberation Mono"', // other Linux
      '"Noto Sans CJK SC"',
      '"PingFang SC"',
      '"Microsoft YaHei"',
      'monospace',
    ],
  },
  spacing: {
    card: '1rem',
    section: '2rem',
  },
} as const;

/** Fallback colours for ids the tokens do not name (user datasets may add districts and supplies). */
export const extraPalette = [
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#882255',
  '#44AA99',
  '#999933',
] as const;

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        district: tokens.colors.district,
        supply: tokens.colors.supply,
        evidence: tokens.colors.evidence,
        brand: tokens.colors.brand,
      },
      fontFamily: {
        sans: [...tokens.fonts.sans],
        mono: [...tokens.fonts.mono],
      },
      spacing: tokens.spacing,
    },
  },
} satisfies Config;
