/**
 * A fast yes/no answer to "would zod accept this?", for the large files where zod itself is the slow part.
 *
 * The page's Content-Security-Policy forbids `new Function`, so zod runs without its compiled fast path: about
 * 4 s for 100,000 visits, most of it allocating the results and issues that a valid file never needs. This module
 * walks the zod schema once (its public definition, `schema._zod.def`) and builds plain closures that only check:
 * no output, no issues, no allocation. It knows the kinds this app's schema uses (object, array, string with
 * length, pattern and format checks, number, boolean, enum, literal, nullable, optional, custom refinements);
 * for anything else, and for checks it cannot reproduce exactly (a URL), it asks zod for that one node. So the
 * answer is never looser than zod's; `fast-validate.test.ts` holds the two to the same verdicts on thousands of
 * generated inputs.
 *
 * A "no" says nothing about why: the caller then runs zod over the whole, for its issues and paths.
 */
import type { z } from 'zod';

export type Check = (value: unknown) => boolean;

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypes['_zod']['def'];
type CheckDef = z.core.$ZodChecks['_zod']['def'] & { fn?: (value: unknown) => unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Zod itself, for one node: slow, exact. */
const byZod =
  (schema: Schema): Check =>
  (value) =>
    (schema as z.ZodType).safeParse(value).success;

/** The checks attached to a node (`.min(1)`, `.regex(…)`, `.int()`, `.refine(…)`), as one closure; null if none. */
function compileChecks(schema: Schema, kind: 'string' | 'number' | 'array' | 'object'): Check | null | 'zod' {
  const checks = ((schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map(
    (c) => c._zod.def,
  );
  // A string schema that is itself a format (z.iso.date(), z.url()): its own def carries the format.
  const own = schema._zod.def as { check?: string; format?: string; pattern?: RegExp };
  if (own.check === 'string_format') checks.unshift(own as unknown as CheckDef);
  const parts: Check[] = [];
  for (const check of checks) {
    switch (check.check as string) {
      case 'min_length': {
        const min = (check as { minimum: number }).minimum;
        parts.push((v) => (v as { length: number }).length >= min);
        break;
      }
      case 'max_length': {
        const max = (check as { maximum: number }).maximum;
        parts.push((v) => (v as { length: number }).length <= max);
        break;
      }
      case 'string_format': {
        const { format, pattern } = check as { format: string; pattern?: RegExp };
        // Formats whose whole rule is their pattern (regex, date, date-time with its options in the pattern).
        if (
          kind !== 'string' ||
          !(pattern instanceof RegExp) ||
          !['regex', 'date', 'datetime'].includes(format)
        )
          return 'zod';
        const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
        parts.push((v) => re.test(v as string));
        break;
      }
      case 'number_format': {
        const { format } = check as { format: string };
        if (format !== 'safeint') return 'zod';
        parts.push((v) => Number.isSafeInteger(v));
        break;
      }
      case 'greater_than': {
        const { value: bound, inclusive } = check as { value: number; inclusive: boolean };
        if (typeof bound !== 'number') return 'zod';
        parts.push(inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound);
        break;
      }
      case 'less_than': {
        const { value: bound, inclusive } = check as { value: number; inclusive: boolean };
        if (typeof bound !== 'number') return 'zod';
        parts.push(inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound);
        break;
      }
      case 'custom': {
        // A refinement (`.refine(fn)`): fn answers truthy for a value it accepts. A superRefine takes a context
        // and answers nothing; it cannot be asked this way.
        const fn = check.fn;
        if (typeof fn !== 'function' || fn.length !== 1) return 'zod';
        parts.push((v) => {
          const answer = fn(v);
          return answer !== undefined && !(answer instanceof Promise) && Boolean(answer);
        });
        break;
      }
      default:
        return 'zod';
    }
  }
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  return (v) => {
    for (const part of parts) if (!part(v)) return false;
    return true;
  };
}

/**
 * Compiles a zod schema into a closure that answers as zod's `safeParse(value).success` would. With `shallow`, a
 * root array's elements are taken as checked already (they were, one by one, as they arrived): only the array
 * itself and its own checks (a minimum length) are.
 */
export function compileValidator(schema: Schema, { shallow = false } = {}): Check {
  const memo = new Map<Schema, Check>();
  const compile = (node: Schema): Check => {
    const known = memo.get(node);
    if (known) return known;
    // Recursive schemas are not used here; a placeholder keeps a cycle from looping.
    let compiled: Check = byZod(node);
    memo.set(node, (v) => compiled(v));
    compiled = build(node);
    memo.set(node, compiled);
    return compiled;
  };
  const build = (node: Schema): Check => {
    const def = node._zod.def as Def;
    switch (def.type) {
      case 'string': {
        const checks = compileChecks(node, 'string');
        if (checks === 'zod') return byZod(node);
        return checks ? (v) => typeof v === 'string' && checks(v) : (v) => typeof v === 'string';
      }
      case 'number': {
        const checks = compileChecks(node, 'number');
        if (checks === 'zod') return byZod(node);
        return checks
          ? (v) => typeof v === 'number' && Number.isFinite(v) && checks(v)
          : (v) => typeof v === 'number' && Number.isFinite(v);
      }
      case 'boolean':
        return compileChecks(node, 'string') === null ? (v) => typeof v === 'boolean' : byZod(node);
      case 'literal': {
        const values = new Set<unknown>(def.values);
        return (v) => values.has(v);
      }
      case 'enum': {
        const values = new Set<unknown>(Object.values(def.entries));
        return (v) => values.has(v);
      }
      case 'nullable': {
        const inner = compile(def.innerType);
        return (v) => v === null || inner(v);
      }
      case 'optional': {
        const inner = compile(def.innerType);
        return (v) => v === undefined || inner(v);
      }
      case 'array': {
        const element: Check = shallow && node === schema ? () => true : compile(def.element);
        const checks = compileChecks(node, 'array');
        if (checks === 'zod') return byZod(node);
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i += 1) if (!element(v[i])) return false;
          return checks === null || checks(v);
        };
      }
      case 'object': {
        // Unknown keys are stripped by zod, never refused (no catchall is used in this schema).
        if (def.catchall !== undefined) return byZod(node);
        const keys = Object.keys(def.shape);
        const fields = keys.map((key) => compile(def.shape[key] as Schema));
        const checks = compileChecks(node, 'object');
        if (checks === 'zod') return byZod(node);
        return (v) => {
          if (!isPlainObject(v)) return false;
          for (let i = 0; i < keys.length; i += 1)
            if (!(fields[i] as Check)(v[keys[i] as string])) return false;
          return checks === null || checks(v);
        };
      }
      default:
        return byZod(node);
    }
  };
  return compile(schema);
}
