/**
 * Writes the synthetic page-shape fixtures (fixtures/renderings/shapes/): every page and its
 * sidecar, the counts, first/last clause and dropped lines derived from the items that build the
 * page, so that they cannot disagree. Run from the repository root:
 * `node --import tsx test/ingest/make-shapes.ts`. The three `not-*` inputs are written by hand.
 * Chinese text is the seed's clauses (re-dated and re-placed); English and Russian text is
 * written here for the purpose; sites, agencies and editors are invented.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { seedTraditional, wrap } from './renderings.js';

const OUT = 'fixtures/renderings/shapes';
mkdirSync(OUT, { recursive: true });

const seedLines = readFileSync('fixtures/seed-2020-moscow.txt', 'utf8').split('\n');
const start = seedLines.findIndex((l) => l.startsWith('2020年11月10日，上海'));
const end = seedLines.findIndex((l) => l.startsWith('印度共和国总理'));
const P = seedLines.slice(start, end).filter((l) => l.trim());
const S = (i: number): string => {
  const p = P[i]!;
  if (p.startsWith('#')) throw new Error(`seed ${i} is a heading`);
  return p;
};
const T = (s: string): string => seedTraditional(s);
const SIGNATURES = seedLines.slice(end, end + 8);

type Item =
  | { k: 'c'; text: string; wrap?: number; indent?: string; breakAfter?: number; breakLines?: Item[] }
  | { k: 'h'; text: string }
  | { k: 't'; text: string }
  | { k: 'x'; text: string; reason: string }
  | { k: 'f'; text: string; reason: string; tag?: string | undefined };

const c = (text: string, extra: Partial<Extract<Item, { k: 'c' }>> = {}): Item => ({ k: 'c', text, ...extra });
const h = (text: string): Item => ({ k: 'h', text });
const t = (text: string): Item => ({ k: 't', text });
const x = (text: string, reason = 'title-chrome'): Item => ({ k: 'x', text, reason });
const f = (text: string, reason: string, tag?: string): Item => ({ k: 'f', text, reason, tag });

interface Page {
  file: string;
  format: 'txt' | 'md' | 'html';
  sep?: string;
  indent?: string;
  shape: string;
  title: string | null;
  date: string | null;
  place: string | null;
  lang: string;
  id: string;
  excerpt?: boolean;
  missing?: string[];
  headings?: string[];
  titleTag?: string;
  headingTag?: string;
  items: Item[];
}

const FORMULA = (date: string, place: string): string =>
  `上海合作组织（以下称“上合组织”或“本组织”）成员国领导人于${date}在${place}举行元首理事会会议，并发表宣言如下：`;

// ---------------------------------------------------------------- English and Russian text written for these fixtures
const E = {
  review: 'The Member States review the work done since their previous meeting and note that most of the tasks set for the year, including those on shared records and open data, have been carried out.',
  online: 'The Member States note that the Organisation kept its work going through a difficult year and moved many of its regular meetings online.',
  archives: 'The Member States note that the exchange of archival records between their national libraries has grown steadily, and agree to publish a shared catalogue of summit documents in the working languages of the Organisation.',
  seismic: 'The Member States support the creation of a joint network of seismic observation stations in mountain regions, and instruct the relevant ministries to agree on common standards for the data it collects.',
  weather: 'The Member States welcome the first regional forum of meteorological services and consider it useful to hold such forums every two years.',
  schools: 'The Member States agree to simplify the recognition of school-leaving certificates for pupils who move between their countries with their families.',
  rivers: 'The Member States call for closer cooperation between river basin authorities in sharing flood forecasts, water quality measurements and early warnings.',
  caravan: 'The Member States note the proposal to establish a working group on the preservation of historic caravan routes and invite experts to submit a draft plan.',
  labs: 'The Member States stress that cooperation in public health should include the exchange of laboratory methods and the joint training of young specialists.',
  crafts: 'The Member States will continue to hold an annual exhibition of folk crafts, rotating between the capitals of the Member States.',
  closing: 'The Member States express their readiness to deepen practical cooperation in all the areas named in this Declaration, on the basis of mutual respect and equal consultation.',
};
const R = {
  review: 'Государства-члены отмечают, что за прошедший год выполнено большинство поставленных задач, в том числе по обмену документами и открытыми данными.',
  archives: 'Государства-члены отмечают, что обмен архивными документами между национальными библиотеками неуклонно расширяется, и договариваются издать общий каталог документов саммитов на рабочих языках Организации.',
  seismic: 'Государства-члены поддерживают создание совместной сети сейсмических станций в горных районах и поручают профильным ведомствам согласовать общие стандарты собираемых данных.',
  weather: 'Государства-члены приветствуют проведение первого регионального форума метеорологических служб и считают целесообразным проводить такие форумы раз в два года.',
  schools: 'Государства-члены договариваются упростить признание школьных аттестатов для учащихся, которые переезжают вместе с семьями из одной страны в другую.',
  rivers: 'Государства-члены выступают за более тесное взаимодействие бассейновых управлений в обмене паводковыми прогнозами, данными о качестве воды и ранними предупреждениями.',
  caravan: 'Государства-члены принимают к сведению предложение создать рабочую группу по сохранению исторических караванных путей и предлагают экспертам подготовить проект плана.',
  labs: 'Государства-члены подчёркивают, что сотрудничество в области здравоохранения должно включать обмен лабораторными методиками и совместную подготовку молодых специалистов.',
  crafts: 'Государства-члены будут и впредь ежегодно проводить выставку народных ремёсел поочерёдно в столицах государств-членов.',
  closing: 'Государства-члены выражают готовность углублять практическое сотрудничество во всех областях, названных в настоящей Декларации, на основе взаимного уважения и равноправных консультаций.',
};
const RU_LEADERS = 'Главы государств – членов Шанхайской организации сотрудничества';

const pages: Page[] = [
  // ------------------------------------------------------------------ Chinese, Simplified
  {
    file: 'zh-body-only.txt', format: 'txt',
    shape: 'Body-only page (Chinese): no title line, the text starts with the opening formula, sections numbered 一、, and the copy ends in a short cut-off fragment.',
    title: null, date: '2022-09-16', place: '撒马尔罕', lang: 'zh-Hans', id: '2022-samarkand', missing: ['title'],
    headings: ['一、安全合作', '二、经贸合作'],
    items: [
      c(FORMULA('2022年9月16日', '撒马尔罕')), c(S(1)), c(S(4)),
      h('一、安全合作'), c(S(8)), c(S(9)), c(S(13)),
      h('二、经贸合作'), c(S(57)), c(S(70)),
      c('成员国将继续开展建设性对话，深化全方位'),
    ],
  },
  {
    file: 'zh-stamp-over-formula.txt', format: 'txt',
    shape: 'Party-newspaper portal: breadcrumb and share bar above the title, a `YYYY年MM月DD日hh:mm  来源:…` stamp the day after the summit under it, paragraphs indented with two spaces, an editor credit and copyright below.',
    title: '上海合作组织成员国元首理事会撒马尔罕宣言', date: '2022-09-16', place: '撒马尔罕', lang: 'zh-Hans', id: '2022-samarkand',
    items: [
      f('合成新闻网>>国际频道>>综合报道', 'navigation'), f('分享', 'navigation'),
      t('上海合作组织成员国元首理事会撒马尔罕宣言'),
      f('2022年09月17日07:53    来源:合成日报', 'stamp'),
      c(FORMULA('2022年9月16日', '撒马尔罕'), { indent: '  ' }), c(S(1), { indent: '  ' }), c(S(2), { indent: '  ' }),
      c(S(4), { indent: '  ' }), c(S(57), { indent: '  ' }), c(S(60), { indent: '  ' }),
      f('(责任编辑：合成编辑)', 'byline'),
      f('合成新闻网版权所有，未经书面授权禁止使用', 'footer'),
    ],
  },
  {
    file: 'zh-other-meeting-date.txt', format: 'txt',
    shape: 'Plain text whose opening formula names no date; the next clauses name other meetings with full dates; the summit date is only in the closing date line after the signature block.',
    title: '上海合作组织成员国元首理事会杜尚别宣言', date: '2021-09-17', place: '杜尚别', lang: 'zh-Hans', id: '2021-dushanbe',
    items: [
      t('上海合作组织成员国元首理事会杜尚别宣言'),
      c('上海合作组织（以下称“上合组织”或“本组织”）成员国领导人在杜尚别举行元首理事会会议，并发表宣言如下：'),
      c(S(29)), c(S(51)), c(S(36)), c(S(31)),
      ...SIGNATURES.map((line) => f(line, 'signature')),
      f('2021年9月17日', 'closing-date'),
    ],
  },
  {
    file: 'zh-formula-last.txt', format: 'txt',
    shape: 'Anniversary-style declaration: the preamble opens with clauses naming earlier meetings with full dates, and the formula (`根据YYYY年M月D日在X举行的…会议成果…如下`) closes the preamble; a `YYYY-MM-DD hh:mm` stamp the next day under the title; 一、 sections.',
    title: '上海合作组织成员国元首理事会杜尚别宣言', date: '2021-09-17', place: '杜尚别', lang: 'zh-Hans', id: '2021-dushanbe',
    headings: ['一、安全合作'],
    items: [
      t('上海合作组织成员国元首理事会杜尚别宣言'),
      f('2021-09-18 08:00', 'stamp'),
      c(S(55)), c(S(29)), c(S(4)),
      c('根据2021年9月17日在杜尚别举行的上海合作组织成员国元首理事会会议成果，成员国声明如下：'),
      h('一、安全合作'), c(S(8)), c(S(13)), c(S(19)),
    ],
  },
  {
    file: 'zh-tianjin-2025.html', format: 'html',
    shape: 'News site (HTML): section bar, a news headline naming the declaration above the real title, a time-and-source line, a line announcing the full text, an agency dateline line, sections headed by a bare numeral (一, 二, 三), share bar and copyright; the 2025 host city.',
    title: '上海合作组织成员国元首理事会天津宣言', date: '2025-09-01', place: '天津', lang: 'zh-Hans', id: '2025-tianjin',
    headings: ['一', '二', '三'], titleTag: 'h2', headingTag: 'strong',
    items: [
      f('首页 | 时政 | 国际 | 评论', 'navigation', 'nav'),
      f('上合峰会发表天津宣言 重申支持多边贸易体制', 'headline', 'h1'),
      f('2025-09-01 21:36:12　来源：合成新闻网', 'stamp', 'div'),
      f('以下为「天津宣言」全文：', 'marker', 'p'),
      t('上海合作组织成员国元首理事会天津宣言'),
      f('新华社天津9月1日电', 'dateline', 'p'),
      c(FORMULA('2025年9月1日', '天津')),
      h('一'), c(S(1)), c(S(4)),
      h('二'), c(S(57)), c(S(60)),
      h('三'), c(S(93)), c(S(96)),
      f('分享到：微信 微博 QQ空间', 'navigation', 'div'),
      f('Copyright © 合成新闻网 All Rights Reserved', 'footer', 'footer'),
    ],
  },
  {
    file: 'zh-new-city.txt', format: 'txt',
    shape: 'Plain text of a summit in a Chinese city missing from the place table (romanised by pinyin), with a `YYYY-MM-DD hh:mm` stamp under the title and 一、 sections.',
    title: '上海合作组织成员国元首理事会昆明宣言', date: '2026-06-15', place: '昆明', lang: 'zh-Hans', id: '2026-kunming',
    headings: ['一、人文合作', '二、国际交往'],
    items: [
      t('上海合作组织成员国元首理事会昆明宣言'),
      f('2026-06-16 10:02', 'stamp'),
      c(FORMULA('2026年6月15日', '昆明')), c(S(3)), c(S(4)),
      h('一、人文合作'), c(S(93)), c(S(103)),
      h('二、国际交往'), c(S(126)), c(S(127)),
    ],
  },
  {
    file: 'zh-excerpt.txt', format: 'txt',
    shape: 'Local newspaper site: breadcrumb with » separators, a title ending in (摘要), a bare `YYYY-MM-DD hh:mm:ss` stamp, a 来源 line, a lead sentence giving the date, then selected clauses.',
    title: '上海合作组织成员国元首理事会新德里宣言', date: '2023-07-04', place: '新德里', lang: 'zh-Hans', id: '2023-new-delhi', excerpt: true,
    items: [
      f('首页  »  新闻中心  »  时政新闻', 'navigation'),
      x('上海合作组织成员国元首理事会新德里宣言(摘要)'),
      f('2023-07-05 08:34:00', 'stamp'),
      f('来源:合成日报', 'source'),
      c('2023年7月4日，上海合作组织成员国领导人以视频方式举行元首理事会会议，发表新德里宣言。宣言摘要如下：'),
      c(S(1)), c(S(5)), c(S(120)), c(S(126)),
      f('(责任编辑：合成编辑)', 'byline'),
    ],
  },
  {
    file: 'zh-visit-counter.html', format: 'html',
    shape: 'Regional portal (HTML): a bar of section links run together with a script toggle, a title ending in (全文), an empty `时间: 来源:外交部 访问量:` line, print/close links and an ICP footer.',
    title: '上海合作组织成员国元首理事会阿斯塔纳宣言', date: '2024-07-04', place: '阿斯塔纳', lang: 'zh-Hans', id: '2024-astana',
    items: [
      f('首页时政要闻• 正文    繁體版', 'navigation', 'div'),
      x('上海合作组织成员国元首理事会阿斯塔纳宣言(全文)'),
      f('时间:  来源:外交部 访问量:', 'source', 'div'),
      c(FORMULA('2024年7月4日', '阿斯塔纳')), c(S(6)), c(S(8)), c(S(10)),
      f('【打印】【关闭】', 'navigation', 'div'),
      f('合成资讯网 版权所有 备案号：合ICP备00000000号', 'footer', 'footer'),
    ],
  },
  {
    file: 'zh-pdf-extraction.txt', format: 'txt', sep: '\n',
    shape: 'Text extracted from a PDF by a document-sharing site: file type/size and page-count lines, a running title at the top of every page, centred page numbers, paragraphs hard-wrapped and indented with two U+3000, one paragraph cut by a page break.',
    title: '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', place: '莫斯科', lang: 'zh-Hans', id: '2020-moscow',
    headings: ['一、安全合作', '二、经贸合作'],
    items: [
      f('File Type:pdf, Size:0.39M', 'pdf'),
      f('Total Page:3', 'pdf'),
      t('上海合作组织成员国元首理事会莫斯科宣言'),
      c(S(0), { wrap: 38, indent: '　　' }), c(S(1), { wrap: 38, indent: '　　' }), c(S(4), { wrap: 38, indent: '　　' }),
      c(S(5), { wrap: 38, indent: '　　', breakAfter: 2, breakLines: [f('- 1 -', 'pdf'), f('上海合作组织成员国元首理事会莫斯科宣言', 'duplicate-title')] }),
      h('一、安全合作'),
      c(S(8), { wrap: 38, indent: '　　' }), c(S(9), { wrap: 38, indent: '　　' }), c(S(12), { wrap: 38, indent: '　　' }),
      f('- 2 -', 'pdf'), f('上海合作组织成员国元首理事会莫斯科宣言', 'duplicate-title'),
      h('二、经贸合作'),
      c(S(57), { wrap: 38, indent: '　　' }), c(S(70), { wrap: 38, indent: '　　' }),
      f('- 3 -', 'pdf'),
    ],
  },
  {
    file: 'zh-page-suffix.txt', format: 'txt',
    shape: 'Last page of an article split over several pages: the title carries a `(5)` page suffix, a stamp the day after, only the closing clauses, the signature block, the closing date, and a pager line.',
    title: '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', place: '莫斯科', lang: 'zh-Hans', id: '2020-moscow',
    items: [
      f('合成新闻网 > 国际 > 正文', 'navigation'),
      x('上海合作组织成员国元首理事会莫斯科宣言(5)'),
      f('2020-11-11 09:10:27　来源：合成新闻网', 'stamp'),
      c(S(123)), c(S(124)), c(S(126)), c(S(128)), c(S(129)),
      ...SIGNATURES.map((line) => f(line, 'signature')),
      f('2020年11月10日', 'closing-date'),
      f('上一页 1 2 3 4 5', 'navigation'),
    ],
  },
  {
    file: 'zh-duplicate-title-dateline.txt', format: 'txt',
    shape: 'Aggregator site: welcome bar, a breadcrumb ending in the title, the title, a `发布日期:… 来源:… 作者:责任编辑:…` line, an empty view counter, then the title repeated twice around an agency dateline line before the formula.',
    title: '上海合作组织成员国元首理事会撒马尔罕宣言', date: '2022-09-16', place: '撒马尔罕', lang: 'zh-Hans', id: '2022-samarkand',
    items: [
      f('合成基层网 欢迎访问本站！ 当前时间:', 'navigation'),
      f('当前位置:【首页】 > 资讯 > 上海合作组织成员国元首理事会撒马尔罕宣言', 'navigation'),
      t('上海合作组织成员国元首理事会撒马尔罕宣言'),
      f('发布日期:2022-09-18 03:56 来源: 合成网 作者:责任编辑:合成编辑', 'stamp'),
      f('点击量:', 'stamp'),
      f('   上海合作组织成员国元首理事会撒马尔罕宣言', 'duplicate-title'),
      f('  新华社乌兹别克斯坦撒马尔罕9月16日电', 'dateline'),
      f('  上海合作组织成员国元首理事会撒马尔罕宣言', 'duplicate-title'),
      c(FORMULA('2022年9月16日', '撒马尔罕'), { indent: '  ' }), c(S(1), { indent: '  ' }), c(S(3), { indent: '  ' }), c(S(4), { indent: '  ' }),
    ],
  },
  // ------------------------------------------------------------------ Chinese, Traditional
  {
    file: 'zh-hant-author-reads.txt', format: 'txt', sep: '\n',
    shape: 'Traditional-character reprint site: breadcrumb, a `《…》發表` headline as the only title, a `YYYY-MM-DD hh:mm 作者:… 來源:… 閱覽:` line, an agency dateline line, paragraphs one a line indented with two spaces, no blank lines.',
    title: '上海合作組織成員國元首理事會撒馬爾罕宣言', date: '2022-09-16', place: '撒馬爾罕', lang: 'zh-Hant', id: '2022-samarkand',
    items: [
      f('當前位置:首頁 > 資訊 > 國際 > 正文', 'navigation'),
      x('《上海合作組織成員國元首理事會撒馬爾罕宣言》發表'),
      f('2022-09-19 08:13 作者:合成編輯   來源:合成日報   閱覽:', 'stamp'),
      f('  據新華社烏茲別克斯坦撒馬爾罕9月16日電', 'dateline'),
      c(T(FORMULA('2022年9月16日', '撒马尔罕')), { indent: '  ' }), c(T(S(1)), { indent: '  ' }), c(T(S(4)), { indent: '  ' }),
      c(T(S(8)), { indent: '  ' }), c(T(S(57)), { indent: '  ' }),
      f('【責任編輯：合成編輯】', 'byline'),
    ],
  },
  {
    file: 'zh-hant-news-lead.txt', format: 'txt',
    shape: 'Traditional-character news site with no title line: a lead of two paragraphs that name the declaration in 「」 (a month and day, no year), a `「…」全文如下：` line, then the text under bare 一/二 section numbers, with no opening formula.',
    title: '莫斯科宣言', date: null, place: '莫斯科', lang: 'zh-Hant', id: 'undated-moscow', missing: ['date'],
    headings: ['一', '二'],
    items: [
      f('據合成社報道，11月10日，上海合作組織成員國元首理事會會議以視頻方式舉行，並發表「莫斯科宣言」，重申支持多邊主義。', 'navigation'),
      f('「莫斯科宣言」中，成員國就安全、經濟和人文合作提出了多項倡議。', 'navigation'),
      f('「莫斯科宣言」全文如下：', 'marker'),
      h('一'), c(T(S(1))), c(T(S(4))),
      h('二'), c(T(S(57))), c(T(S(60))),
    ],
  },
  {
    file: 'zh-hant-wiki-infobox.txt', format: 'txt', sep: '\n',
    shape: 'Traditional-character wiki: title, a 基本介紹 box of `• 字段：值` bullets (name, date, place), a table of contents, a 全文 heading, the title repeated, then a formula without a date.',
    title: '上海合作組織成員國元首理事會新德里宣言', date: '2023-07-04', place: '新德里', lang: 'zh-Hant', id: '2023-new-delhi',
    items: [
      t('上海合作組織成員國元首理事會新德里宣言'),
      f('基本介紹', 'infobox'),
      f('  • 中文名：《上海合作組織成員國元首理事會新德里宣言》', 'infobox'),
      f('  • 發表時間：2023年7月4日', 'infobox'),
      f('  • 發表地點：新德里（視頻會議）', 'infobox'),
      f('目錄', 'navigation'),
      f('全文', 'marker'),
      f('上海合作組織成員國元首理事會新德里宣言', 'duplicate-title'),
      c(T('上海合作组织成员国领导人以视频方式举行元首理事会会议，并发表宣言如下：')),
      c(T(S(1))), c(T(S(5))), c(T(S(4))),
    ],
  },
  {
    file: 'zh-hant-wikisource.md', format: 'md',
    shape: 'Wikisource-style Markdown: skip link, title heading, the site motto, a navigation line linking the previous and next declarations around the current title, a date-and-place line (`YYYY年M月D日於X`), the title repeated, a ## 一、 section, a licence footer.',
    title: '上海合作組織成員國元首理事會比什凱克宣言', date: '2019-06-14', place: '比什凱克', lang: 'zh-Hant', id: '2019-bishkek',
    headings: ['一、安全合作'],
    items: [
      f('[跳到正文](#content)', 'navigation'),
      t('上海合作組織成員國元首理事會比什凱克宣言'),
      f('合成文庫，自由的文獻館', 'navigation'),
      f('[上海合作組織成員國元首理事會青島宣言](https://example.org/wiki/qingdao) 上海合作組織成員國元首理事會比什凱克宣言 [上海合作組織成員國元首理事會莫斯科宣言](https://example.org/wiki/moscow)', 'navigation'),
      f('2019年6月14日於比什凱克', 'dateline'),
      f('上海合作組織成員國元首理事會比什凱克宣言', 'duplicate-title'),
      c(T(FORMULA('2019年6月14日', '比什凯克'))), c(T(S(1))), c(T(S(5))),
      h('一、安全合作'), c(T(S(8))), c(T(S(13))),
      f('本作品屬於公有領域（合成示例頁面）。', 'footer'),
    ],
  },
  // ------------------------------------------------------------------ English
  {
    file: 'en-body-only.txt', format: 'txt',
    shape: 'Body-only English page of an organisation site: no title line, the text starts with the opening formula, sections headed `1. UPPER-CASE HEADING`, the copy ends in a short cut-off fragment.',
    title: null, date: '2021-09-17', place: 'Dushanbe', lang: 'en', id: '2021-dushanbe-en', missing: ['title'],
    headings: ['1. ARCHIVES, LIBRARIES AND SHARED RECORDS', '2. SCIENCE AND THE ENVIRONMENT'],
    items: [
      c('The heads of the Member States of the Shanghai Cooperation Organisation (the SCO), following the meeting of the Council of Heads of State held in Dushanbe on 17 September 2021, declare as follows.'),
      c(E.review),
      h('1. ARCHIVES, LIBRARIES AND SHARED RECORDS'), c(E.archives), c(E.caravan),
      h('2. SCIENCE AND THE ENVIRONMENT'), c(E.seismic), c(E.weather), c(E.rivers),
      c('The Member States will continue'),
    ],
  },
  {
    file: 'en-numbered-first-paragraph.txt', format: 'txt',
    shape: 'English text from a document archive: an all-capitals title, every paragraph numbered `1.`, `2.` …, the first being the opening formula with the date.',
    title: 'SAMARKAND DECLARATION OF THE COUNCIL OF HEADS OF STATE OF THE SHANGHAI COOPERATION ORGANISATION', date: '2022-09-16', place: 'Samarkand', lang: 'en', id: '2022-samarkand-en',
    items: [
      t('SAMARKAND DECLARATION OF THE COUNCIL OF HEADS OF STATE OF THE SHANGHAI COOPERATION ORGANISATION'),
      c('1. The leaders of the Member States of the Shanghai Cooperation Organisation, following the meeting of the Council of Heads of State in Samarkand on 16 September 2022, declare the following.'),
      c(`2. ${E.archives}`), c(`3. ${E.seismic}`), c(`4. ${E.schools}`), c(`5. ${E.labs}`), c(`6. ${E.crafts}`), c(`7. ${E.closing}`),
    ],
  },
  {
    file: 'en-2020-moscow.html', format: 'html',
    shape: 'Ministry media centre (HTML), English version of the 2020 summit: skip link, menu, a "Media Center" section label, the title, a publication date one day after the summit, unnumbered <h3> sections, share bar and copyright footer.',
    title: 'Moscow Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', date: '2020-11-10', place: 'Moscow', lang: 'en', id: '2020-moscow-en',
    headings: ['Culture and archives', 'Science and the environment'],
    items: [
      f('Skip to main content', 'navigation', 'a'),
      f('Home | About Us | Media Center | Contact', 'navigation', 'nav'),
      f('Media Center', 'navigation', 'div'),
      t('Moscow Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation'),
      f('November 11, 2020', 'stamp', 'div'),
      c('The leaders of the Member States of the Shanghai Cooperation Organisation, following the meeting of the Council of Heads of State held by video link on 10 November 2020, declare the following.'),
      c(E.online),
      h('Culture and archives'), c(E.archives), c(E.crafts),
      h('Science and the environment'), c(E.seismic), c(E.rivers),
      f('Share: Facebook Twitter Email', 'navigation', 'div'),
      f('© 2020 Example Ministry of External Affairs. All rights reserved.', 'footer', 'footer'),
    ],
  },
  {
    file: 'en-updated-dateline.txt', format: 'txt',
    shape: 'English news archive: a short title naming no city, an "Updated:" stamp years after the summit, a parenthesised (place, date) line, an "Unofficial translation" attribution, then a formula without a date.',
    title: 'Declaration of the Heads of Member States of the SCO', date: '2024-07-04', place: 'Astana', lang: 'en', id: '2024-astana-en',
    items: [
      t('Declaration of the Heads of Member States of the SCO'),
      f('Updated: 2026-01-12 15:15', 'stamp'),
      f('(Astana, 4 July 2024)', 'dateline'),
      f('Unofficial translation provided by the Secretariat', 'source'),
      c('The heads of the Member States of the Shanghai Cooperation Organisation, meeting at the Council of Heads of State, state the following.'),
      c(E.schools), c(E.labs), c(E.weather), c(E.closing),
    ],
  },
  {
    file: 'en-database-markers.txt', format: 'txt',
    shape: 'Research database page: database name lines, fields prefixed `[Title]`, `[Place]`, `[Date]`, `[Source]`, a `[Full text]` marker, then the text and a back link.',
    title: 'Qingdao Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', date: '2018-06-10', place: 'Qingdao', lang: 'en', id: '2018-qingdao-en',
    items: [
      f('Example Document Archive (synthetic)', 'navigation'),
      f('An example collection of diplomatic documents', 'navigation'),
      x('[Title] Qingdao Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', 'metadata'),
      f('[Place] Qingdao', 'metadata'),
      f('[Date] June 10, 2018', 'metadata'),
      f('[Source] Example Secretariat', 'metadata'),
      f('[Full text]', 'marker'),
      c('The leaders of the Member States of the Shanghai Cooperation Organisation, following the meeting of the Council of Heads of State in Qingdao on 10 June 2018, declare the following.'),
      c(E.rivers), c(E.seismic), c(E.crafts), c(E.closing),
      f('Back to the list of documents', 'navigation'),
    ],
  },
  {
    file: 'en-place-date-line.md', format: 'md',
    shape: 'News article in Markdown: a `#` headline naming the declaration, a byline, a "Published" stamp, the real title as `##`, a `Place, D Month YYYY` line, a formula without a date, a related-article link.',
    title: 'New Delhi Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', date: '2023-07-04', place: 'New Delhi', lang: 'en', id: '2023-new-delhi-en',
    items: [
      f('# SCO leaders adopt New Delhi Declaration at virtual summit', 'headline'),
      f('*By Example Staff Writer*', 'byline'),
      f('Published 5 July 2023, 09:12', 'stamp'),
      f('## New Delhi Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', 'title-line'),
      f('New Delhi, 4 July 2023', 'dateline'),
      c('The leaders of the Member States of the Shanghai Cooperation Organisation met by video link at the Council of Heads of State and declare the following.'),
      c(E.archives), c(E.schools), c(E.labs),
      f('Related: [Ministers meet ahead of the summit](https://example.org/news/1)', 'navigation'),
    ],
  },
  // ------------------------------------------------------------------ Russian
  {
    file: 'ru-headline-dateline.txt', format: 'txt', sep: '\n',
    shape: 'Russian news agency: a headline with an upper-case kicker above the title, an `ГОРОД, DD.MM.YYYY /Агентство/.` line, a line announcing the full text, the title, a `г. X D месяца YYYY года` dateline, `1.`-numbered sections, no blank lines.',
    title: 'Душанбинская декларация Совета глав государств – членов Шанхайской организации сотрудничества', date: '2021-09-17', place: 'Душанбе', lang: 'ru', id: '2021-dushanbe-ru',
    headings: ['1. Культура и архивы', '2. Наука и окружающая среда'],
    items: [
      f('ИТОГИ САММИТА. Лидеры ШОС подписали в Душанбе итоговую декларацию', 'headline'),
      f('ДУШАНБЕ, 18.09.2021 /Синтетическое агентство/.', 'dateline'),
      f('Ниже приводится полный текст документа.', 'marker'),
      t('Душанбинская декларация Совета глав государств – членов Шанхайской организации сотрудничества'),
      f('г. Душанбе 17 сентября 2021 года', 'dateline'),
      c(`${RU_LEADERS} (далее – ШОС) по итогам заседания Совета глав государств-членов заявляют следующее.`),
      h('1. Культура и архивы'), c(R.archives), c(R.crafts),
      h('2. Наука и окружающая среда'), c(R.seismic), c(R.rivers),
    ],
  },
  {
    file: 'ru-body-roman.txt', format: 'txt',
    shape: 'Body-only Russian page of a presidential site: no title line, the text starts with the opening formula, sections marked by a Roman numeral alone on a line (I, II), the copy ends in a short cut-off fragment.',
    title: null, date: '2019-06-14', place: 'Бишкек', lang: 'ru', id: '2019-bishkek-ru', missing: ['title'],
    headings: ['I', 'II'],
    items: [
      c(`${RU_LEADERS} по итогам заседания Совета глав государств-членов в Бишкеке 14 июня 2019 года заявляют следующее.`),
      c(R.review),
      h('I'), c(R.weather), c(R.schools),
      h('II'), c(R.caravan), c(R.labs),
      c('Государства-члены продолжат'),
    ],
  },
  {
    file: 'ru-tass-stamps.html', format: 'html',
    shape: 'Russian news agency (HTML): rubric bar, the title, a `DD.MM.YYYY hh:mm` stamp and an "Обновлено DD.MM.YYYY hh:mm" stamp, the text, a tag line and a copyright footer.',
    title: 'Самаркандская декларация Совета глав государств – членов Шанхайской организации сотрудничества', date: '2022-09-16', place: 'Самарканд', lang: 'ru', id: '2022-samarkand-ru',
    items: [
      f('Новости | Политика | В мире | Экономика', 'navigation', 'nav'),
      t('Самаркандская декларация Совета глав государств – членов Шанхайской организации сотрудничества'),
      f('16.09.2022 21:40', 'stamp', 'time'),
      f('Обновлено 17.09.2022 08:15', 'stamp', 'div'),
      c(`${RU_LEADERS} по итогам заседания Совета глав государств-членов в Самарканде 16 сентября 2022 года заявляют следующее.`),
      c(R.archives), c(R.seismic), c(R.closing),
      f('Теги: ШОС, Самарканд, саммит', 'navigation', 'div'),
      f('© Синтетическое агентство, 2022', 'footer', 'footer'),
    ],
  },
  {
    file: 'ru-2020-moscow.md', format: 'md',
    shape: 'Russian version of the 2020 summit as Markdown: `#` title, formula with the date, unnumbered `##` sections, a closing date line.',
    title: 'Московская декларация Совета глав государств – членов Шанхайской организации сотрудничества', date: '2020-11-10', place: 'Москва', lang: 'ru', id: '2020-moscow-ru',
    headings: ['Культура и архивы', 'Наука'],
    items: [
      t('Московская декларация Совета глав государств – членов Шанхайской организации сотрудничества'),
      c(`${RU_LEADERS} по итогам заседания Совета глав государств-членов, проведённого 10 ноября 2020 года в формате видеоконференции, заявляют следующее.`),
      h('Культура и архивы'), c(R.archives), c(R.crafts),
      h('Наука'), c(R.seismic), c(R.weather),
      f('10 ноября 2020 года', 'closing-date'),
    ],
  },
  {
    file: 'ru-new-city.txt', format: 'txt',
    shape: 'Russian text of a summit in a city missing from the place table (transliterated), with a `DD.MM.YYYY hh:mm` stamp under the title.',
    title: 'Казанская декларация Совета глав государств – членов Шанхайской организации сотрудничества', date: '2026-06-15', place: 'Казань', lang: 'ru', id: '2026-kazan-ru',
    items: [
      t('Казанская декларация Совета глав государств – членов Шанхайской организации сотрудничества'),
      f('15.06.2026 18:05', 'stamp'),
      c(`${RU_LEADERS} по итогам заседания Совета глав государств-членов в Казани 15 июня 2026 года заявляют следующее.`),
      c(R.weather), c(R.caravan), c(R.closing),
    ],
  },
];

// ---------------------------------------------------------------- rendering
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

for (const page of pages) {
  const lines: string[] = [];
  const dropped: { line: number; text: string; reason: string }[] = [];
  let clauses = 0;
  const clauseTexts = page.items.filter((item): item is Extract<Item, { k: 'c' }> => item.k === 'c').map((item) => item.text);
  let sections = 0;
  const sep = page.sep ?? '\n\n';
  const push = (line: string): void => {
    if (lines.length && sep === '\n\n') lines.push('');
    lines.push(line);
  };
  const pushRaw = (line: string): void => {
    lines.push(line);
  };
  const furniture = (item: Extract<Item, { k: 'f' | 'x' }>, raw = false): void => {
    let line = item.text;
    if (page.format === 'html') {
      const tag = item.k === 'x' ? 'h1' : (item as { tag?: string }).tag ?? 'div';
      line = `    <${tag}>${escapeHtml(item.text)}</${tag}>`;
    } else if (item.k === 'x' && page.format === 'md') line = `# ${item.text}`;
    if (raw) pushRaw(line); else push(line);
    const reason = item.reason === 'title-line' ? undefined : item.reason;
    if (reason) dropped.push({ line: lines.length, text: item.text.trim(), reason });
  };
  if (page.format === 'html') {
    lines.push('<!DOCTYPE html>', `<html lang="${page.lang}">`, '<head>', '  <meta charset="utf-8">', '</head>', '<body>', '  <main>');
  }
  for (const item of page.items) {
    if (item.k === 'f' || item.k === 'x') {
      furniture(item);
    } else if (item.k === 't') {
      const tag = page.titleTag ?? 'h1';
      push(page.format === 'html' ? `    <${tag}>${escapeHtml(item.text)}</${tag}>` : page.format === 'md' ? `# ${item.text}` : item.text);
    } else if (item.k === 'h') {
      sections += 1;
      const html = page.headingTag === 'strong' ? `    <p><strong>${escapeHtml(item.text)}</strong></p>` : `    <h3>${escapeHtml(item.text)}</h3>`;
      push(page.format === 'html' ? html : page.format === 'md' ? `## ${item.text}` : item.text);
    } else {
      clauses += 1;
      if (page.format === 'html') {
        push(`    <p>${escapeHtml(item.text)}</p>`);
        continue;
      }
      const indent = item.indent ?? page.indent ?? '';
      const parts = item.wrap ? wrap(item.text, item.wrap) : [item.text];
      parts.forEach((part, i) => {
        const line = (i === 0 ? indent : '') + part;
        if (i === 0) push(line); else pushRaw(line);
        if (item.breakAfter !== undefined && i === item.breakAfter - 1) {
          for (const b of item.breakLines ?? []) furniture(b as Extract<Item, { k: 'f' }>, true);
        }
      });
    }
  }
  if (page.format === 'html') lines.push('  </main>', '</body>', '</html>');
  writeFileSync(`${OUT}/${page.file}`, `${lines.join('\n')}\n`);
  const sidecar = {
    synthetic: true,
    shape: page.shape,
    title: page.title,
    date: page.date,
    place: page.place,
    lang: page.lang,
    id: page.id,
    clauses,
    firstClause: [...clauseTexts[0]!].slice(0, 24).join(''),
    lastClause: [...clauseTexts.at(-1)!].slice(-24).join(''),
    sections,
    ...(page.headings ? { headings: page.headings } : {}),
    excerpt: page.excerpt ?? false,
    missing: page.missing ?? [],
    dropped,
  };
  writeFileSync(`${OUT}/${page.file.replace(/\.[a-z]+$/, '')}.expected.json`, `${JSON.stringify(sidecar, null, 2)}\n`);
}
console.log(`${pages.length} pages`);
