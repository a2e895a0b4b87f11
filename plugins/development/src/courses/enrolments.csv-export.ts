import { defineCsvExport } from '@cadre/sdk';

/** Enrolments (optionally `{"courseId": …}` or `{"personId": …}`): your own and your reports', or all for course admins. */
export const enrolmentsCsvExport = defineCsvExport({
  id: 'development.enrolments',
  permission: 'development.courses.read',
  query: `query ExportEnrolments($courseId: ID, $personId: ID) {
    courseEnrolments(courseId: $courseId, personId: $personId) { courseTitle person { name } status enrolledAt completedAt rating }
  }`,
  list: 'courseEnrolments',
  columns: [
    { header: 'course', value: (e) => e.courseTitle },
    { header: 'person', value: (e) => e.person?.name },
    { header: 'status', value: (e) => e.status },
    { header: 'enrolled_at', value: (e) => e.enrolledAt },
    { header: 'completed_at', value: (e) => e.completedAt },
    { header: 'rating', value: (e) => e.rating },
  ],
});
