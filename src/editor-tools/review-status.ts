/** How close a page is to its review date: the content lint warns when it is due soon and fails when it has passed. */
type ReviewStatus =
  { state: 'current' } | { state: 'due-soon'; daysLeft: number } | { state: 'overdue'; daysLate: number };

const REVIEW_WARNING_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY);

export function reviewStatus(nextReview: Date, today: Date): ReviewStatus {
  const daysLeft = dayNumber(nextReview) - dayNumber(today);
  if (daysLeft < 0) return { state: 'overdue', daysLate: -daysLeft };
  if (daysLeft <= REVIEW_WARNING_DAYS) return { state: 'due-soon', daysLeft };
  return { state: 'current' };
}
