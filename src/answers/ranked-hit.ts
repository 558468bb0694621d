import type { SearchHit } from '../search/search-index';

/** A search hit with the rank the answerer gave it for this question (RankingWeights applied). */
export interface RankedHit extends SearchHit {
  rank: number;
}
