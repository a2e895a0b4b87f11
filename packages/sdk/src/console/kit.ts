// @cadre/sdk/console/kit — the pieces every plugin page shows the same way: the page frame, links,
// load failures, mutations with toasts, withheld values, money, sections, notes, CSV export, people
// pickers, server-paged lists. Their texts are the host console's messages (kit/messages.ts lists
// the keys). A separate entry from '@cadre/sdk/console' because that one is on the console's first
// page: reached through it, these modules (and the antd components they use) would be bundled there
// too. The chart is yet another entry, '@cadre/sdk/console/chart'.
export type { KitMessageKey } from './kit/messages.js';
export { CsvImportButton, type CsvImportButtonProps, type CsvImportReport } from './kit/CsvImportButton.js';
export { ExportButton } from './kit/ExportButton.js';
export { HiddenTag } from './kit/HiddenTag.js';
export { LoadFailed } from './kit/LoadFailed.js';
export { Method } from './kit/Method.js';
export { MoneyText, type MoneyTextProps } from './kit/MoneyText.js';
export { Muted, None } from './kit/Muted.js';
export { NavLink } from './kit/NavLink.js';
export { Page, PageLoading, type PageProps } from './kit/Page.js';
export { PeopleSelect, PersonSelect, type PersonOption } from './kit/PersonSelect.js';
export { Problems } from './kit/Problems.js';
export { Section } from './kit/Section.js';
export { statusTag, type TagColors } from './kit/statusTag.js';
export { errorText, useRun } from './kit/useRun.js';
export { formatPercent } from './kit/percent.js';
export { queryParam } from './kit/query-param.js';
export { useServerList, type ServerListOptions, type ServerPage } from './kit/useServerList.js';
export { useLoadMore, type LoadMoreOptions } from './kit/useLoadMore.js';
