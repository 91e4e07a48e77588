/**
 * The rule that keeps contributed content from running code.
 *
 * An MDX file can import modules, export values and evaluate `{expressions}` at build time, and raw HTML can carry
 * scripts. Content files on this site may use Markdown and the project's own components with literal attributes,
 * nothing else. This is a Sätteri mdast plugin, so the Astro build (through `markdown.processor`) and
 * `npm run validate` (through `satteri` directly) run the very same rule.
 */
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { CONTENT_COMPONENT_PROPS, type ContentComponent } from '../schemas/content-components.ts';
import { fix, quote } from '../schemas/error-text.ts';
import { isUnsafeLink } from '../schemas/link.ts';

/** Components contributors may use in content files; `src/components/content/` provides each of them. */
export const ALLOWED_COMPONENTS = Object.keys(CONTENT_COMPONENT_PROPS) as ContentComponent[];

/** HTML elements that only format text. Anything else is refused, so nothing can embed, load or run. */
const FORMATTING_ELEMENTS = new Set([
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'dl',
  'dt',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'u',
  'wbr',
]);

/** Elements that load or run something, named in their own message because they are what an attack would use. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'svg',
  'math',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'srcset',
  'xlink:href',
]);

export interface GuardProblem {
  line: number;
  column: number;
  message: string;
}

/** A link in a body, wherever Markdown or a component wrote it, for the check that internal links lead somewhere. */
export interface GuardLink {
  url: string;
  line: number;
  column: number;
}

/** A comment, and nothing but one comment: `<!-- a --><meta ...><!-- b -->` is raw HTML between two comments. */
const ONE_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/** A closing tag on its own, left behind when Markdown splits inline formatting. It can't carry anything. */
const CLOSING_TAG = /^\s*<\/[a-z][a-z0-9]*\s*>\s*$/i;

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

type Attribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null | undefined }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

const ONLY_A_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

function elementProblems(name: string | null, attributes: readonly Attribute[]): string[] {
  const problems: string[] = [];
  if (name === null) {
    problems.push(fix('uses an empty <> fragment', 'remove the <> and </> around the text'));
    return problems;
  }
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !(ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
    problems.push(
      fix(
        `uses <${name}>, which is not one of the site's components`,
        `use Markdown, or one of: ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      ),
    );
  } else if (!isComponent && DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    problems.push(
      fix(
        `uses a <${name}> element, which could load or run code in readers' browsers`,
        "remove it; content files may only use Markdown and the site's components",
      ),
    );
  } else if (!isComponent && !FORMATTING_ELEMENTS.has(name)) {
    problems.push(fix(`uses a <${name}> element, which content files may not use`, 'write it in Markdown instead'));
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        fix(`passes {${attribute.value}} to <${name}>, which would run as code`, 'write each attribute as name="text"'),
      );
      continue;
    }
    const value = attribute.value;
    if (typeof value === 'object' && value !== null) {
      problems.push(
        fix(
          `sets ${attribute.name}={${value.value}} on <${name}>, which would run as code`,
          `write it as ${attribute.name}="text"`,
        ),
      );
    } else if (/^on/i.test(attribute.name)) {
      problems.push(
        fix(`sets the event handler ${attribute.name} on <${name}>, which would run code`, 'remove the attribute'),
      );
    } else if (attribute.name.toLowerCase() === 'style') {
      problems.push(fix(`sets a style attribute on <${name}>`, 'remove it; the site styles content itself'));
    } else if (/^data-pagefind/i.test(attribute.name)) {
      problems.push(
        fix(`sets ${attribute.name} on <${name}>, which only the site's own pages may set`, 'remove the attribute'),
      );
    } else if (URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && typeof value === 'string' && isUnsafeLink(value)) {
      problems.push(
        fix(`links to ${quote(value)}, a kind of link that can run code`, 'link to a web page starting with https://'),
      );
    }
  }
  if (isComponent && problems.length === 0 && name in CONTENT_COMPONENT_PROPS)
    problems.push(...propProblems(name as ContentComponent, attributes));
  return problems;
}

/** A component's attributes against its schema: a wrong `type`, a missing `title`, an attribute it doesn't take. */
function propProblems(name: ContentComponent, attributes: readonly Attribute[]): string[] {
  const props = Object.fromEntries(
    attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute'
        ? [[attribute.name, typeof attribute.value === 'string' ? attribute.value : true]]
        : [],
    ),
  );
  const result = CONTENT_COMPONENT_PROPS[name].safeParse(props);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => fix(`sets ${key} on <${name}>, which it doesn't take`, 'remove the attribute'))
      : [`<${name}> ${issue.path.join('.')} ${issue.message}`],
  );
}

/**
 * Makes the guard. `report` receives every problem in a document at once, after the whole tree has been read;
 * the build throws from it and the validator collects.
 */
export function createContentGuard(
  report: (problems: GuardProblem[], file: URL | undefined, links: GuardLink[]) => void,
): MdastPluginDefinition {
  const KEY = 'contentGuardProblems';
  const LINKS = 'contentGuardLinks';
  const keep = (context: { data: Record<string, unknown> }, node: Positioned, url: string) =>
    ((context.data[LINKS] ??= []) as GuardLink[]).push({
      url,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    });
  const add = (context: { data: Record<string, unknown> }, node: Positioned, message: string) => {
    const list = (context.data[KEY] ??= []) as GuardProblem[];
    list.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  };
  const checkLink = (node: Positioned & { url: string }, context: { data: Record<string, unknown> }) => {
    keep(context, node, node.url);
    if (isUnsafeLink(node.url))
      add(
        context,
        node,
        fix(
          `links to ${quote(node.url)}, a kind of link that can run code`,
          'link to a web page starting with https://',
        ),
      );
  };
  // A {…} in a paragraph or on a line of its own runs as code alike; only a comment is harmless.
  const checkExpression = (node: Positioned & { value: string }, context: { data: Record<string, unknown> }) => {
    if (!ONLY_A_COMMENT.test(node.value))
      add(
        context,
        node,
        fix(
          `uses {${node.value.trim().slice(0, 40)}}, which would run as code`,
          'remove the braces; to show a brace, write \\{',
        ),
      );
  };
  const checkElement = (
    node: Positioned & { name: string | null; attributes: unknown[] },
    context: { data: Record<string, unknown> },
  ) => {
    const attributes = node.attributes as Attribute[];
    for (const message of elementProblems(node.name, attributes)) add(context, node, message);
    for (const attribute of attributes)
      if (
        attribute.type === 'mdxJsxAttribute' &&
        URL_ATTRIBUTES.has(attribute.name.toLowerCase()) &&
        typeof attribute.value === 'string'
      )
        keep(context, node, attribute.value);
  };
  return defineMdastPlugin({
    name: 'cities-for-palestine:content-guard',
    options: { position: true },
    before(_root, context) {
      context.data[KEY] = [];
      context.data[LINKS] = [];
    },
    mdxjsEsm(node, context) {
      add(
        context,
        node,
        fix(
          'uses import or export, which would run code when the site is built',
          "remove the line; the site's components are available without importing them",
        ),
      );
    },
    mdxFlowExpression: checkExpression,
    mdxTextExpression: checkExpression,
    mdxJsxFlowElement(node, context) {
      checkElement(node, context);
    },
    mdxJsxTextElement(node, context) {
      checkElement(node, context);
    },
    html(node, context) {
      if (!ONE_COMMENT.test(node.value) && !CLOSING_TAG.test(node.value))
        add(
          context,
          node,
          fix("contains raw HTML, which could run code in readers' browsers", 'write it in Markdown instead'),
        );
    },
    link: checkLink,
    definition: checkLink,
    image(node, context) {
      checkLink(node, context);
      if (!node.alt?.trim())
        add(
          context,
          node,
          fix('has an image without alt text', 'describe the image inside the brackets: ![what the image shows](...)'),
        );
    },
    after(_root, context) {
      report((context.data[KEY] ?? []) as GuardProblem[], context.fileURL, (context.data[LINKS] ?? []) as GuardLink[]);
    },
  });
}

/** The guard as the build uses it: any problem stops the build, with every problem in the file listed. */
export const contentGuardForBuild = createContentGuard((problems, file) => {
  if (problems.length === 0) return;
  const where = file ? decodeURIComponent(file.pathname) : 'a content file';
  throw new Error(
    [
      `${where} uses code or markup that content files may not contain:`,
      ...problems.map((problem) => `  line ${problem.line}:${problem.column}  ${problem.message}`),
    ].join('\n'),
  );
});
