/** Tailwind classes per supply type, from the tokens in tailwind.config.ts (`supply-*` colours). */
const classes: Record<string, string> = {
  mask: 'border-supply-mask text-slate-900 bg-supply-mask/15 dark:text-slate-100',
  alcohol: 'border-supply-alcohol text-slate-900 bg-supply-alcohol/15 dark:text-slate-100',
  disinfectant: 'border-supply-disinfectant text-slate-900 bg-supply-disinfectant/15 dark:text-slate-100',
};

export function supplyClass(id: string): string {
  return classes[id] ?? 'border-supply-other text-slate-900 bg-supply-other/15 dark:text-slate-100';
}
