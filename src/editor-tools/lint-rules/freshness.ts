import { isoDay } from '../../site/dates.ts';
import { reviewStatus } from '../review-status.ts';
import { asDate, isPage, type LintRule, lineOf, report } from './rule.ts';

/** A page's review is due within 30 days (warning) or overdue (error). */
export const freshnessRule: LintRule = {
  checkFile(entry, file, run) {
    const nextReview =
      isPage(entry) || ['safetyNotes', 'careServices', 'treatmentOptions'].includes(entry.collection)
        ? asDate(entry.data.nextReview)
        : undefined;
    if (!nextReview) return;
    const status = reviewStatus(nextReview, run.today);
    const line = { line: lineOf(entry.text, 'nextReview') };
    const day = isoDay(nextReview);
    if (status.state === 'overdue') {
      report(
        file,
        `nextReview: the review was due on ${day}, ${status.daysLate} days ago. Review the page against its sources, then set lastReviewed to today and nextReview to a year later.`,
        line,
        'freshness',
        'error',
      );
    } else if (status.state === 'due-soon') {
      report(
        file,
        `nextReview: the review is due on ${day}, in ${status.daysLeft} days. Plan it now.`,
        line,
        'freshness',
        'warning',
      );
    }
  },
};
