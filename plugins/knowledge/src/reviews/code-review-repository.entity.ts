import { JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** The skills a repository exercises: reviews there count as evidence for them. */
@Entity('knowledge_repositories')
export class CodeReviewRepositoryEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @JsonColumn()
  skillIds: string[];
}
