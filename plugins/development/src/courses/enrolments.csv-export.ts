import { defineCsvExport } from '@cadre/sdk';

/**
 * Enrolments (optionally `{"courseId": …}`, `{"personId": …}`, `"status"` and `"sort"` as the
 * course page's list takes them): your own and your reports', or all for course admins — the
 * paged list the page shows, so an export holds exactly its rows in its order.
 */
export const enrolmentsCsvExport = defineCsvExport({
  id: 'development.enrolments',
  permission: 'development.courses.read',
  query: `query ExportEnrolments($courseId: ID, $personId: ID, $status: DevelopmentEnrolmentStatus, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {
    courseEnrolmentsPage(filter: { courseId: $courseId, personId: $personId, status: $status }, sort: $sort, first: $first, after: $after) {
      nodes { courseTitle person { name } status enrolledAt completedAt rating }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  list: 'courseEnrolmentsPage',
  columns: [
    { header: 'course', value: (e) => e.courseTitle },
    { header: 'person', value: (e) => e.person?.name },
    { header: 'status', value: (e) => e.status },
    { header: 'enrolled_at', value: (e) => e.enrolledAt },
    { header: 'completed_at', value: (e) => e.completedAt },
    { header: 'rating', value: (e) => e.rating },
  ],
});
