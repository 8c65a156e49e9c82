// The dashboard's page logic: region selection, headline figures, three charts and the Kampung KB table.
import * as hub from './hub.js';

// Okabe-Ito colours: told apart with every common colour-vision deficiency.
const CLASS_STYLE = {
  DASAR: { color: '#E69F00', text: '#1f2933', label: 'Dasar', en: 'Basic' },
  BERKEMBANG: { color: '#56B4E9', text: '#1f2933', label: 'Berkembang', en: 'Developing' },
  MANDIRI: { color: '#009E73', text: '#ffffff', label: 'Mandiri', en: 'Self-reliant' },
  BERKELANJUTAN: { color: '#0072B2', text: '#ffffff', label: 'Berkelanjutan', en: 'Sustainable' },
};
const PAGE_SIZE = 10;
const number = new Intl.NumberFormat('id-ID');
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const share = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 2 }); // 71,36 %, as published
const $ = (id) => document.getElementById(id);

const state = { province: '', regency: '', district: '', indicators: [], table: { search: '', classification: '', order: [{ villageCode: 'ASC' }], skip: 0 } };
const charts = {};
let generation = 0; // a newer selection wins over answers still arriving for an older one

const regionCode = () => state.district || state.regency || state.province;

function fill(select, items, allLabel) {
  select.replaceChildren(...(allLabel ? [new Option(allLabel, '')] : []), ...items.map((i) => new Option(i.name, i.code)));
}

function showError(error) {
  $('error').hidden = false;
  $('error').textContent = `Gagal memuat data · Could not load data: ${error.message}`;
  document.body.dataset.state = 'error';
}

// Chart.js is optional: without it (a build without npm) the figures and table still work.
function draw(id, config) {
  if (!window.Chart) { $(id).replaceWith(Object.assign(document.createElement('p'), { textContent: 'Chart.js belum terpasang · Chart.js is not installed' })); return; }
  charts[id]?.destroy();
  charts[id] = new window.Chart($(id), { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
}

// Headline figures, classes per kab/kota (or kecamatan) and programmes: one request for the region's stats.
async function showRegion(code) {
  const { stats, children } = await hub.region(code);
  $('villages').textContent = number.format(stats.villageCount);
  $('kampung-kb').textContent = number.format(stats.kampungKbCount);
  $('coverage').textContent = stats.coverage === null ? '–' : percent.format(stats.coverage / 100);
  $('rumah-dataku').textContent = number.format(stats.rumahDataKuCount);
  $('rumah-dataku-share').textContent = stats.rumahDataKuShare === null ? '' : `${share.format(stats.rumahDataKuShare / 100)} dari Kampung KB · of Kampung KB`;

  const [label, labelEn] = state.regency ? ['kecamatan', 'district'] : ['kabupaten/kota', 'regency/city'];
  $('children-label').textContent = label;
  $('children-label-en').textContent = labelEn;
  draw('chart-classification', {
    type: 'bar',
    data: {
      labels: children.map((c) => c.name.replace(/^(Kabupaten|Kecamatan) /, '')),
      datasets: hub.CLASSES.map((c) => ({ label: `${CLASS_STYLE[c].label} (${CLASS_STYLE[c].en})`, data: children.map((r) => r.classes[c] ?? 0), backgroundColor: CLASS_STYLE[c].color })),
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true, title: { display: true, text: 'Kampung KB' } }, y: { stacked: true } } },
  });

  const programs = stats.byProgram;
  draw('chart-programs', {
    type: 'bar',
    data: { labels: programs.map((p) => p.program.name), datasets: [{ label: 'Kampung KB ikut aktif · taking part', data: programs.map((p) => p.count), backgroundColor: '#0072B2' }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { y: { ticks: { autoSkip: false, callback(value) { const l = this.getLabelForValue(value), max = window.innerWidth < 600 ? 18 : 28; return l.length > max ? `${l.slice(0, max - 1)}…` : l; } } } } },
  });
}

async function showTrend(code) {
  const indicator = state.indicators.find((i) => i.code === $('indicator').value) ?? state.indicators[0];
  const series = await hub.indicatorTrend(code, indicator);
  draw('chart-trend', {
    type: 'line',
    data: {
      labels: series.map((p) => p.period),
      datasets: [{ label: `${indicator.name} (${indicator.unit})`, data: series.map((p) => Math.round(p.value * 10) / 10), borderColor: '#D55E00', backgroundColor: '#D55E00', pointRadius: 4, tension: 0.2 }],
    },
    options: { scales: { y: { title: { display: true, text: indicator.unit } } }, plugins: { tooltip: { callbacks: { label: (c) => `${decimal.format(c.parsed.y)} ${indicator.unit}` } } } },
  });
}

async function showTable(code) {
  const t = state.table;
  const page = await hub.kampungKbPage(code, { ...t, take: PAGE_SIZE });
  $('kampung-kb-table').tBodies[0].replaceChildren(...page.items.map((k) => {
    const row = document.createElement('tr');
    const style = CLASS_STYLE[k.classification];
    const badge = Object.assign(document.createElement('span'), { className: 'badge', textContent: style.label, title: style.en });
    badge.style.background = style.color;
    badge.style.color = style.text;
    const cells = [k.name, k.village.name, k.village.district.name, badge, k.hasRumahDataKu ? 'Ada · Yes' : 'Tidak · No', k.declaredOn];
    row.append(...cells.map((c) => { const td = document.createElement('td'); td.append(c); return td; }));
    return row;
  }));
  const last = Math.min(t.skip + PAGE_SIZE, page.totalCount);
  $('page-info').textContent = page.totalCount ? `${number.format(t.skip + 1)}–${number.format(last)} dari · of ${number.format(page.totalCount)}` : 'Tidak ada · None';
  $('previous').disabled = t.skip === 0;
  $('next').disabled = last >= page.totalCount;
  for (const th of document.querySelectorAll('th')) {
    const field = th.querySelector('button')?.dataset.sort;
    const direction = field && t.order[0][field];
    if (direction) th.setAttribute('aria-sort', direction === 'ASC' ? 'ascending' : 'descending'); else th.removeAttribute('aria-sort');
  }
}

// Runs the given parts for the current region, after `prepare` (which may change it); the page is "ready"
// (tests wait for it) when all have answered.
async function refresh(parts, prepare = async () => {}) {
  const mine = ++generation;
  document.body.dataset.state = 'loading';
  try {
    await prepare();
    const code = regionCode();
    history.replaceState(null, '', `?wilayah=${encodeURIComponent(code)}`);
    await Promise.all(parts.map((part) => part(code)));
    if (mine === generation) document.body.dataset.state = 'ready';
  } catch (error) {
    if (mine === generation) showError(error);
  }
}
const everything = [showRegion, showTrend, showTable];

async function selectProvince(code) {
  state.province = code; state.regency = ''; state.district = '';
  fill($('regency'), await hub.regencies(code), 'Semua · All');
  fill($('district'), [], 'Semua · All');
}

async function selectRegency(code) {
  state.regency = code; state.district = '';
  fill($('district'), code ? await hub.districts(code) : [], 'Semua · All');
}

async function start() {
  const provinces = await hub.provinces();
  fill($('province'), provinces);
  state.indicators = await hub.indicators();
  fill($('indicator'), state.indicators);
  if (state.indicators.some((i) => i.code === 'STUNTING_PREVALENCE')) $('indicator').value = 'STUNTING_PREVALENCE';
  fill($('class-filter'), hub.CLASSES.map((c) => ({ code: c, name: `${CLASS_STYLE[c].label} · ${CLASS_STYLE[c].en}` })), 'Semua · All');

  // ?wilayah=51.01.02 opens that region; Bali (51) otherwise, the demo province.
  const wanted = new URLSearchParams(location.search).get('wilayah') ?? '';
  const parts = wanted.split('.');
  const province = provinces.find((p) => p.code === parts[0])?.code ?? provinces.find((p) => p.code === '51')?.code ?? provinces[0].code;
  $('province').value = province;
  await selectProvince(province);
  if (parts.length > 1) { $('regency').value = parts.slice(0, 2).join('.'); await selectRegency($('regency').value); }
  if (parts.length > 2) { $('district').value = parts.slice(0, 3).join('.'); state.district = $('district').value; }

  const regionChanged = (select) => async () => { state.table.skip = 0; await select(); };
  $('province').addEventListener('change', (e) => refresh(everything, regionChanged(() => selectProvince(e.target.value))));
  $('regency').addEventListener('change', (e) => refresh(everything, regionChanged(() => selectRegency(e.target.value))));
  $('district').addEventListener('change', (e) => refresh(everything, regionChanged(async () => { state.district = e.target.value; })));
  $('indicator').addEventListener('change', () => refresh([showTrend]));

  let typing;
  $('search').addEventListener('input', (e) => {
    clearTimeout(typing);
    typing = setTimeout(() => { state.table.search = e.target.value.trim(); state.table.skip = 0; refresh([showTable]); }, 250);
  });
  $('table-filter').addEventListener('submit', (e) => e.preventDefault());
  $('class-filter').addEventListener('change', (e) => { state.table.classification = e.target.value; state.table.skip = 0; refresh([showTable]); });
  for (const button of document.querySelectorAll('th button')) {
    button.addEventListener('click', () => {
      const field = button.dataset.sort;
      const direction = state.table.order[0][field] === 'ASC' ? 'DESC' : 'ASC';
      state.table.order = [{ [field]: direction }];
      state.table.skip = 0;
      refresh([showTable]);
    });
  }
  $('previous').addEventListener('click', () => { state.table.skip = Math.max(0, state.table.skip - PAGE_SIZE); refresh([showTable]); });
  $('next').addEventListener('click', () => { state.table.skip += PAGE_SIZE; refresh([showTable]); });

  await refresh(everything);
}

start().catch(showError);
