// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, findSentence, sectionElements } from './reveal-passage';

function page(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const NOTE = page(`
  <p>Opening text about queues.</p>
  <h2 id="key-facts">Key facts</h2>
  <h3 id="retention">Retention</h3>
  <ul>
    <li><strong>Standard queues</strong>: a moved message keeps its <strong>original enqueue timestamp</strong>.
      Course example: 1 day in the source queue, DLQ retention 4 days → deleted after <strong>3 more days</strong>.</li>
    <li>See <a href="#/library/sqs-basics">Amazon SQS and decoupling</a> for the defaults and for the limits of every queue type.</li>
  </ul>
  <h2 id="exam-traps">Exam traps</h2>
  <p>Retention shorter in the DLQ loses messages.</p>`);

describe('sectionElements', () => {
  it('takes a section from its heading to the next H1–H3, or the opening text before any heading', () => {
    expect(sectionElements(NOTE, 'retention').map((e) => e.tagName)).toEqual(['H3', 'UL']);
    expect(sectionElements(NOTE, 'key-facts').map((e) => e.tagName)).toEqual(['H2']);
    expect(sectionElements(NOTE, undefined).map((e) => e.textContent)).toEqual(['Opening text about queues.']);
  });
});

describe('findSentence', () => {
  it('finds a plain-text sentence across bold text and line breaks, ignoring punctuation differences', () => {
    const range = findSentence(
      sectionElements(NOTE, 'retention'),
      'Course example: 1 day in the source queue, DLQ retention 4 days -> deleted after 3 more days.',
    );
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(
      'Course example: 1 day in the source queue, DLQ retention 4 days → deleted after 3 more days',
    );
    expect(range && blockOf(range)?.tagName).toBe('LI');
  });

  it('covers a sentence whose middle reads differently on the page (a link shown by its title)', () => {
    // The index has the link's target words, the page its title.
    const range = findSentence(
      sectionElements(NOTE, 'retention'),
      'See sqs basics for the defaults and for the limits of every queue type.',
    );
    expect(range?.toString()).toBe('See Amazon SQS and decoupling for the defaults and for the limits of every queue type');
    const middle = findSentence(
      sectionElements(NOTE, 'retention'),
      'See Amazon SQS and decoupling for the defaults, and then for the limits of every queue type.',
    );
    expect(middle?.toString()).toBe('See Amazon SQS and decoupling for the defaults and for the limits of every queue type');
  });

  it('finds nothing outside the section', () => {
    expect(findSentence(sectionElements(NOTE, 'retention'), 'Retention shorter in the DLQ loses messages.')).toBeUndefined();
  });
});
