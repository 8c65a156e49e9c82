// What the dashboard asks the hub, in plain GraphQL over HTTP to /graphql, as a partner's front end would.
// Every figure is counted by the hub (totalCount of a filtered list), never by downloading rows to count them.

export const CLASSES = ['DASAR', 'BERKEMBANG', 'MANDIRI', 'BERKELANJUTAN'];

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join(' '));
  return body.data;
}

// Kemendagri codes nest: everything inside region 51.01 has a code starting "51.01.".
const inside = (code) => `${code}.`;

export async function provinces() {
  return (await graphql('{ provinces(first: 100) { nodes { code name } } }')).provinces.nodes;
}

export async function regencies(province) {
  return (await graphql('query($code: String!) { province(code: $code) { regencies { code name } } }', { code: province })).province.regencies;
}

export async function districts(regency) {
  return (await graphql('query($code: String!) { regency(code: $code) { districts { code name } } }', { code: regency })).regency.districts;
}

/** Villages, Kampung KB and Rumah DataKu in a region; coverage is Kampung KB per village. */
export async function headline(code) {
  const data = await graphql(`query Headline($p: String!) {
    villages(where: { code: { startsWith: $p } }) { totalCount }
    kampungKbs(where: { villageCode: { startsWith: $p } }) { totalCount }
    rumahDataKu: kampungKbs(where: { villageCode: { startsWith: $p }, hasRumahDataKu: { eq: true } }) { totalCount }
  }`, { p: inside(code) });
  const villages = data.villages.totalCount, kampungKb = data.kampungKbs.totalCount, rumahDataKu = data.rumahDataKu.totalCount;
  return { villages, kampungKb, rumahDataKu, coverage: villages ? kampungKb / villages : 0, rumahDataKuShare: kampungKb ? rumahDataKu / kampungKb : 0 };
}

/** Kampung KB per class in each of the given regions: { [code]: { DASAR: n, ... } }, in one request of aliased counts. */
export async function classesByRegion(regions) {
  const fields = regions.flatMap((region, r) => CLASSES.map((c) =>
    `r${r}_${c}: kampungKbs(where: { villageCode: { startsWith: ${JSON.stringify(inside(region.code))} }, classification: { eq: ${c} } }) { totalCount }`));
  const data = await graphql(`query ClassesByRegion { ${fields.join('\n')} }`);
  return Object.fromEntries(regions.map((region, r) => [region.code, Object.fromEntries(CLASSES.map((c) => [c, data[`r${r}_${c}`].totalCount]))]));
}

/** Each programme with the number of Kampung KB of the region taking part in it (any status). */
export async function programParticipation(code) {
  const programs = (await graphql('{ programs(first: 100) { nodes { code name } } }')).programs.nodes;
  const fields = programs.map((p, i) =>
    `p${i}: kampungKbs(where: { villageCode: { startsWith: $p }, programs: { some: { programCode: { eq: ${JSON.stringify(p.code)} } } } }) { totalCount }`);
  const data = await graphql(`query ProgramParticipation($p: String!) { ${fields.join('\n')} }`, { p: inside(code) });
  return programs.map((program, i) => ({ ...program, count: data[`p${i}`].totalCount }));
}

export async function indicators() {
  return (await graphql('{ indicators(first: 100) { nodes { code name unit aggregation } } }')).indicators.nodes;
}

/**
 * The last `months` monthly values of an indicator over a region: the mean of the Kampung KB for AVG indicators
 * (rates), their sum for SUM and LAST ones (counts and stocks). Pages through the region's Kampung KB 1,000 at a time.
 */
export async function indicatorTrend(code, indicator, months = 12) {
  const perPeriod = new Map();
  let after = null;
  do {
    const { kampungKbs } = await graphql(`query Trend($p: String!, $indicator: String!, $after: String) {
      kampungKbs(first: 1000, after: $after, where: { villageCode: { startsWith: $p } }) {
        pageInfo { hasNextPage endCursor }
        nodes { observations(where: { indicatorCode: { eq: $indicator } }) { period value } }
      }
    }`, { p: inside(code), indicator: indicator.code, after });
    for (const { observations } of kampungKbs.nodes)
      for (const { period, value } of observations) {
        const sum = perPeriod.get(period) ?? { total: 0, n: 0 };
        perPeriod.set(period, { total: sum.total + value, n: sum.n + 1 });
      }
    after = kampungKbs.pageInfo.hasNextPage ? kampungKbs.pageInfo.endCursor : null;
  } while (after);
  return [...perPeriod.keys()].sort().slice(-months).map((period) => {
    const { total, n } = perPeriod.get(period);
    return { period, value: indicator.aggregation === 'AVG' ? total / n : total };
  });
}

/** One page of the region's Kampung KB for the table. */
export async function kampungKbPage(code, { search, classification, order, skip, take }) {
  const where = { villageCode: { startsWith: inside(code) } };
  if (search) where.name = { icontains: search };
  if (classification) where.classification = { eq: classification };
  const data = await graphql(`query KampungKbTable($where: KampungKbFilterInput, $order: [KampungKbSortInput!], $skip: Int, $take: Int) {
    kampungKbTable(where: $where, order: $order, skip: $skip, take: $take) {
      totalCount
      items { id name classification hasRumahDataKu declaredOn village { name district { name } } }
    }
  }`, { where, order, skip, take });
  return data.kampungKbTable;
}
