// The courses and enrolments lists as keyset connections: sortable fields, filters and page types.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsOptional } from '@cadre/sdk/validation';
import { DevelopmentCourseType, DevelopmentEnrolmentStatus, DevelopmentEnrolmentType } from './course.types.js';

export enum DevelopmentCourseSortField {
  TITLE = 'TITLE',
  KIND = 'KIND',
  DURATION = 'DURATION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DevelopmentCourseSortField, { name: 'DevelopmentCourseSortField' });

export const DevelopmentCourseSort = SortInput<DevelopmentCourseSortField>(DevelopmentCourseSortField, 'DevelopmentCourseSort');
export type DevelopmentCourseSort = InstanceType<typeof DevelopmentCourseSort>;

@ObjectType('DevelopmentCourseConnection')
export class DevelopmentCourseConnection extends Connection(DevelopmentCourseType) {}

export enum DevelopmentEnrolmentSortField {
  ENROLLED_AT = 'ENROLLED_AT',
  UPDATED_AT = 'UPDATED_AT',
  STATUS = 'STATUS',
}
registerEnumType(DevelopmentEnrolmentSortField, { name: 'DevelopmentEnrolmentSortField' });

export const DevelopmentEnrolmentSort = SortInput<DevelopmentEnrolmentSortField>(DevelopmentEnrolmentSortField, 'DevelopmentEnrolmentSort');
export type DevelopmentEnrolmentSort = InstanceType<typeof DevelopmentEnrolmentSort>;

@ObjectType('DevelopmentEnrolmentConnection')
export class DevelopmentEnrolmentConnection extends Connection(DevelopmentEnrolmentType) {}

@InputType()
export class DevelopmentEnrolmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  courseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  personId?: string;

  @Field(() => DevelopmentEnrolmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentEnrolmentStatus)
  status?: DevelopmentEnrolmentStatus;
}
