// The GraphQL documents the benchmark sends. Apart from the people page (the benchmark's own,
// sent to Cadre and the anchor alike), they ask for the same fields as the console's documents
// (which are TypeScript, some built from generated fragments, so not importable here), with the
// fragments written out; keep them in step when those change.

/** The people page of issue #10: the same text goes to Cadre and to the anchor. */
export const PEOPLE_PAGE = `query BenchPeoplePage($after: String) { people(first: 50, after: $after) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id name email title level managerId location compensation { base currency } manager { name } } } }`;

/** Only the cursors, to find the last page (apps/console/src/people/documents.ts, PeopleCursor). */
export const PEOPLE_CURSOR = `query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) { pageInfo { endCursor hasNextPage } } }`;

export const SIGNED_IN = '{ __typename }';

// apps/console/src/shell/documents.ts (Me): who the viewer is and what they may do.
export const ME = 'query Me { me { account { id email } roles permissions person { id name title } tenant { id slug name } } }';

// --- The person page: apps/console/src/people/PersonDetailPage.tsx and each plugin's person tab.
// apps/console/src/people/documents.ts
export const PERSON = `query Person($id: ID!) { person(id: $id) {
      id name email title level track status location hireDate managerId orgUnitId createdAt updatedAt
      compensation { base currency } manager { id name } reports { id name title level status } } }`;

// plugins/structure/src/console/api.ts (PersonStructureTab)
const S_PERSON = 'id name email title level managerId orgUnitId status';
const S_SKILL = 'id name categoryId categoryName';
const S_PROJECT = `id name description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing
  requirements { skillId skillName minLevel weight } assignments { id personId person { ${S_PERSON} } unitId allocation since } unitIds crossUnit`;
const S_UNIT = `id name kind description parentId lead { ${S_PERSON} } depth path childIds memberCount totalMemberCount`;
export const SKILL_PROFILE = `query StructureSkillProfile($personId: ID) { skillProfile(personId: $personId) { person { ${S_PERSON} }
    entries { skill { ${S_SKILL} } level evidenceKinds updatedAt evidence { id kind level note createdAt } } } }`;
export const PROJECTS = `query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ${S_PROJECT} } }`;
export const ORG_CHART = `query StructureOrgChart($rootUnitId: ID, $search: String) { orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {
    units { ${S_UNIT} } matchedUnitIds matchedPersonIds matchedPeople { ${S_PERSON} } expandUnitIds } }`;
export const ORG_UNIT_MEMBERS = `query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ${S_PERSON} } }`;
export const ORG_UNITS_IDS = 'query BenchOrgUnits { orgUnits { id name depth } }';

// plugins/knowledge/src/console/api.ts (PersonKnowledgeTab, RecentWidget, SearchPage)
const K_PERSON = 'id name title';
const K_SUMMARY = `id kind title summary reference visibility version authors { ${K_PERSON} } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked`;
const K_ROW = `person { ${K_PERSON} } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers`;
export const ITEMS = `query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) { knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${K_SUMMARY} } } }`;
export const SHARING = `query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) { knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ${K_ROW} } } }`;
export const SEARCH = `query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) { searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) {
    totalCount terms hits { score titleHtml snippetHtml item { ${K_SUMMARY} } } } }`;

// plugins/incentives/src/console/api.ts (PersonIncentivesTab, CycleProgressWidget, MyBonusWidget, PoolPage)
const I_BAND = 'band coefficient condition lower upper';
const I_PROGRESS = 'progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }';
const I_CYCLE = `id name periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount
  thresholds coefficients bands { ${I_BAND} } anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt ${I_PROGRESS}`;
const I_VERSION = 'id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt';
const I_POOL = `id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ${I_BAND} } memberCount note defaultFloor defaultCap
  scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ${I_VERSION} }`;
const I_PARTICIPANT = 'id cycleId personId name level score calibratedScore finalScore potential band coefficient';
export const CYCLES = `query IncentivesCycles($status: String) { reviewCycles(status: $status) { ${I_CYCLE} } }`;
export const POOLS = `query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) { bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ${I_POOL} } }`;
export const PARTICIPANTS = `query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ${I_PARTICIPANT} } }`;
export const ALLOCATIONS = `query IncentivesAllocations($poolId: ID!, $version: Int) {
  bonusAllocations(poolId: $poolId, version: $version) { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta } }`;
export const PERSON_ALLOCATION = `query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {
  bonusAllocationsPage(poolId: $poolId, filter: { personId: $personId }, first: 1) { nodes { id personId currency amount delta } } }`;
export const MY_BONUS = `query IncentivesMyBonus($poolId: ID) { myBonus(poolId: $poolId) {
  poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda
  floor cap bound exactAmount previousAmount delta formula calculation bands { ${I_BAND} } history { version amount delta score status reason publishedAt } } }`;

// plugins/development/src/console/api.ts (PersonDevelopmentTab, GapsPanel, MyPlanWidget)
const D_PERSON = 'id name title level';
const D_PLAN = `id person { ${D_PERSON} } mentor { ${D_PERSON} } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt createdBy { ${D_PERSON} }
  goals { id title description skillId skillName targetLevel dueOn status doneAt }`;
const D_REC = 'courseId title reachesLevel reason';
export const PLANS = `query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ${D_PLAN} } }`;
export const GAPS = `query DevelopmentGaps($personId: ID!, $targetLevelId: ID) { skillGaps(personId: $personId, targetLevelId: $targetLevelId) {
  person { ${D_PERSON} } target { id code title } targetSource method expectations { skillId skillName expected current met }
  gaps { skillId skillName expected current gap courses { ${D_REC} } mentors { person { ${D_PERSON} } score level evidence reason } } } }`;

// plugins/attraction/src/console/api.ts (FunnelWidget)
export const FUNNEL = `query AttractionFunnel($requisitionId: ID) { hiringFunnel(requisitionId: $requisitionId) {
  overall { candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian
    stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate } } } }`;

// plugins/knowledge/src/console/api.ts (SharingIndexPage)
export const SHARING_PAGE = `query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {
    knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) {
      formula from to totalCount pageInfo { endCursor hasNextPage } nodes { ${K_ROW} } } }`;
export const TEAM_SHARING = `query KnowledgeTeamSharing($from: String, $to: String) {
    teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ${K_ROW} } } } }`;

// plugins/attraction/src/console/api.ts (PayPositionsPage)
export const PAY_POSITIONS = `query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {
    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count }
      nodes { personId name title level jobFamily base currency band { minBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition } } }`;

// plugins/insights/src/console/api.ts (AttritionPage, EffectivenessPage)
const IN_PERIOD = 'averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate';
export const ATTRITION = `query InsightsAttrition($from: String!, $to: String!) { attritionReport(from: $from, to: $to) {
    from to threshold medianTenureMonths months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }
    total { ${IN_PERIOD} } units { unitId name parentId suppressed figures { ${IN_PERIOD} } } tenureAtExit { band leavers } } }`;
export const EFFECTIVENESS = `query InsightsEffectiveness($unitId: ID) {
    effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } } }`;

// plugins/development/src/console/api.ts (TeamGapsPage), fragments written out
const D_GAP = `projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { id name title } level }
  candidates { person { id name title } level } courses { courseId title reachesLevel reason }`;
export const TEAM_GAPS = `query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) {
    unitId unitName memberCount rule projects { projectId name priority requirements { ${D_GAP} } } gaps { ${D_GAP} }
    requisitions { skillId skillName level projects reason alreadySuggested } } }`;

// apps/console/src/dashboard/widgets/documents.ts
export const HEADCOUNT_BY_STATUS = 'query HeadcountByStatus { headcount { total byStatus { key count } } }';
export const HEADCOUNT_BY_LEVEL = 'query HeadcountByLevel { headcount { byLevel { key count } } }';
export const RECENT_AUDIT = 'query RecentAudit { auditLog(first: 8) { nodes { id at operation actorEmail targetType } } }';
