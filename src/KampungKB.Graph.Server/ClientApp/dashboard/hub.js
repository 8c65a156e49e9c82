// What the dashboard asks the hub, in plain GraphQL over HTTP to /graphql, as a partner's front end would.
// Every figure is computed by the hub (region `stats`, `indicatorSeries`, paged tables), never from downloaded rows.

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

// The root field and the level below each kind of region; a kecamatan is its own only bar.
const LEVELS = { 1: ['province', 'regencies'], 2: ['regency', 'districts'], 3: ['district', null] };
const CLASS_COUNTS = 'stats { byClassification { classification count } }';

/**
 * A region's dashboard figures from its `stats` (computed by the hub in a few GROUP BYs), with the class counts of
 * each region one level down (of itself for a kecamatan): { stats, children: [{ code, name, classes: { DASAR: n } }] }.
 */
export async function region(code) {
  const [field, below] = LEVELS[code.split('.').length];
  const { region } = await graphql(`query Region($code: String!) {
    region: ${field}(code: $code) {
      code name
      stats {
        villageCount kampungKbCount coverage rumahDataKuCount rumahDataKuShare
        byClassification { classification count }
        byProgram { count program { code name } }
      }
      ${below ? `children: ${below} { code name ${CLASS_COUNTS} }` : ''}
    }
  }`, { code });
  const classes = (stats) => Object.fromEntries(stats.byClassification.map((c) => [c.classification, c.count]));
  return { stats: region.stats, children: (region.children ?? [region]).map((c) => ({ code: c.code, name: c.name, classes: classes(c.stats) })) };
}

export async function indicators() {
  return (await graphql('{ indicators(first: 100) { nodes { code name unit aggregation } } }')).indicators.nodes;
}

/** The last `months` monthly values of an indicator over a region, aggregated by the hub as the indicator declares. */
export async function indicatorTrend(code, indicator, months = 12) {
  const { indicatorSeries } = await graphql(`query Trend($indicator: String!, $p: String!) {
    indicatorSeries(indicator: $indicator, where: { villageCode: { startsWith: $p } }) { points { period value } }
  }`, { indicator: indicator.code, p: inside(code) });
  return (indicatorSeries[0]?.points ?? []).slice(-months);
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
