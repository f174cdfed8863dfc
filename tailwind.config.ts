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
  fonts: {
    sans: [
      'system-ui',
      '-apple-system',
      '"Segoe UI"',
      '"PingFang SC"',
      '"Hiragino Sans GB"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
      '"Noto Sans SC"',
      '"Source Han Sans SC"',
      '"WenQuanYi Micro Hei"',
      'sans-serif',
    ],
    serif: ['"Noto Serif CJK SC"', '"Source Han Serif SC"', '"Songti SC"', 'SimSun', 'serif'],
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
        serif: [...tokens.fonts.serif],
      },
      spacing: tokens.spacing,
    },
  },
} satisfies Config;
