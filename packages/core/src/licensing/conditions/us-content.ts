/**
 * US-origin content of a foreign-made item: the de minimis share (15 CFR 734.4) and the content with no de minimis
 * level.
 */
import { define } from './types';

/** US-origin content above the de minimis share: 10 % for these groups, 25 % elsewhere (734.4(c), (d)). */
export const usContentAboveDeMinimis = define<{ lowerFor: string[]; lower: number; standard: number }>()({
  kind: 'usContentAboveDeMinimis',
  reads: ['destination', 'tables', 'us_content_percent'],
  evaluate(c, ctx, e) {
    const { lowerFor, lower, standard } = c.usContentAboveDeMinimis;
    const groups = ctx.tables.groupsOf(ctx.destination, ctx.asOf).groups;
    const low = lowerFor.find((g) => groups.includes(g));
    const threshold = low ? lower : standard;
    const pct = ctx.item.us_content_percent;
    const basis = !e
      ? ''
      : `de minimis level ${threshold} % for ${ctx.destination}${low ? ` (Country Group ${low})` : ''}`;
    if (pct === undefined) {
      ctx.open.push(
        'a foreign-made item whose share of controlled US-origin content is not given (us_content_percent): de minimis could not be computed, the item is treated as subject to the EAR',
      );
      return {
        holds: true,
        why: !e ? '' : `share of controlled US-origin content not given (us_content_percent); ${basis}`,
      };
    }
    return pct > threshold
      ? { holds: true, why: !e ? '' : `controlled US content ${pct} % exceeds the ${basis}` }
      : { holds: false, why: !e ? '' : `controlled US content ${pct} % does not exceed the ${basis}` };
  },
});

/**
 * The item incorporates US-origin content whose ECCN (`items[].us_content_eccns`) matches this
 * regular expression — the 734.4(a) cases with no de minimis level. Not stated = not shown; the gap
 * is raised when the item has (or may have) US content, since the exclusion would make it subject.
 */
export const usContentEccnMatches = define<string>()({
  kind: 'usContentEccnMatches',
  reads: ['us_content_eccns', 'us_content_percent'],
  evaluate(c, ctx, e) {
    const eccns = ctx.item.us_content_eccns;
    if (!eccns) {
      if (ctx.item.us_content_percent !== 0)
        ctx.open.push(
          'a foreign-made item whose US-origin content is not named by ECCN (us_content_eccns): the 15 CFR 734.4(a) cases with no de minimis level (e.g. 9x515 / 600-series content to D:5) could not be checked',
        );
      return {
        holds: false,
        why: !e ? '' : 'the ECCNs of the US-origin content are not given (items[].us_content_eccns)',
      };
    }
    const pattern = ctx.cache.pattern(c.usContentEccnMatches);
    const hit = eccns.filter((x) => pattern.test(x));
    return hit.length
      ? { holds: true, why: !e ? '' : `the item incorporates US-origin ${hit.join(', ')}` }
      : {
          holds: false,
          why: !e
            ? ''
            : `no US-origin content among ${eccns.join(', ') || '(none)'} matches /${c.usContentEccnMatches}/`,
        };
  },
});
