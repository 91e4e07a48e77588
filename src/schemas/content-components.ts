import { z } from 'zod';
import { fix, quote } from './error-text.ts';
import { textSchema } from './text.ts';

/**
 * The attributes of the components content files may use, one schema per component. The content guard checks every
 * use in a content file against these (so `npm run validate` and the build refuse a wrong one with the same
 * words), and each component reads its props through its schema's type.
 */

const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** `<Callout type="tip" title="...">`: a note, tip or warning set apart from the text. */
export const calloutPropsSchema = z.strictObject({
  /** What kind of aside it is; a note when left out. */
  type: z
    .enum(CALLOUT_TYPES, {
      error: (issue) =>
        fix(`${quote(issue.input)} is not a kind of callout`, `use type="${CALLOUT_TYPES.join('", "')}"`),
    })
    .optional(),
  /** A heading for the aside; the kind's name when left out. */
  title: textSchema({ advice: 'write a short title, or leave the attribute out', max: 120 }).optional(),
});

/** `<Checklist title="...">` around a bullet list. */
export const checklistPropsSchema = z.strictObject({
  /** What the list is for: "Before the meeting". */
  title: textSchema({ advice: 'write what the list is for, such as "Before the meeting"', max: 120 }).optional(),
});

/** `<Template title="...">` around a fenced code block of text to copy. */
export const templatePropsSchema = z.strictObject({
  /** What the text is, which also names its download: "E-mail to a council member". */
  title: textSchema({
    advice: 'add title="..." saying what the text is, such as "E-mail to a council member"',
    max: 120,
  }),
});

/** `<Steps>` and `<RecordCounts />` take no attributes. */
export const noPropsSchema = z.strictObject({});

/** Each component content files may use, with the schema of its attributes. */
export const CONTENT_COMPONENT_PROPS = {
  Callout: calloutPropsSchema,
  Checklist: checklistPropsSchema,
  RecordCounts: noPropsSchema,
  Steps: noPropsSchema,
  Template: templatePropsSchema,
} as const;

export type ContentComponent = keyof typeof CONTENT_COMPONENT_PROPS;
export type CalloutProps = z.output<typeof calloutPropsSchema>;
export type ChecklistProps = z.output<typeof checklistPropsSchema>;
export type TemplateProps = z.output<typeof templatePropsSchema>;
