/** Kemendagri regions and the name matcher: the public API of the region module. */
export { pemdaName, properCase, regionsFromCsv, type RegionJenis, type RegionRef } from './region-list';
export { createRegionMatcher, type RegionMatch, type RegionMatcher } from './match-region';
