import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';

/** Elements that hold page furniture, never declaration text. */
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'select', 'button', 'input', 'template', 'svg']);

/** Class or id words of page furniture (`class="breadcrumb"`, `id="footer"`). */
const CHROME_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|footer|breadcrumbs?|crumbs?|share|toolbar|copyright|sidebar|topbar|search|language)(?:$|[\s_-])/i;

/** Elements inside which `header` and `footer` belong to the article (its title, its date) and are kept. */
const ARTICLE_ELEMENTS = new Set(['article', 'main']);

/**
 * Parse an HTML page with rehype-parse and convert it to mdast with rehype-remark, after
 * removing page furniture: `nav`, `aside`, scripts and forms, `header` and `footer` outside an
 * `article`/`main`, and elements whose class or id names a menu, breadcrumb, footer or share bar.
 */
export async function htmlToMdast(html: string): Promise<Root> {
  const processor = unified().use(rehypeParse).use(rehypeRemark);
  const hast = processor.parse(html) as HastRoot;
  stripChrome(hast);
  return (await processor.run(hast)) as Root;
}

function stripChrome(node: HastRoot | Element, inArticle = false): void {
  node.children = node.children.filter((child: HastContent) => {
    if (child.type !== 'element') return child.type !== 'comment';
    if (CHROME_ELEMENTS.has(child.tagName)) return false;
    if (!inArticle && (child.tagName === 'header' || child.tagName === 'footer')) return false;
    const names = [child.properties['className'], child.properties['id']].flat().filter((name) => typeof name === 'string').join(' ');
    if (names && CHROME_NAMES.test(names)) return false;
    stripChrome(child, inArticle || ARTICLE_ELEMENTS.has(child.tagName));
    return true;
  }) as typeof node.children;
}
