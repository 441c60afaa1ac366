import { describe, expect, it } from 'vitest';
import { dropChrome, isChrome } from '../../../src/ingest/repair/chrome.js';

describe('isChrome', () => {
  it.each([
    '[字体: 大 中 小] 打印本页', '【字體：大 中 小】打印本頁', '打印本页 关闭窗口', '推荐给朋友', '中华人民共和国外交部 版权所有',
    '网站标识码：bm02000004 京ICP备06038296号 京公网安备11040102700114', '联系我们 地址：北京市朝阳区朝阳门南大街2号',
    '首页 > 国家和组织 > 欧洲', '来源：外交部网站', '搜索', 'English Français Español Русский 简体中文 网站无障碍', '2020-11-10 22:29',
  ])('%s is chrome', (text) => {
    expect(isChrome(text)).toBe(true);
  });

  it.each([
    '成员国强调，必须加强合作共同防范和阻止恐怖主义。', '安全合作', '2020年11月10日',
    '成员国重申，将落实2019年6月14日签署的《上合组织成员国政府间媒体合作协议》，深化媒体领域合作，尊重知识产权和版权所有人的合法权益。',
  ])('%s is not chrome', (text) => {
    expect(isChrome(text)).toBe(false);
  });

  it('remembers the first time stamp as a date', () => {
    const result = dropChrome([{ kind: 'paragraph', text: '2020-11-10 22:29' }, { kind: 'paragraph', text: '正文。' }]);
    expect(result).toEqual({ blocks: [{ kind: 'paragraph', text: '正文。' }], stamp: '2020-11-10' });
  });
});
