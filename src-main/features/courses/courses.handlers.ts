import type { HandlerTable } from '../../dispatcher';
import {
  getClassSheet,
  getCourseLists,
  getGrid,
  recordClass,
  recordGrid,
} from './course-attendance.service';
import {
  confirmReceipt,
  duplicateCertificate,
  issueCertificates,
  listCertificates,
  printCertificates,
  revokeCertificate,
  verifyCode,
} from './course-certificates.service';
import { getCompletion } from './course-completion.service';
import { saveClasses } from './course-classes.service';
import { saveExam, setParticipants } from './course-people.service';
import { getCourse, getCourses, getPersonCourses, saveCourse } from './courses.service';
import { getProviders, saveProvider } from './providers.service';

type Channels = Extract<keyof HandlerTable, `courses.${string}`>;

export const courseHandlers: Pick<HandlerTable, Channels> = {
  'courses.listProviders': (_input, ctx) => getProviders(ctx),
  'courses.saveProvider': (input, ctx) => saveProvider(ctx, input),
  'courses.list': (input, ctx) => getCourses(ctx, input.projectId),
  'courses.get': ({ id }, ctx) => getCourse(ctx, id),
  'courses.save': (input, ctx) => saveCourse(ctx, input),
  'courses.setParticipants': (input, ctx) => setParticipants(ctx, input),
  'courses.saveClasses': (input, ctx) => saveClasses(ctx, input),
  'courses.saveExam': (input, ctx) => saveExam(ctx, input),
  'courses.ofParticipant': ({ participantId }, ctx) => getPersonCourses(ctx, participantId),
  'courses.sheet': ({ classId }, ctx) => getClassSheet(ctx, classId),
  'courses.record': (input, ctx) => recordClass(ctx, input),
  'courses.grid': ({ courseId }, ctx) => getGrid(ctx, courseId),
  'courses.recordGrid': (input, ctx) => recordGrid(ctx, input),
  'courses.lists': (input, ctx) => getCourseLists(ctx, input),
  'courses.completion': ({ courseId }, ctx) => getCompletion(ctx, courseId),
  'courses.issueCertificates': (input, ctx) => issueCertificates(ctx, input),
  'courses.certificates': (input, ctx) => listCertificates(ctx, input),
  'courses.printCertificates': ({ certificateIds }, ctx) => printCertificates(ctx, certificateIds),
  'courses.duplicate': ({ id }, ctx) => duplicateCertificate(ctx, id),
  'courses.revoke': (input, ctx) => revokeCertificate(ctx, input),
  'courses.confirmReceipt': (input, ctx) => confirmReceipt(ctx, input),
  'courses.verify': ({ code }, ctx) => verifyCode(ctx, code),
};
