import { col } from '@cadre/sdk';
import { TableColumn, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';

/**
 * #18 four eyes: an offer records the account that drafted it (createdById is the person, and an
 * account may have none), so that account cannot also approve it when it is outside its band.
 * Earlier offers keep null: their person id is still compared. Portable.
 */
export class OfferCreatorAccount20261204120000 implements MigrationInterface {
  name = '20261204120000-offer-creator-account';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('attraction_offers', new TableColumn(col.id('createdByAccountId', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('attraction_offers', 'createdByAccountId');
  }
}
