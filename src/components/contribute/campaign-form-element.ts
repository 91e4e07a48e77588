/**
 * `<campaign-form>`: builds a campaign file in the browser for people who don't use git. It checks every field
 * as it is typed with the validator's own schema and rules (form-problems.ts): known companies, a city the map can
 * find, a likely duplicate, personal details. It shows the file, and offers to copy it, download it, or open
 * GitHub's new-file page with the file filled in. Nothing leaves the page until that link is followed.
 */
import { pageText, type PluralForms } from '../../i18n/browser-text.ts';
import type * as FormProblemsModule from './form-problems.ts';
import type * as ScaffoldModule from '../../lib/scaffold.ts';
import { today, type StateCode } from '../../schemas/constants.ts';
import { fetchMapCampaigns } from '../../lib/map-data.ts';
import { yieldToMain } from '../common/main-thread.ts';
import { cityChunk, fetchPlaces, matchCities, normalizeCity, type CityRow } from '../../lib/near-me.ts';
import type { CampaignDraft, SourceDraft } from '../../lib/scaffold.ts';
import type { Issue, Level, Status } from '../../schemas/constants.ts';

export interface FormLabels {
  fix: PluralForms;
  ready: string;
  /** Ready, but the file is too long to send to GitHub in the address of a link. */
  readyTooLong: string;
  unknownCompany: string;
  cityNotFound: string;
  duplicate: string;
  copied: string;
  copyFailed: string;
  /** Messages in the page's language, on pages that aren't English; the schema's messages are English. */
  errors?: { missing: string; tooLong: string; invalid: string; personal: string };
}

type FormProblems = typeof FormProblemsModule;

/**
 * The longest GitHub new-file address the form offers. Servers and browsers refuse much longer addresses, and a file
 * whose address would be longer is offered for download instead.
 */
const MAX_LINK_LENGTH = 8000;

export class CampaignForm extends HTMLElement {
  private labels!: FormLabels;
  /** The English words of the file (comments and headings), whatever the page's language. */
  private fileWords: Record<string, string> = {};
  private form!: HTMLFormElement;
  private preview!: HTMLElement;
  private fileName!: HTMLElement;
  private status!: HTMLElement;
  private pullRequest!: HTMLAnchorElement;
  private download!: HTMLAnchorElement;
  private companies = new Set<string>();
  private campaigns?: Promise<FormProblemsModule.KnownCampaign[]>;
  /** Each part of the gazetteer the reader's cities are in; undefined where it could not be fetched. */
  private cities = new Map<string, Promise<CityRow[] | undefined>>();
  private text = '';
  private slug = '';
  private timer?: ReturnType<typeof setTimeout>;
  private run = 0;
  /**
   * The file writer (with its YAML library) loads as the form opens, and the checks (with the schema) when the reader
   * first changes a field or tries to go on: they are most of the form's weight, and the page opens without them.
   */
  private scaffold?: Promise<typeof ScaffoldModule>;
  private checks?: Promise<FormProblems>;
  /** Fields someone has changed: only their problems are shown beside them, so an empty form isn't all red. */
  private touched = new Set<string>();

  connectedCallback() {
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as FormLabels;
    this.fileWords = JSON.parse(this.dataset.fileWords ?? '{}') as Record<string, string>;
    this.companies = new Set(JSON.parse(this.dataset.companies ?? '[]') as string[]);
    this.form = this.querySelector('form')!;
    this.preview = this.querySelector('[data-preview]')!;
    this.fileName = this.querySelector('[data-file-name]')!;
    this.status = this.querySelector('[data-form-status]')!;
    this.pullRequest = this.querySelector('[data-pull-request]')!;
    this.download = this.querySelector('[data-download]')!;
    for (const type of ['input', 'change', 'focusout'])
      this.form.addEventListener(type, (event) => {
        const name = (event.target as HTMLInputElement).name;
        if (name && (type !== 'focusout' || (event.target as HTMLInputElement).value)) this.touched.add(name);
        this.soon();
      });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.showEverything();
    });
    this.pullRequest.addEventListener('click', (event) => {
      if (this.dataset.valid === 'true' && this.dataset.linkable === 'true') return;
      event.preventDefault();
      // A file too long for a link is offered for download instead; the status line says so.
      if (this.dataset.valid === 'true') this.download.focus();
      else void this.showEverything();
    });
    this.querySelector('[data-add-source]')?.addEventListener('click', () => this.addSource());
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.copy());
    this.hidden = false;
    void this.update();
  }

  /**
   * Shows every field's problem and moves to the first in the page (the status line says how many there are), for
   * someone who tries to go on with an unfinished file.
   */
  private async showEverything() {
    this.touched.add('all');
    await this.update();
    const first = this.querySelector<HTMLElement>('[data-error][data-kind="error"]');
    if (first) this.controlFor(first)?.focus();
  }

  /** The control a problem's message belongs to: its field's, or the first of its group (issues, sources). */
  private controlFor(output: HTMLElement) {
    return output
      .closest('.form-field, .form-sources, fieldset')
      ?.querySelector<HTMLElement>('input, select, textarea');
  }

  private soon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 200);
  }

  /** A repeat of the first source's fields, numbered, for one more source. */
  private addSource() {
    const list = this.querySelector('[data-sources]')!;
    const template = list.querySelector<HTMLElement>('[data-source]')!;
    const index = list.querySelectorAll('[data-source]').length;
    const copy = template.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll<HTMLElement>('[id], [for], [aria-describedby], [name], [data-error]')) {
      for (const attribute of ['id', 'for', 'aria-describedby', 'name', 'data-error'])
        if (element.hasAttribute(attribute))
          element.setAttribute(
            attribute,
            element.getAttribute(attribute)!.replace(/-0\b|\.0\./, (match) => match.replace('0', String(index))),
          );
      if (element instanceof HTMLInputElement) element.value = '';
    }
    for (const error of copy.querySelectorAll('[data-error]')) error.textContent = '';
    copy.querySelector('legend')!.textContent = copy
      .querySelector('legend')!
      .textContent!.replace(/\d+$/, String(index + 1));
    list.append(copy);
    copy.querySelector('input')?.focus();
  }

  private value(name: string): string | undefined {
    const field = this.form.elements.namedItem(name);
    const text =
      field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement
        ? field.value.trim()
        : '';
    return text || undefined;
  }

  private checked(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (input) => input.value,
    );
  }

  private draft(): CampaignDraft {
    const sources: SourceDraft[] = [...this.querySelectorAll<HTMLElement>('[data-source]')]
      .map((_, index) => ({
        url: this.value(`sources.${index}.url`) ?? '',
        title: this.value(`sources.${index}.title`),
        publisher: this.value(`sources.${index}.publisher`),
        date: this.value(`sources.${index}.date`),
      }))
      .filter((source) => source.url || source.title || source.publisher);
    const typedCoordinates = this.value('coordinates');
    const coordinates = typedCoordinates
      ?.split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const level = (this.value('level') ?? 'city') as Level;
    return {
      title: this.value('title') ?? '',
      summary: this.value('summary') ?? '',
      city: this.value('city'),
      county: this.value('county'),
      state: this.value('state') ?? '',
      level,
      issues: this.checked('issues') as Issue[],
      status: (this.value('status') ?? 'active') as Status,
      targets: (this.value('targets') ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      coalition: this.value('coalition'),
      companies: this.checked('companies'),
      started: this.value('started'),
      coordinates:
        coordinates?.length === 2 && coordinates.every(Number.isFinite)
          ? [coordinates[0]!, coordinates[1]!]
          : typedCoordinates,
      website: this.value('website'),
      contact: this.value('contact'),
      sources,
      body: {
        asks: this.value('body.asks'),
        happened: this.value('body.happened'),
        involved: this.value('body.involved'),
      },
    };
  }

  async update() {
    const run = ++this.run;
    const draft = this.draft();
    const { campaignFile, campaignSlug } = await (this.scaffold ??= import('../../lib/scaffold.ts'));
    // The writer's first load and its first file are two tasks, not one long one, for a phone's sake.
    await yieldToMain();
    if (run !== this.run) return;
    this.slug = campaignSlug(draft) || 'your-campaign';
    this.text = campaignFile(draft, today(), (key) => this.fileWords[key] ?? key);
    this.preview.textContent = this.text;
    this.fileName.textContent = `content/campaigns/${this.slug}.mdx`;
    // Until the reader does something, there is nothing to check and nothing to send.
    if (this.touched.size === 0) return this.offer(false);
    const { formProblems } = await (this.checks ??= import('./form-problems.ts'));
    const [campaigns, knowsCity] = await Promise.all([this.knownCampaigns(draft), this.cityLookup(draft)]);
    if (run !== this.run) return;
    const errors = new Map<string, string[]>();
    const warnings = new Map<string, string>();
    for (const problem of formProblems(draft, { today: today(), companies: this.companies, knowsCity, campaigns }))
      if (problem.severity === 'warning') warnings.set(problem.input, this.say(problem));
      else errors.set(problem.input, [...(errors.get(problem.input) ?? []), this.say(problem)]);
    this.show(errors, warnings);
    this.offer(errors.size === 0);
  }

  /** The campaigns on the site, once the draft has an issue a twin could share. */
  private async knownCampaigns(draft: CampaignDraft) {
    if (draft.issues.length === 0) return [];
    const { knownCampaign } = await this.checks!;
    this.campaigns ??= fetchMapCampaigns(`${this.dataset.base ?? '/'}map/campaigns.json`).then(
      (campaigns) => campaigns.map(knownCampaign),
      () => [],
    );
    return this.campaigns;
  }

  /** Whether the gazetteer knows a city, from the part of it the draft's city is in; undefined if that can't be had. */
  private async cityLookup(draft: CampaignDraft) {
    if (!draft.city || !draft.state || draft.coordinates) return undefined;
    const chunk = cityChunk(normalizeCity(draft.city));
    if (!this.cities.has(chunk))
      this.cities.set(
        chunk,
        fetchPlaces(this.dataset.base ?? '/', chunk).then(
          (rows) => (rows as CityRow[] | undefined) ?? [],
          () => undefined,
        ),
      );
    const rows = await this.cities.get(chunk)!;
    return (
      rows && ((city: string, state: StateCode) => matchCities(rows, { city: normalizeCity(city), state }).length > 0)
    );
  }

  /** A problem in the page's words: the form's own advice where it has some, the validator's message otherwise. */
  private say(problem: FormProblemsModule.FormProblem): string {
    const errors = this.labels.errors;
    switch (problem.rule) {
      case 'references':
        return pageText().fill(this.labels.unknownCompany, { company: problem.company ?? '' });
      case 'places':
        return this.labels.cityNotFound;
      case 'duplicate-campaigns':
        return pageText().fill(this.labels.duplicate, {
          title: problem.twin?.title ?? '',
          url: `${this.dataset.pages ?? '/'}campaigns/${problem.twin?.id ?? ''}/`,
        });
      case 'personal-details':
        return errors?.personal ?? problem.message;
      case 'characters':
        return errors?.invalid ?? problem.message;
      default:
        return problem.issue ? this.inPageLanguage(problem.issue, problem.message) : problem.message;
    }
  }

  /** A schema problem in the page's language: what kind of problem it is, with the field's hint beside it. */
  private inPageLanguage(issue: { code: string; origin?: string | undefined; maximum?: unknown }, message: string) {
    const errors = this.labels.errors;
    if (!errors) return message;
    if (issue.code === 'too_big' && issue.origin === 'string')
      return pageText().fill(errors.tooLong, { max: Number(issue.maximum) });
    if (issue.code === 'invalid_type' || issue.code === 'too_small') return errors.missing;
    return errors.invalid;
  }

  /** Marks each field with its first problem, and says at the top how many there are. */
  private show(errors: Map<string, string[]>, warnings: Map<string, string>) {
    const invalid = new Set<HTMLElement>();
    for (const output of this.querySelectorAll<HTMLElement>('[data-error]')) {
      const field = output.dataset.error!;
      const shown = this.touched.has(field) || this.touched.has(field.replace(/\.\w+$/, '')) || this.touched.has('all');
      const messages = shown ? (errors.get(field) ?? errors.get(field.replace(/\.\w+$/, '')) ?? []) : [];
      const warning = warnings.get(field);
      output.textContent = messages[0] ?? warning ?? '';
      output.dataset.kind = messages.length ? 'error' : warning ? 'warning' : '';
      const control = this.controlFor(output);
      if (control && messages.length) invalid.add(control);
    }
    // After every message is placed: the sources' problem and the first source's own share a control.
    for (const control of this.querySelectorAll<HTMLElement>('input:not([type="checkbox"]), select, textarea'))
      control.setAttribute('aria-invalid', String(invalid.has(control)));
    const count = [...errors.values()].reduce((sum, list) => sum + list.length, 0);
    this.status.textContent = count ? pageText().plural(this.labels.fix, count) : this.labels.ready;
    this.dataset.valid = String(count === 0);
  }

  private offer(valid: boolean) {
    const path = `content/campaigns/${this.slug}.mdx`;
    const url = new URL(`${this.dataset.repository}/new/${this.dataset.branch}`);
    url.searchParams.set('filename', path);
    url.searchParams.set('value', this.text);
    const fits = url.toString().length <= MAX_LINK_LENGTH;
    this.dataset.linkable = String(fits);
    if (valid && !fits) this.status.textContent = this.labels.readyTooLong;
    // An unfinished file keeps a focusable link: following it shows what to fix instead of opening GitHub.
    this.pullRequest.href = valid && fits ? url.toString() : '#campaign-form';
    URL.revokeObjectURL(this.download.href);
    this.download.href = URL.createObjectURL(new Blob([this.text], { type: 'text/markdown' }));
    this.download.download = `${this.slug}.mdx`;
  }

  private async copy() {
    const message = this.querySelector('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(this.text);
      message.textContent = this.labels.copied;
    } catch {
      message.textContent = this.labels.copyFailed;
    }
  }
}
