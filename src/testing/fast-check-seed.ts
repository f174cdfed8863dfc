/**
 * One fixed seed for every property test (fast-check), so that a run is the same run on every machine; fast-check
 * prints it with a failure (`{ seed: …, path: … }`), and `FC_SEED=<n>` runs the suite with another.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20200207);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
