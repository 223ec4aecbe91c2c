// Every query of the search quality bench, per language, in the order the sets were written: the one list that
// bench:quality ranks and bench:search --all weighs, so a new set counts in both.
import { BENCH_QUERIES, type BenchQuery } from './search-queries.ts';
import { SPANISH_BENCH_QUERIES } from './search-queries-es.ts';
import { ENGLISH_INTENT_QUERIES, SPANISH_INTENT_QUERIES } from './search-queries-intent.ts';
import { ENGLISH_LONG_QUERIES, SPANISH_LONG_QUERIES } from './search-queries-long.ts';

export const QUALITY_QUERIES: Record<'English' | 'Spanish', BenchQuery[]> = {
  English: [...BENCH_QUERIES, ...ENGLISH_INTENT_QUERIES, ...ENGLISH_LONG_QUERIES],
  Spanish: [...SPANISH_BENCH_QUERIES, ...SPANISH_INTENT_QUERIES, ...SPANISH_LONG_QUERIES],
};
